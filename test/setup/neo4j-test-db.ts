/** Helpers for tests against the real Neo4j the global setup provides. */
import { inject } from "vitest";
import type { Driver } from "neo4j-driver";
import { openDriver } from "../../graph-loader/neo4j/driver.ts";
import { applySchema } from "../../graph-loader/neo4j/apply-schema.ts";
import { cypherFile } from "../../graph-loader/neo4j/cypher-file.ts";

export function testConnection() {
  return inject("neo4j");
}

/** A driver to the test database, emptied and with the schema applied. */
export async function freshDatabase(): Promise<Driver> {
  const connection = testConnection();
  const driver = await openDriver(connection);
  await driver.executeQuery("MATCH (n) DETACH DELETE n", {}, { database: connection.database });
  await applySchema(driver, connection.database);
  return driver;
}

export async function graphCounts(driver: Driver): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(cypherFile("read/graph-counts"), {}, { database: testConnection().database });
  return Object.fromEntries(records.map((r) => [`${r.get("kind")}:${r.get("name")}`, Number(r.get("count"))]));
}
