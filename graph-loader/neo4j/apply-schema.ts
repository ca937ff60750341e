import type { Driver } from "neo4j-driver";
import { cypherFile, splitStatements } from "./cypher-file.ts";

/** Runs cypher/schema.cypher; every statement there is IF NOT EXISTS, so this is idempotent. */
export async function applySchema(driver: Driver, database?: string): Promise<void> {
  for (const statement of splitStatements(cypherFile("schema"))) {
    try {
      await driver.executeQuery(statement, {}, { database });
    } catch (error) {
      // The one way a schema statement fails on a working server: data that breaks a uniqueness
      // constraint, as an older loader could leave (a MET written in both directions).
      if ((error as { code?: string }).code === "Neo.DatabaseError.Schema.ConstraintCreationFailed") {
        const constraint = /name='([^']+)'/.exec((error as Error).message)?.[1];
        throw new Error(
          `The database holds two nodes or relationships with the same id, so ${constraint ? `the constraint ${constraint}` : "a uniqueness constraint"} cannot be created: an older loader wrote them; empty the database (for the local server: stop it and delete neo4j/data) and load the documents again.`,
        );
      }
      throw error;
    }
  }
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
}
