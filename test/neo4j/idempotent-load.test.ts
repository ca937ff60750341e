import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectFiles } from "../../graph-loader/collect-files.ts";
import { loadDocuments } from "../../graph-loader/load-documents.ts";
import { DocumentWriter } from "../../graph-loader/neo4j/document-writer.ts";
import { openDriver } from "../../graph-loader/neo4j/driver.ts";
import { extractDocument } from "../../graph-loader/pipeline.ts";
import type { DocumentGraph } from "../../graph-loader/graph/model.ts";
import { generateCorpus } from "../bench/generate-graphs.ts";
import { appFacingContents, checksum, emptyDatabase, expectedContents, freshDatabase, testConnection } from "../setup/neo4j-test-db.ts";
import { writeNewsCorpus } from "./generated-documents.ts";

const SAMPLES = path.resolve(import.meta.dirname, "../../samples");

async function write(driver: Driver, graphs: readonly DocumentGraph[], batchSize: number) {
  const writer = new DocumentWriter({ driver, database: testConnection().database, batchSize });
  for (const graph of graphs) await writer.add(graph);
  return writer.close();
}

describe("loading twice changes nothing, and the database holds exactly the documents' graph", () => {
  let driver: Driver;
  let dir: string;
  const database = testConnection().database;

  beforeAll(async () => {
    driver = await freshDatabase();
    dir = mkdtempSync(path.join(os.tmpdir(), "ketnoi-idempotent-"));
  });
  afterAll(async () => {
    await driver?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("gives the same checksum over every node and relationship, with all properties, after a second load", async () => {
    await emptyDatabase(driver);
    const files = [...collectFiles([SAMPLES]), ...writeNewsCorpus(path.join(dir, "news"), 30)];
    const first = await loadDocuments(files, { driver, database, batchSize: 300 });
    expect(first.failed).toEqual([]);
    expect(first.documents.added).toBe(files.length);
    const once = await checksum(driver);
    expect(once.relationships).toBeGreaterThan(500);

    const second = await loadDocuments(files, { driver, database, batchSize: 300 });
    expect(second.documents.unchanged).toBe(files.length);
    expect(second.changes).toEqual({ nodes: { created: 0, updated: 0, removed: 0 }, relationships: { created: 0, updated: 0, removed: 0 } });
    expect(await checksum(driver)).toEqual(once);
  });

  it("holds, property for property, what mergeGraphs computes from the same documents without Neo4j", async () => {
    await emptyDatabase(driver);
    const files = [...collectFiles([SAMPLES]), ...writeNewsCorpus(path.join(dir, "news"), 30)];
    const result = await loadDocuments(files, { driver, database });
    expect(result.failed).toEqual([]);
    const graphs = await Promise.all(files.map(extractDocument));
    expect(await appFacingContents(driver)).toEqual(expectedContents(graphs));
  });

  it("writes the same graph whatever the batch size and the order of the documents", async () => {
    const graphs = generateCorpus({ documents: 60, people: 40, seed: 7 });
    await emptyDatabase(driver);
    await write(driver, graphs, 40);
    const small = await checksum(driver);
    await emptyDatabase(driver);
    await write(driver, [...graphs].reverse(), 5000);
    expect(await checksum(driver)).toEqual(small);
    expect(await appFacingContents(driver)).toEqual(expectedContents(graphs));
  });

  it("lets two loaders run at once: their transactions take turns, no contribution is lost", async () => {
    const graphs = generateCorpus({ documents: 80, people: 30, seed: 11 });
    await emptyDatabase(driver);
    const other = await openDriver(testConnection()); // a second driver, as a second process would have
    try {
      const results = await Promise.all([write(driver, graphs.slice(0, 50), 60), write(other, graphs.slice(30), 60)]);
      expect(results.flatMap((r) => r.failed)).toEqual([]);
    } finally {
      await other.close();
    }
    expect(await appFacingContents(driver)).toEqual(expectedContents(graphs));
  });
});
