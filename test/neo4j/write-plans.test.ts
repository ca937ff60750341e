import { readdirSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENTITY_LABELS, RELATIONSHIP_TYPES } from "../../graph-loader/graph/model.ts";
import { CYPHER_DIR, cypherFile, cypherFilePerType } from "../../graph-loader/neo4j/cypher-file.ts";
import { freshDatabase, testConnection } from "../setup/neo4j-test-db.ts";

interface Plan {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: Plan[];
}

const operators = (plan: Plan): string[] => [plan.operatorType.replace(/@.*$/, ""), ...plan.children.flatMap(operators)];

/** Every statement in cypher/write/, each relationship type's version of the per-type ones. */
function writeStatements(): [string, string][] {
  return readdirSync(path.join(CYPHER_DIR, "write"))
    .map((file) => `write/${file.replace(/\.cypher$/, "")}`)
    .flatMap((name): [string, string][] =>
      cypherFile(name).includes("__TYPE__") ? [...cypherFilePerType(name)].map(([type, text]): [string, string] => [`${name} (${type})`, text]) : [[name, cypherFile(name)]],
    );
}

describe("the loader's statements are index-backed", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await freshDatabase();
  });
  afterAll(async () => {
    await driver?.close();
  });

  // Real-looking parameters, one row and two: the planner rewrites a one-element list, and an
  // empty one can hide a scan (a lookup by element id plans as a seek for [] and as a scan of all
  // relationships for real ids).
  const row = (i: number) => ({
    id: `MET|person:a${i}|person:b`,
    label: "Person",
    type: "MET",
    source: `person:a${i}`,
    target: "person:b",
    properties: { id: `x${i}` },
    documents: ["doc-0000000000000000"],
    evidence: [],
    contributions: ["{}"],
    contributionCounts: [1],
  });
  const cases = writeStatements().flatMap(([name, text]) => [1, 2].map((n): [string, number, string] => [name, n, text]));

  it.each(cases)("%s, %i row(s), scans no label, type or store", async (_name, n, statement) => {
    const rows = Array.from({ length: n }, (_, i) => row(i));
    const params = { rows, ids: rows.map((r) => r.id), paths: ["a.txt"], labels: ENTITY_LABELS, types: RELATIONSHIP_TYPES };
    const { summary } = await driver.executeQuery(`EXPLAIN ${statement}`, params, { database: testConnection().database });
    const used = operators(summary.plan as unknown as Plan);
    expect(used.filter((op) => /Scan/.test(op))).toEqual([]);
    if (/\bMERGE\b|\bMATCH\b/.test(statement)) expect(used.some((op) => /IndexSeek/.test(op))).toBe(true);
  });

  it("would notice a scan: a MERGE with a dynamic relationship type scans every relationship", async () => {
    const { summary } = await driver.executeQuery(
      "EXPLAIN UNWIND $rows AS row MATCH (a:Entity {id: row.source}) MATCH (b:Entity {id: row.target}) MERGE (a)-[r:$(row.type) {id: row.id}]->(b)",
      { rows: [] },
      { database: testConnection().database },
    );
    expect(operators(summary.plan as unknown as Plan)).toContain("DirectedAllRelationshipsScan");
  });
});
