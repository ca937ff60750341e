/**
 * A fresh test database loaded with the sample documents, for the suites that ask it questions:
 * the Cypher tests of test/neo4j and the browser journeys (which build on it).
 */
import path from "node:path";
import neo4j, { type Driver, type Record as Neo4jRecord } from "neo4j-driver";
import { afterAll, beforeAll, expect } from "vitest";
import { collectFiles } from "../../graph-loader/collect-files.ts";
import { loadDocuments } from "../../graph-loader/load-documents.ts";
import { cypherFile } from "../../graph-loader/neo4j/cypher-file.ts";
import { freshDatabase, testConnection } from "./neo4j-test-db.ts";

export const SAMPLES = path.resolve(import.meta.dirname, "../../samples");

export interface SamplesDatabase {
  /** The driver, from the suite's first test on. */
  readonly driver: Driver;
  readonly database: string | undefined;
  /** Runs a cypher/read/ file in a read transaction, as the app does. */
  read(name: string, params?: Record<string, unknown>): Promise<Neo4jRecord[]>;
}

/** Registers the suite's hooks: the samples loaded into a fresh database before, the driver closed after. */
export function useSamplesDatabase(): SamplesDatabase {
  const database = testConnection().database;
  let driver: Driver | undefined;

  beforeAll(async () => {
    driver = await freshDatabase();
    const result = await loadDocuments(collectFiles([SAMPLES]), { driver, database });
    expect(result.failed).toEqual([]);
  });
  afterAll(async () => {
    await driver?.close();
  });

  const connected = (): Driver => {
    if (!driver) throw new Error("The samples database is not ready: use it in tests or hooks, not while the suite is collected.");
    return driver;
  };
  return {
    get driver() {
      return connected();
    },
    database,
    async read(name, params = {}) {
      const session = connected().session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        return await session.executeRead((tx) => tx.run(cypherFile(`read/${name}`), params).then((r) => r.records));
      } finally {
        await session.close();
      }
    },
  };
}
