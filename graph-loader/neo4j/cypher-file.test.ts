import { describe, expect, it } from "vitest";
import { ENTITY_LABELS, RELATIONSHIP_TYPES } from "../graph/model.ts";
import { cypherFile, cypherFilePerType, splitStatements } from "./cypher-file.ts";

describe("cypher files", () => {
  it("splits a file on statement-ending semicolons and drops comment lines", () => {
    expect(splitStatements("// why\nCREATE A;\nCREATE B\nON C;\n")).toEqual(["CREATE A", "CREATE B\nON C"]);
  });

  it("keeps every schema statement idempotent", () => {
    const statements = splitStatements(cypherFile("schema"));
    expect(statements.length).toBeGreaterThan(5);
    for (const s of statements) expect(s).toMatch(/IF NOT EXISTS/);
  });
});

describe("the schema", () => {
  const schema = cypherFile("schema");
  it.each([...ENTITY_LABELS, "Entity", "Document", "Contribution", "LoaderLock"])("keys %s nodes by a unique id", (label) => {
    expect(schema).toMatch(new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`));
  });
  it.each(RELATIONSHIP_TYPES)("keys %s relationships by a unique id", (type) => {
    expect(schema).toMatch(new RegExp(`FOR \\(\\)-\\[r:${type}\\]-\\(\\) REQUIRE r\\.id IS UNIQUE`));
  });
  it("searches every entity label", () => {
    expect(schema).toContain(`FOR (n:${ENTITY_LABELS.join("|")})`);
  });
});

describe("per-type statements", () => {
  it("fill in each allowed type and nothing else", () => {
    const statements = cypherFilePerType("write/merge-relationships");
    expect([...statements.keys()]).toEqual([...RELATIONSHIP_TYPES]);
    expect(statements.get("MET")).toContain("MERGE (a)-[r:MET {id: row.id}]-(b)");
    expect([...statements.values()].join("")).not.toContain("__TYPE__");
  });
});
