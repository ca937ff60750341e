/** Helpers for tests against the real Neo4j the global setup provides. */
import { readdirSync, readFileSync } from "node:fs";
import { inject } from "vitest";
import type { Driver } from "neo4j-driver";
import { openDriver } from "../../graph-loader/neo4j/driver.ts";
import { applySchema } from "../../graph-loader/neo4j/apply-schema.ts";
import { cypherFile } from "../../graph-loader/neo4j/cypher-file.ts";
import { graphChecksum, readGraphContents, type GraphElement } from "../../graph-loader/neo4j/graph-checksum.ts";
import { mergeGraphs } from "../../graph-loader/graph/merge-graphs.ts";
import type { DocumentGraph } from "../../graph-loader/graph/model.ts";
import { documentProperties, evidenceLists } from "../../graph-loader/neo4j/write-graph.ts";

export function testConnection() {
  return inject("neo4j");
}

/** Empties the database the driver points at (in batches, so a large graph fits in memory). */
export async function emptyDatabase(driver: Driver, database = testConnection().database): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS");
  } finally {
    await session.close();
  }
}

/** A driver to the test database, emptied and with the schema applied. */
export async function freshDatabase(): Promise<Driver> {
  const connection = testConnection();
  const driver = await openDriver(connection);
  await emptyDatabase(driver, connection.database);
  await applySchema(driver, connection.database);
  return driver;
}

export async function graphCounts(driver: Driver): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(cypherFile("read/graph-counts"), {}, { database: testConnection().database });
  return Object.fromEntries(records.map((r) => [`${r.get("kind")}:${r.get("name")}`, Number(r.get("count"))]));
}

export async function checksum(driver: Driver, database = testConnection().database) {
  return graphChecksum(driver, database);
}

/** The loader's bookkeeping: contribution tallies on elements, and the per-document records. */
const BOOKKEEPING = new Set(["contributions", "contributionCounts"]);

/** What the app sees: elements without the loader's bookkeeping. */
export function appFacing(elements: readonly GraphElement[]): GraphElement[] {
  return elements
    .filter((e) => !e.labels.includes("Contribution"))
    .map((e) => ({ ...e, properties: Object.fromEntries(Object.entries(e.properties).filter(([k]) => !BOOKKEEPING.has(k))) }));
}

export async function appFacingContents(driver: Driver, database = testConnection().database): Promise<GraphElement[]> {
  return appFacing(await readGraphContents(driver, database));
}

const present = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));

/**
 * What the database should hold, as the app sees it, after loading exactly these documents:
 * computed without Neo4j, by mergeGraphs, in the shape readGraphContents returns.
 */
export function expectedContents(graphs: readonly DocumentGraph[]): GraphElement[] {
  const merged = mergeGraphs(graphs);
  const elements: GraphElement[] = [
    ...merged.documents.map((d) => ({
      kind: "node" as const,
      id: d.id,
      labels: ["Document"],
      properties: documentProperties(d),
      source: null,
      target: null,
    })),
    ...merged.nodes.map((n) => ({
      kind: "node" as const,
      id: n.id,
      labels: ["Entity", n.label].sort(),
      properties: present({ ...n.props, id: n.id, name: n.name, nameVi: n.nameVi, aliases: n.aliases }),
      source: null,
      target: null,
    })),
    ...merged.edges.map((e) => ({
      kind: "relationship" as const,
      id: e.id,
      labels: [e.type],
      properties: present({
        ...e.props,
        id: e.id,
        rule: e.rule,
        confidence: e.confidence,
        ...evidenceLists(e.evidence),
      }),
      source: e.source,
      target: e.target,
    })),
  ];
  return elements.sort((a, b) => (a.kind + a.id < b.kind + b.id ? -1 : 1));
}

/**
 * Kills a local Neo4j started with `home` the hard way (SIGKILL: no shutdown, no checkpoint), as
 * a crash or an OOM killer would. LocalNeo4j.stop() sends SIGTERM, which shuts down cleanly, so
 * the process is found by its command line, which names the home.
 */
export function killLocalNeo4j(home: string): number {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
    } catch {
      continue;
    }
    const at = args.indexOf("--home");
    if (args[0]?.endsWith("java") && at >= 0 && args[at + 1] === home) {
      process.kill(Number(entry), "SIGKILL");
      return Number(entry);
    }
  }
  throw new Error(`No local Neo4j with home ${home} is running.`);
}
