/**
 * Writes whole documents into Neo4j, a batch of documents per transaction, in parameterised
 * UNWIND batches (cypher/write/). A transaction holds whole documents only, so a crash, a killed
 * server or a lost connection leaves each document either fully written or not at all; running
 * the loader again writes what is missing.
 *
 * Every entity and shared relationship keeps a tally of what the documents contributing it said
 * (see graph/merge-graphs.ts), and every document a record of what it contributed. Replacing or
 * removing a document subtracts its record from the tallies and re-unites what it touched; an
 * entity or relationship whose tally is empty is deleted. So loading the same files twice
 * changes nothing, and the graph after any sequence of loads, replacements and removals is the
 * graph of the documents loaded, whatever the order.
 */
import { createHash } from "node:crypto";
import type { Driver, ManagedTransaction, QueryResult } from "neo4j-driver";
import { edgeIdParts } from "../graph/ids.ts";
import { canonicalJson, documentContribution, problemsOf, sortedEvidence, uniteEdge, uniteNode, type DocumentContribution, type Tally } from "../graph/merge-graphs.ts";
import { ENTITY_LABELS, RELATIONSHIP_TYPES, type DocumentGraph, type DocumentNode, type Evidence, type Properties, type RelationshipType } from "../graph/model.ts";
import { cypherFile, cypherFilePerType } from "./cypher-file.ts";

/** What runs queries: a managed transaction (executeWrite) or an explicit one (a dry run). */
export type QueryRunner = Pick<ManagedTransaction, "run">;

export const DEFAULT_BATCH_SIZE = 10_000;

export interface Batch {
  /**
   * Documents to write (see contributionOf); an earlier version of a file (same path, other
   * content) is replaced.
   */
  add: readonly DocumentContribution[];
  /** Ids of documents to remove. */
  remove?: readonly string[];
}

export type DocumentStatus =
  /** New content, written. */
  | "added"
  /** New content of a file whose earlier version it replaced. */
  | "replaced"
  /** Already loaded from this path. */
  | "unchanged"
  /** Already loaded, from another path: only the path was updated. */
  | "moved"
  /** Removed on request. */
  | "removed"
  /** Asked to remove, but not loaded. */
  | "absent";

export interface DocumentOutcome {
  id: string;
  path: string | null;
  status: DocumentStatus;
  /** For "replaced": the ids of the earlier versions. */
  replaced?: string[];
}

export interface ChangeCounts {
  created: number;
  updated: number;
  removed: number;
}

export interface Changes {
  nodes: ChangeCounts;
  relationships: ChangeCounts;
}

export interface BatchResult {
  documents: DocumentOutcome[];
  changes: Changes;
}

export function noChanges(): Changes {
  return { nodes: { created: 0, updated: 0, removed: 0 }, relationships: { created: 0, updated: 0, removed: 0 } };
}

export function addChanges(total: Changes, more: Changes): void {
  for (const kind of ["nodes", "relationships"] as const) {
    for (const key of ["created", "updated", "removed"] as const) total[kind][key] += more[kind][key];
  }
}

/** A document graph in the form the writer takes; throws when the graph cannot be written. */
export function contributionOf(graph: DocumentGraph): DocumentContribution {
  const problem = problemsOf(graph);
  if (problem) throw new Error(`${graph.document.path}: the extracted graph cannot be written: ${problem}.`);
  return documentContribution(graph);
}

/** Writes one batch in its own transaction (the driver retries transient errors). */
export async function commitBatch(driver: Driver, batch: Batch, options: { database?: string; batchSize?: number } = {}): Promise<BatchResult> {
  const session = driver.session({ database: options.database });
  try {
    return await session.executeWrite((tx) => writeBatch(tx, batch, options));
  } finally {
    await session.close();
  }
}

interface StoredDocument {
  id: string;
  path: string | null;
  complete: boolean;
  /** The fingerprint of the extractor that wrote it; null before fingerprints were kept. */
  extractor: string | null;
}

interface ContributionRecord {
  id: string;
  nodeIds: string[];
  nodeHashes: string[];
  edgeIds: string[];
  edgeHashes: string[];
}

/**
 * A contribution's fingerprint. A document's record keeps fingerprints, not the contributions
 * themselves (which the elements' tallies hold), so records stay small.
 */
export function contributionHash(contribution: string): string {
  return createHash("sha256").update(contribution).digest("base64url").slice(0, 16);
}

/**
 * Changes of tallies: contribution → documents added (positive); "#" + fingerprint → documents
 * taken away (negative), resolved against the stored tally.
 */
type Deltas = Map<string, Map<string, number>>;

function addDelta(deltas: Deltas, id: string, key: string, delta: number): void {
  const forId = deltas.get(id) ?? new Map<string, number>();
  forId.set(key, (forId.get(key) ?? 0) + delta);
  deltas.set(id, forId);
}

function applyDeltas(stored: Tally, deltas: Map<string, number>): Tally {
  const tally = new Map(stored);
  let byHash: Map<string, string> | undefined;
  for (const [key, delta] of deltas) {
    let contribution: string | undefined = key;
    if (key.startsWith("#")) {
      byHash ??= new Map([...stored.keys(), ...deltas.keys()].filter((k) => !k.startsWith("#")).map((k) => [contributionHash(k), k]));
      contribution = byHash.get(key.slice(1));
      if (contribution === undefined) continue; // already gone: nothing to take back
    }
    const n = (tally.get(contribution) ?? 0) + delta;
    if (n > 0) tally.set(contribution, n);
    else tally.delete(contribution);
  }
  return tally;
}

/** The tally as two parallel list properties, sorted so equal tallies are equal properties. */
function tallyProperties(tally: Tally): { contributions: string[]; contributionCounts: number[] } {
  const keys = [...tally.keys()].sort();
  return { contributions: keys, contributionCounts: keys.map((k) => tally.get(k)!) };
}

function storedTally(contributions: unknown, counts: unknown): Tally {
  const tally: Tally = new Map();
  if (!Array.isArray(contributions) || !Array.isArray(counts)) return tally;
  contributions.forEach((c, i) => tally.set(String(c), Number(counts[i])));
  return tally;
}

function withoutNulls(props: Properties): Properties {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

export function evidenceLists(evidence: readonly Evidence[]) {
  return {
    evidenceDocs: evidence.map((e) => e.doc),
    evidenceStarts: evidence.map((e) => e.start),
    evidenceEnds: evidence.map((e) => e.end),
    evidenceQuotes: evidence.map((e) => e.quote),
  };
}

export function documentProperties(document: DocumentNode): Properties {
  return withoutNulls({
    id: document.id,
    path: document.path,
    name: document.title ?? document.path,
    title: document.title,
    date: document.date,
    datePrecision: document.datePrecision,
    lang: document.lang,
    text: document.text,
    extractor: document.extractor,
  });
}

/**
 * Runs a statement over `rows` in chunks of `batchSize`; returns every record and the summed
 * counters. Every chunk is sent before the first answer is awaited, and so are the chunks of
 * statements called after this one before awaiting it: the driver pipelines them in order.
 */
function runChunks(
  tx: QueryRunner,
  statement: string,
  rows: readonly unknown[],
  options: { batchSize: number; key?: "rows" | "ids"; params?: Record<string, unknown> },
): Promise<{ records: QueryResult["records"]; written: number; counters: Record<(typeof COUNTERS)[number], number> }> {
  const pending: PromiseLike<QueryResult>[] = [];
  for (let i = 0; i < rows.length; i += options.batchSize) {
    pending.push(tx.run(statement, { ...options.params, [options.key ?? "rows"]: rows.slice(i, i + options.batchSize) }));
  }
  return Promise.all(pending).then((results) => {
    const records: QueryResult["records"] = [];
    const counters = Object.fromEntries(COUNTERS.map((c) => [c, 0])) as Record<(typeof COUNTERS)[number], number>;
    let written = 0;
    for (const result of results) {
      for (const record of result.records) {
        if (record.has("written")) written += Number(record.get("written"));
        else records.push(record);
      }
      const updates = result.summary.counters.updates();
      for (const key of COUNTERS) counters[key] += updates[key] ?? 0;
    }
    return { records, written, counters };
  });
}

const COUNTERS = ["nodesCreated", "nodesDeleted", "relationshipsCreated", "relationshipsDeleted"] as const;

function expectWritten(what: string, written: number, expected: number): void {
  // A row that MATCHes nothing is dropped silently by Cypher; here it would lose data, so it stops the batch.
  if (written !== expected) throw new Error(`Wrote ${written} of ${expected} ${what}: the batch is inconsistent and was not committed.`);
}

/**
 * Writes a batch inside `tx`. Re-runnable: everything it decides, it reads inside the transaction,
 * so a retried or repeated batch finds the documents already written and skips them.
 */
export async function writeBatch(tx: QueryRunner, batch: Batch, options: { batchSize?: number } = {}): Promise<BatchResult> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const chunk = { batchSize };
  await tx.run(cypherFile("write/lock-loader"));

  // 1. What the database holds of these documents and paths.
  const adds = [...new Map(batch.add.map((c) => [c.document.id, c])).values()];
  const removeIds = [...new Set(batch.remove ?? [])];
  const { records: storedRecords } = await tx.run(cypherFile("write/read-documents"), {
    ids: [...adds.map((g) => g.document.id), ...removeIds],
    paths: adds.map((g) => g.document.path),
  });
  const stored: StoredDocument[] = storedRecords.map((r) => ({ id: r.get("id"), path: r.get("path"), complete: r.get("complete"), extractor: r.get("extractor") }));
  const storedById = new Map(stored.map((d) => [d.id, d]));

  const outcomes: DocumentOutcome[] = [];
  const deleted = new Set<string>();
  const contributions: DocumentContribution[] = [];
  const moved: DocumentNode[] = [];
  for (const contribution of adds) {
    const { id, path } = contribution.document;
    const earlier = stored.filter((d) => d.path === path && d.id !== id).map((d) => d.id);
    earlier.forEach((e) => deleted.add(e));
    const same = storedById.get(id);
    // Written by this extractor: nothing to do. By another one: read again, so rewritten whole.
    if (same?.complete && same.extractor === contribution.document.extractor) {
      if (same.path !== path) moved.push(contribution.document);
      outcomes.push({ id, path, status: same.path === path ? "unchanged" : "moved" });
      continue;
    }
    // A document written by an older loader or extractor is taken back and rewritten whole.
    if (same) deleted.add(id);
    contributions.push(contribution);
    const replaced = same ? [...earlier, id] : earlier;
    outcomes.push(replaced.length ? { id, path, status: "replaced", replaced } : { id, path, status: "added" });
  }
  for (const id of removeIds) {
    const doc = storedById.get(id);
    if (doc) deleted.add(id);
    outcomes.push({ id, path: doc?.path ?? null, status: doc ? "removed" : "absent" });
  }

  // 2. The tallies this batch changes: minus what deleted documents contributed, plus the new ones.
  const { records: recordRows } = await runChunks(tx, cypherFile("write/read-document-contributions"), [...deleted], { ...chunk, key: "ids" });
  const records: ContributionRecord[] = recordRows.map((r) => ({
    id: r.get("id"),
    nodeIds: r.get("nodeIds") ?? [],
    nodeHashes: r.get("nodeHashes") ?? [],
    edgeIds: r.get("edgeIds") ?? [],
    edgeHashes: r.get("edgeHashes") ?? [],
  }));
  const nodeDeltas: Deltas = new Map();
  const edgeDeltas: Deltas = new Map();
  const labels = new Map<string, string>();
  const edgeDocuments = new Map<string, Set<string>>();
  const newEvidence = new Map<string, Evidence[]>();
  const touch = (id: string, doc: string) => edgeDocuments.set(id, (edgeDocuments.get(id) ?? new Set()).add(doc));
  for (const record of records) {
    record.nodeIds.forEach((id, i) => addDelta(nodeDeltas, id, `#${record.nodeHashes[i]}`, -1));
    record.edgeIds.forEach((id, i) => {
      addDelta(edgeDeltas, id, `#${record.edgeHashes[i]}`, -1);
      touch(id, record.id);
    });
  }
  for (const contribution of contributions) {
    for (const node of contribution.nodes) {
      addDelta(nodeDeltas, node.id, node.contribution, 1);
      labels.set(node.id, node.label);
    }
    for (const edge of contribution.sharedEdges) {
      addDelta(edgeDeltas, edge.id, edge.contribution, 1);
      touch(edge.id, contribution.document.id);
      const evidence = newEvidence.get(edge.id) ?? [];
      evidence.push(...edge.evidence);
      newEvidence.set(edge.id, evidence);
    }
  }

  const { records: nodeRows } = await runChunks(tx, cypherFile("write/read-entity-contributions"), [...nodeDeltas.keys()], { ...chunk, key: "ids" });
  const storedNodes = new Map(nodeRows.map((r) => [r.get("id") as string, storedTally(r.get("contributions"), r.get("counts"))]));
  // A relationship can only exist if both its ends did before this batch.
  const maybeStored = [...edgeDeltas.keys()].filter((id) => {
    const { source, target } = edgeIdParts(id)!;
    return storedNodes.has(source) && storedNodes.has(target);
  });
  const { records: edgeRows } = await runChunks(tx, cypherFile("write/read-relationship-contributions"), maybeStored, { ...chunk, key: "ids" });
  const storedEdges = new Map(edgeRows.map((r) => [r.get("id") as string, storedTally(r.get("contributions"), r.get("counts"))]));

  // 3. Writes. Each statement is sent as soon as its rows are computed, without waiting for the
  // answer to the one before: the server runs them in order while the next rows are computed.
  // The order keeps every relationship's ends in place. Nothing awaits until all are sent, so an
  // early failure is not left unhandled.
  const changes = noChanges();
  const deletion = runChunks(tx, cypherFile("write/delete-documents"), [...deleted], { ...chunk, key: "ids" });
  const documentRows = [...contributions.map((c) => c.document), ...moved].map((d) => ({ id: d.id, properties: documentProperties(d) }));
  const documents = runChunks(tx, cypherFile("write/merge-documents"), documentRows, chunk);

  const entityRows: object[] = [];
  const tallyRows: object[] = [];
  const deadEntities: string[] = [];
  for (const [id, deltas] of nodeDeltas) {
    const stored = storedNodes.get(id);
    const tally = applyDeltas(stored ?? new Map(), deltas);
    if (tally.size === 0) {
      if (stored) deadEntities.push(id);
      continue;
    }
    const node = uniteNode(id, tally);
    // Most documents say again what is known of an entity: then only the tally changes.
    if (stored && stored.size > 0 && canonicalJson(uniteNode(id, stored)) === canonicalJson(node)) {
      tallyRows.push({ id, ...tallyProperties(tally) });
      continue;
    }
    if (stored) changes.nodes.updated++;
    entityRows.push({
      id,
      label: labels.get(id) ?? node.label,
      properties: { ...withoutNulls(node.props), ...withoutNulls({ id, name: node.name, nameVi: node.nameVi }), aliases: node.aliases, ...tallyProperties(tally) },
    });
  }
  const entities = runChunks(tx, cypherFile("write/merge-entities"), entityRows, { ...chunk, params: { labels: ENTITY_LABELS } });
  const tallies = runChunks(tx, cypherFile("write/update-entity-tallies"), tallyRows, chunk);

  const deadEdges = new Map<RelationshipType, string[]>();
  const newRows: object[] = [];
  const changedRows = new Map<RelationshipType, object[]>();
  for (const [id, deltas] of edgeDeltas) {
    const stored = storedEdges.get(id);
    const tally = applyDeltas(stored ?? new Map(), deltas);
    const type = edgeIdParts(id)!.type as RelationshipType;
    if (tally.size === 0) {
      if (stored) {
        const ids = deadEdges.get(type) ?? [];
        ids.push(id);
        deadEdges.set(type, ids);
      }
      continue;
    }
    const edge = uniteEdge(id, tally);
    const properties = { ...withoutNulls(edge.props), id, rule: edge.rule, confidence: edge.confidence, ...tallyProperties(tally) };
    if (stored) {
      changes.relationships.updated++;
      const rows = changedRows.get(edge.type) ?? [];
      rows.push({ id, source: edge.source, target: edge.target, documents: [...(edgeDocuments.get(id) ?? [])], evidence: newEvidence.get(id) ?? [], properties });
      changedRows.set(edge.type, rows);
    } else {
      newRows.push({ type: edge.type, source: edge.source, target: edge.target, properties: { ...properties, ...evidenceLists(sortedEvidence(newEvidence.get(id) ?? [])) } });
    }
  }
  const created = runChunks(tx, cypherFile("write/create-relationships"), newRows, { ...chunk, params: { types: RELATIONSHIP_TYPES } });
  const merges = [...changedRows].map(([type, rows]) => ({ type, rows, result: runChunks(tx, cypherFilePerType("write/merge-relationships").get(type)!, rows, chunk) }));
  const gone = [...deadEdges].map(([type, ids]) => runChunks(tx, cypherFilePerType("write/delete-relationships").get(type)!, ids, { ...chunk, key: "ids" }));
  const dead = runChunks(tx, cypherFile("write/delete-entities"), deadEntities, { ...chunk, key: "ids" });

  const ownEdges = contributions.flatMap((c) =>
    c.documentEdges.map((e) => ({
      type: e.type,
      source: e.source,
      target: e.target,
      properties: { ...withoutNulls(e.props), id: e.id, rule: e.rule, confidence: e.confidence, ...evidenceLists(e.evidence) },
    })),
  );
  const own = runChunks(tx, cypherFile("write/create-document-relationships"), ownEdges, { ...chunk, params: { types: RELATIONSHIP_TYPES } });
  const contributionRows = contributions.map((c) => ({
    id: c.document.id,
    nodeIds: c.nodes.map((n) => n.id),
    nodeHashes: c.nodes.map((n) => contributionHash(n.contribution)),
    edgeIds: c.sharedEdges.map((e) => e.id),
    edgeHashes: c.sharedEdges.map((e) => contributionHash(e.contribution)),
  }));
  const recorded = runChunks(tx, cypherFile("write/merge-contributions"), contributionRows, chunk);
  await Promise.all([deletion, documents, entities, tallies, created, ...merges.map((m) => m.result), ...gone, dead, own, recorded]);

  expectWritten("documents", (await documents).written, documentRows.length);
  expectWritten("entities", (await entities).written, entityRows.length);
  expectWritten("entity tallies", (await tallies).written, tallyRows.length);
  expectWritten("relationships", (await created).written, newRows.length);
  expectWritten("relationships to documents", (await own).written, ownEdges.length);
  for (const merge of merges) {
    const result = await merge.result;
    expectWritten(`${merge.type} relationships`, result.written, merge.rows.length);
    changes.relationships.created += result.counters.relationshipsCreated;
  }
  changes.nodes.created += (await entities).counters.nodesCreated;
  changes.nodes.removed += (await dead).counters.nodesDeleted;
  changes.relationships.created += (await created).counters.relationshipsCreated + (await own).counters.relationshipsCreated;
  for (const result of [deletion, ...gone, dead]) changes.relationships.removed += (await result).counters.relationshipsDeleted;
  return { documents: outcomes, changes };
}
