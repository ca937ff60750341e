import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDocuments } from "../../graph-loader/load-documents.ts";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freshDatabase, testConnection } from "../setup/neo4j-test-db.ts";

// Names with diacritics only in the Vietnamese spelling: the name is ASCII, nameVi and aliases carry the marks.
const TEXT = `Lạng Sơn tiếp Đại sứ Nhật Bản

Ngày 12/5/2025, Phó Thủ tướng Trần Hồng Hà tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki tại tỉnh Lạng Sơn.

On 12 May 2025, Deputy Prime Minister Tran Hong Ha received Ambassador of Japan to Vietnam Ito Naoki in Lang Son Province.
`;

describe("the full-text index entity_names", () => {
  let driver: Driver;
  let dir: string;
  const database = testConnection().database;
  const search = async (query: string) => {
    const { records } = await driver.executeQuery(
      "CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score RETURN node.id AS id ORDER BY score DESC, id",
      { query },
      { database },
    );
    return records.map((r) => r.get("id") as string);
  };

  beforeAll(async () => {
    driver = await freshDatabase();
    dir = mkdtempSync(path.join(os.tmpdir(), "ketnoi-search-"));
    writeFileSync(path.join(dir, "lang-son.txt"), TEXT);
    expect((await loadDocuments([path.join(dir, "lang-son.txt")], { driver, database })).failed).toEqual([]);
  });
  afterAll(async () => {
    await driver?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ["lang son", "province:vn:lang-son"],
    ["Lạng Sơn", "province:vn:lang-son"],
    ["LANG SON", "province:vn:lang-son"],
    ["tran hong ha", "person:tran-hong-ha"],
    ["Trần Hồng Hà", "person:tran-hong-ha"],
  ])("finds %j: %s first", async (query, id) => {
    expect((await search(query))[0]).toBe(id);
  });

  it("indexes every string of the aliases list", async () => {
    // A name written only as an alias of a node, never as its name or nameVi.
    await driver.executeQuery("MATCH (n:Entity {id: 'province:vn:lang-son'}) SET n.aliases = n.aliases + 'Xứ Lạng Kinh Kỳ'", {}, { database });
    expect(await search("xu lang kinh ky")).toContain("province:vn:lang-son");
  });
});
