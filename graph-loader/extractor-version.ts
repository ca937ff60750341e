/**
 * A fingerprint of the extractor: a hash of the code and data that turn a document into its
 * graph (reading, stages, lexicons, gazetteer). Every Document node keeps the fingerprint of the
 * extractor that wrote it, so that loading again after an upgrade re-extracts the documents an
 * older extractor read, instead of keeping their old graph because their text did not change.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The folders whose files decide what a document's graph is. */
const EXTRACTION_FOLDERS = ["read", "stages", "patterns", "gazetteer", "text", "graph"];

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(full));
    else if (/\.(ts|json)$/u.test(entry.name) && !entry.name.endsWith(".test.ts")) files.push(full);
  }
  return files;
}

function fingerprint(): string {
  const root = import.meta.dirname;
  const hash = createHash("sha256");
  for (const folder of EXTRACTION_FOLDERS) {
    for (const file of sourceFiles(path.join(root, folder)).sort()) {
      hash.update(path.relative(root, file).split(path.sep).join("/"));
      hash.update("\0");
      hash.update(readFileSync(file));
      hash.update("\0");
    }
  }
  return `x-${hash.digest("hex").slice(0, 16)}`;
}

let version: string | undefined;

/** The fingerprint of the extractor running now, worked out the first time it is asked for. */
export function extractorVersion(): string {
  return (version ??= fingerprint());
}
