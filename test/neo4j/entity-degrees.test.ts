/**
 * The app ranks and sizes entities by their degree among entities, which the read queries take
 * from the store as all relationships minus MENTIONED_IN. That holds only while MENTIONED_IN is
 * the one relationship that ends at a non-entity; this checks it on the loaded samples.
 */
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectFiles } from "../../graph-loader/collect-files.ts";
import { loadDocuments } from "../../graph-loader/load-documents.ts";
import { freshDatabase, testConnection } from "../setup/neo4j-test-db.ts";

const SAMPLES = path.resolve(import.meta.dirname, "../../samples");

describe("degrees read from the store", () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = await freshDatabase();
    await loadDocuments(collectFiles([SAMPLES]), { driver, database: testConnection().database });
  });
  afterAll(() => driver?.close());

  it("equal the relationships counted to entities, for every entity", async () => {
    const { records } = await driver.executeQuery(
      `MATCH (n:Entity)
       RETURN n.id AS id, COUNT { (n)--(:Entity) } AS walked, COUNT { (n)--() } - COUNT { (n)-[:MENTIONED_IN]->() } AS stored`,
      {},
      { database: testConnection().database },
    );
    expect(records.length).toBeGreaterThan(100);
    const differing = records.filter((r) => Number(r.get("walked")) !== Number(r.get("stored"))).map((r) => r.get("id"));
    expect(differing).toEqual([]);
    expect(records.some((r) => Number(r.get("stored")) > 10)).toBe(true);
  });
});
