/** Every Cypher statement lives in cypher/*.cypher; this reads them by name. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

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
