import { describe, expect, it } from "vitest";
import { cypherFile, splitStatements } from "./cypher-file.ts";

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
