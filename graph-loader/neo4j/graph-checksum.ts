/**
 * A checksum of everything in the database (cypher/read/graph-contents.cypher): every node and
 * relationship with its labels or type, ends and all properties. Two databases holding the same
 * graph have the same checksum, whatever order it was written in.
 */
import { createHash } from "node:crypto";
import neo4j, { type Driver } from "neo4j-driver";
import { canonicalJson } from "../graph/merge-graphs.ts";
import { cypherFile } from "./cypher-file.ts";

export interface GraphElement {
  kind: "node" | "relationship";
  id: string | null;
  labels: string[];
  properties: Record<string, unknown>;
  source: string | null;
  target: string | null;
}

/** Driver values as plain JSON values: integers become numbers. */
function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return neo4j.integer.toNumber(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

export async function readGraphContents(driver: Driver, database?: string): Promise<GraphElement[]> {
  const { records } = await driver.executeQuery(cypherFile("read/graph-contents"), {}, { database, routing: "READ" });
  const elements = records.map((r) => ({
    kind: r.get("kind"),
    id: r.get("id"),
    labels: [...(r.get("labels") as string[])].sort(),
    properties: plain(r.get("properties")) as Record<string, unknown>,
    source: r.get("source"),
    target: r.get("target"),
  }));
  // Ties in id (which the constraints forbid) still sort the same way every time.
  return elements.sort((a, b) => (a.kind + a.id < b.kind + b.id ? -1 : a.kind + a.id > b.kind + b.id ? 1 : canonicalJson(a) < canonicalJson(b) ? -1 : 1));
}

export async function graphChecksum(driver: Driver, database?: string): Promise<{ checksum: string; nodes: number; relationships: number }> {
  const elements = await readGraphContents(driver, database);
  const hash = createHash("sha256");
  for (const element of elements) hash.update(canonicalJson(element)).update("\n");
  return {
    checksum: hash.digest("hex"),
    nodes: elements.filter((e) => e.kind === "node").length,
    relationships: elements.filter((e) => e.kind === "relationship").length,
  };
}
