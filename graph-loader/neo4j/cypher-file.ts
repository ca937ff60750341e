/** Every Cypher statement lives in cypher/*.cypher; this reads them by name. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { RELATIONSHIP_TYPES, type RelationshipType } from "../graph/model.ts";

export const CYPHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../cypher");
const cache = new Map<string, string>();

/** The text of cypher/<name>.cypher, e.g. cypherFile("write/merge-entities"). */
export function cypherFile(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), "utf8");
    cache.set(name, text);
  }
  return text;
}

/** Splits a file of several statements on the semicolons that end a line; `//` comment lines are dropped. */
export function splitStatements(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter(Boolean);
}

const perTypeCache = new Map<string, Map<RelationshipType, string>>();

/**
 * A file written for one relationship type (`__TYPE__` in its text), as one statement per type of
 * the allow-list RELATIONSHIP_TYPES. Callers pick a statement by type and refuse any other type,
 * so a type in the statement text never comes from data.
 */
export function cypherFilePerType(name: string): ReadonlyMap<RelationshipType, string> {
  let statements = perTypeCache.get(name);
  if (!statements) {
    const template = cypherFile(name);
    if (!template.includes("__TYPE__")) throw new Error(`cypher/${name}.cypher has no __TYPE__ to fill in.`);
    statements = new Map(RELATIONSHIP_TYPES.map((type) => [type, template.replaceAll("__TYPE__", type)]));
    perTypeCache.set(name, statements);
  }
  return statements;
}
