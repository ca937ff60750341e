import type { Driver } from "neo4j-driver";
import { cypherFile, splitStatements } from "./cypher-file.ts";

/** Runs cypher/schema.cypher; every statement there is IF NOT EXISTS, so this is idempotent. */
export async function applySchema(driver: Driver, database?: string): Promise<void> {
  for (const statement of splitStatements(cypherFile("schema"))) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
}
