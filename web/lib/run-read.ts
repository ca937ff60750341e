/** Runs one named question from cypher/read/ in a read transaction, on a READ session. */
import neo4j, { type Driver, type Record as Neo4jRecord } from "neo4j-driver";
import { readQuery } from "./cypher.ts";

export interface ReadTarget {
  driver: Driver;
  database?: string;
}

export async function runRead(target: ReadTarget, name: string, params: Record<string, unknown> = {}): Promise<Neo4jRecord[]> {
  const session = target.driver.session({ database: target.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => (await tx.run(readQuery(name), params)).records);
  } finally {
    await session.close();
  }
}
