import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadDocuments } from "../../graph-loader/load-documents.ts";
import { extractDocument } from "../../graph-loader/pipeline.ts";
import { appFacingContents, checksum, emptyDatabase, expectedContents, freshDatabase, testConnection } from "../setup/neo4j-test-db.ts";

const HEAD = "Lang Son leaders receive foreign guests\n\n";
const CHAIRMAN = "Chairman of the Lang Son Provincial People's Committee Ho Tien Thieu";
const ONLY_KOREA = `${HEAD}On 12 May 2025, ${CHAIRMAN} received Ambassador of the Republic of Korea to Vietnam Choi Young-sam in Lang Son City.\n`;
const JAPAN = `${HEAD}On 3 June 2025, ${CHAIRMAN} received Ambassador of Japan to Vietnam Ito Naoki in Lang Son City.\n`;

describe("removing documents (npm run load -- --remove DOC)", () => {
  let driver: Driver;
  let dir: string;
  let korea: string;
  let japan: string;
  const database = testConnection().database;
  const ids = async (query: string, params: object = {}) =>
    (await driver.executeQuery(query, params, { database })).records.map((r) => r.get(0) as string).sort();

  beforeAll(async () => {
    driver = await freshDatabase();
    dir = mkdtempSync(path.join(os.tmpdir(), "ketnoi-remove-"));
    mkdirSync(path.join(dir, "korea"));
    korea = path.join(dir, "korea", "korea.txt");
    japan = path.join(dir, "japan.txt");
    writeFileSync(korea, ONLY_KOREA);
    writeFileSync(japan, JAPAN);
  });
  beforeEach(async () => {
    await emptyDatabase(driver);
    expect((await loadDocuments([korea, japan], { driver, database })).failed).toEqual([]);
  });
  afterAll(async () => {
    await driver?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("takes out the document, its evidence and the entities only it mentioned; shared ones stay", async () => {
    const [koreaDoc] = await ids("MATCH (d:Document {path: $path}) RETURN d.id", { path: korea });
    const result = await loadDocuments([], { driver, database, remove: [korea] });
    expect(result.failed).toEqual([]);
    expect(result.documents.removed).toBe(1);
    expect(result.changes.nodes.removed).toBeGreaterThan(0);

    expect(await ids("MATCH (d) WHERE d:Document OR d:Contribution RETURN d.id")).not.toContain(koreaDoc);
    expect(await ids("MATCH ()-[r]->() WHERE $doc IN r.evidenceDocs RETURN r.id", { doc: koreaDoc })).toEqual([]);
    const entities = await ids("MATCH (n:Entity) RETURN n.id");
    expect(entities).not.toContain("person:choi-young-sam");
    expect(entities).not.toContain("country:kr");
    expect(entities).toEqual(expect.arrayContaining(["person:ho-tien-thieu", "province:vn:lang-son", "person:ito-naoki"]));
    expect(await appFacingContents(driver)).toEqual(expectedContents([await extractDocument(japan)]));
  });

  it("takes a document id, or a folder for every document loaded from it", async () => {
    const [japanDoc] = await ids("MATCH (d:Document {path: $path}) RETURN d.id", { path: japan });
    await loadDocuments([], { driver, database, remove: [japanDoc!, path.join(dir, "korea")] });
    expect(await checksum(driver)).toMatchObject({ nodes: 0, relationships: 0 });
  });

  it("reports a name that matches no loaded document as a failure and removes nothing", async () => {
    const before = await checksum(driver);
    const result = await loadDocuments([], { driver, database, remove: [path.join(dir, "no-such.txt")] });
    expect(result.failed).toEqual([{ path: path.join(dir, "no-such.txt"), reason: expect.stringMatching(/no loaded document/) }]);
    expect(await checksum(driver)).toEqual(before);
  });

  it("in a dry run, counts what would go and writes nothing", async () => {
    const before = await checksum(driver);
    const result = await loadDocuments([], { driver, database, remove: [korea], dryRun: true });
    expect(result.documents.removed).toBe(1);
    expect(result.changes.nodes.removed).toBeGreaterThan(0);
    expect(await checksum(driver)).toEqual(before);
  });
});
