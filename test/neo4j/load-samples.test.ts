import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectFiles } from "../../graph-loader/collect-files.ts";
import { toCytoscapeJson } from "../../graph-loader/export/cytoscape-json.ts";
import { loadDocuments } from "../../graph-loader/load-documents.ts";
import { applySchema } from "../../graph-loader/neo4j/apply-schema.ts";
import { cypherFile } from "../../graph-loader/neo4j/cypher-file.ts";
import { openDriver } from "../../graph-loader/neo4j/driver.ts";
import { freshDatabase, graphCounts, testConnection } from "../setup/neo4j-test-db.ts";

const SAMPLES = path.resolve(import.meta.dirname, "../../samples");

describe("loading the sample documents into the real Neo4j", () => {
  let driver: Driver;
  const database = testConnection().database;

  beforeAll(async () => {
    driver = await freshDatabase();
  });
  afterAll(async () => {
    await driver?.close();
  });

  it("writes documents and entities, and a second load changes no count", async () => {
    const files = collectFiles([SAMPLES]);
    expect(files.length).toBeGreaterThanOrEqual(3);
    const first = await loadDocuments(files, { driver, database });
    expect(first.failed).toEqual([]);
    const afterFirst = await graphCounts(driver);
    expect(afterFirst["node:Document"]).toBe(files.length);
    expect(afterFirst["node:Person"]).toBeGreaterThan(0);
    expect(afterFirst["relationship:MENTIONED_IN"]).toBeGreaterThan(0);

    await loadDocuments(files, { driver, database });
    expect(await graphCounts(driver)).toEqual(afterFirst);
  });

  it("exports the same ids the database holds", async () => {
    const result = await loadDocuments(collectFiles([SAMPLES]), { driver, database });
    const exported = toCytoscapeJson(result.graph).elements;
    const { records } = await driver.executeQuery(cypherFile("read/all-ids"), {}, { database });
    const ids = (kind: string) => records.filter((r) => r.get("kind") === kind).map((r) => r.get("id") as string).sort();
    expect(ids("node")).toEqual(exported.nodes.map((n) => n.data.id as string).sort());
    expect(ids("relationship")).toEqual(exported.edges.map((e) => e.data.id as string).sort());
  });

  it("applies the schema again without error or change", async () => {
    const before = await driver.executeQuery("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name", {}, { database });
    await applySchema(driver, database);
    const after = await driver.executeQuery("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name", {}, { database });
    expect(after.records.map((r) => r.get("name"))).toEqual(before.records.map((r) => r.get("name")));
    expect(before.records.length).toBeGreaterThanOrEqual(9);
  });

  it("says in one sentence when the password is wrong", async () => {
    const connection = testConnection();
    await expect(openDriver({ ...connection, password: "not-the-password" })).rejects.toThrow(/refused the user name or password/);
  });
});
