import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractorVersion } from "../../graph-loader/extractor-version.ts";
import { loadDocuments } from "../../graph-loader/load-documents.ts";
import { commitBatch, contributionOf } from "../../graph-loader/neo4j/write-graph.ts";
import { extractDocument } from "../../graph-loader/pipeline.ts";
import { appFacingContents, checksum, emptyDatabase, expectedContents, freshDatabase, testConnection } from "../setup/neo4j-test-db.ts";

const HEAD = "Lang Son leaders receive foreign guests\n\n";
const CHAIRMAN = "Chairman of the Lang Son Provincial People's Committee Ho Tien Thieu";
const A_BEFORE = `${HEAD}On 12 May 2025, ${CHAIRMAN} received Ambassador of Japan to Vietnam Ito Naoki in Lang Son City. The two sides discussed cooperation in trade.\n`;
// One sentence changed: the guest is now the Korean ambassador, so MET(Ho Tien Thieu, Ito Naoki) loses this document's meeting and MET(Ho Tien Thieu, Choi Young-sam) appears.
const A_AFTER = `${HEAD}On 12 May 2025, ${CHAIRMAN} received Ambassador of the Republic of Korea to Vietnam Choi Young-sam in Lang Son City. The two sides discussed cooperation in trade.\n`;
const B = `${HEAD}On 3 June 2025, ${CHAIRMAN} received Ambassador of Japan to Vietnam Ito Naoki in Lang Son City. Lang Son and Japan agreed to strengthen cooperation in education.\n`;
const MET_ITO = "MET|person:ho-tien-thieu|person:ito-naoki";
const MET_CHOI = "MET|person:choi-young-sam|person:ho-tien-thieu";

describe("a changed document replaces its earlier version", () => {
  let driver: Driver;
  let dir: string;
  const database = testConnection().database;
  const met = async (id: string) => {
    const { records } = await driver.executeQuery("MATCH ()-[r:MET {id: $id}]->() RETURN properties(r) AS p", { id }, { database });
    return records[0]?.get("p") as Record<string, unknown> | undefined;
  };

  beforeAll(async () => {
    driver = await freshDatabase();
    dir = mkdtempSync(path.join(os.tmpdir(), "ketnoi-replace-"));
  });
  afterAll(async () => {
    await driver?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("takes back the old contribution, keeps the other documents' and recomputes MET", async () => {
    const a = path.join(dir, "a.txt");
    const b = path.join(dir, "b.txt");
    writeFileSync(a, A_BEFORE);
    writeFileSync(b, B);
    const first = await loadDocuments([a, b], { driver, database });
    expect(first.failed).toEqual([]);
    const idOf = (result: typeof first, file: string) => result.graph.documents.find((d) => d.path === file)!.id;
    const oldA = idOf(first, a);
    const docB = idOf(first, b);
    expect(Number((await met(MET_ITO))!.count)).toBe(2);
    expect(await met(MET_CHOI)).toBeUndefined();

    writeFileSync(a, A_AFTER);
    const second = await loadDocuments([a, b], { driver, database });
    expect(second.failed).toEqual([]);
    expect(second.documents).toMatchObject({ replaced: 1, unchanged: 1, added: 0 });
    const newA = idOf(second, a);
    expect(newA).not.toBe(oldA);

    const ito = (await met(MET_ITO))!;
    expect(Number(ito.count)).toBe(1);
    expect(ito.events).toEqual(["event:reception-2025-06-03-city-vn-lang-son-city"]);
    expect(ito.dates).toEqual(["2025-06-03"]);
    expect(new Set(ito.evidenceDocs as string[])).toEqual(new Set([docB]));
    const choi = (await met(MET_CHOI))!;
    expect(Number(choi.count)).toBe(1);
    expect(new Set(choi.evidenceDocs as string[])).toEqual(new Set([newA]));

    // Nothing anywhere still cites the old version.
    const { records } = await driver.executeQuery(
      `CALL () { MATCH (d {id: $old}) RETURN count(d) AS n UNION ALL MATCH ()-[r]->() WHERE $old IN r.evidenceDocs RETURN count(r) AS n
                 UNION ALL MATCH (n:Entity) WHERE any(c IN n.contributions WHERE c CONTAINS $old) RETURN count(n) AS n }
       RETURN sum(n) AS n`,
      { old: oldA },
      { database },
    );
    expect(Number(records[0]!.get("n"))).toBe(0);

    // And the graph is exactly that of the two current files, as if loaded fresh.
    const graphs = await Promise.all([a, b].map(extractDocument));
    expect(await appFacingContents(driver)).toEqual(expectedContents(graphs));
    const replaced = await checksum(driver);
    await emptyDatabase(driver);
    await loadDocuments([a, b], { driver, database });
    expect(await checksum(driver)).toEqual(replaced);
  });

  it("reads again a document another version of the extractor read, and ends as a fresh load does", async () => {
    await emptyDatabase(driver);
    const a = path.join(dir, "a.txt");
    const b = path.join(dir, "b.txt");
    writeFileSync(a, A_BEFORE);
    writeFileSync(b, B);
    await loadDocuments([a, b], { driver, database });
    const fresh = await checksum(driver);

    // What an older extractor made of a.txt: its meeting missed, and its fingerprint.
    await emptyDatabase(driver);
    const older = await extractDocument(a);
    older.document.extractor = "x-older";
    older.edges = older.edges.filter((e) => e.type !== "MET");
    await commitBatch(driver, { add: [contributionOf(older)] }, { database });
    await loadDocuments([b], { driver, database });
    expect(Number((await met(MET_ITO))!.count)).toBe(1);

    const again = await loadDocuments([a, b], { driver, database });
    expect(again.documents).toMatchObject({ replaced: 1, unchanged: 1, added: 0 });
    expect(Number((await met(MET_ITO))!.count)).toBe(2);
    const { records } = await driver.executeQuery("MATCH (d:Document) RETURN collect(DISTINCT d.extractor) AS x", {}, { database });
    expect(records[0]!.get("x")).toEqual([extractorVersion()]);
    expect(await checksum(driver)).toEqual(fresh);

    // Loaded by the same extractor again: nothing to do.
    expect((await loadDocuments([a, b], { driver, database })).documents).toMatchObject({ unchanged: 2, replaced: 0 });
  });

  it("updates only the path of a file that moved, and counts it as moved", async () => {
    await emptyDatabase(driver);
    const a = path.join(dir, "a.txt");
    writeFileSync(a, A_BEFORE);
    await loadDocuments([a], { driver, database });
    const moved = path.join(dir, "moved.txt");
    writeFileSync(moved, A_BEFORE);
    const result = await loadDocuments([moved], { driver, database });
    expect(result.documents).toMatchObject({ moved: 1, added: 0 });
    expect(result.changes.nodes).toEqual({ created: 0, updated: 0, removed: 0 });
    const { records } = await driver.executeQuery("MATCH (d:Document) RETURN d.path AS path", {}, { database });
    expect(records.map((r) => r.get("path"))).toEqual([moved]);
  });
});
