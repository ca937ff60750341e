/**
 * Reads and extracts documents and, when a driver is given, writes them into Neo4j: new files are
 * added, changed files replace their earlier version, files already loaded are skipped, and
 * documents named in `remove` are taken out. Every document is written whole or not at all
 * (neo4j/write-graph.ts), so an interrupted run is finished by running it again.
 */
import { readFile } from "node:fs/promises";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { mergeGraphs, type MergedGraph } from "./graph/merge-graphs.ts";
import type { DocumentGraph } from "./graph/model.ts";
import { cypherFile } from "./neo4j/cypher-file.ts";
import { DocumentWriter } from "./neo4j/document-writer.ts";
import { noChanges, type Changes, type DocumentStatus } from "./neo4j/write-graph.ts";
import { graphOf } from "./pipeline.ts";
import { contentId, documentFromBytes, readBytes } from "./read/source-document.ts";
import { extractorVersion } from "./extractor-version.ts";

/** What happened to a document: written as DocumentStatus says, or only extracted (no Neo4j), a second copy of a file read before, or failed. */
export type LoadStatus = DocumentStatus | "extracted" | "duplicate" | "failed";

export interface LoadProgress {
  /** Documents settled so far (written, skipped, removed or failed), of `total`. */
  done: number;
  total: number;
  path: string | null;
  status: LoadStatus;
  reason?: string;
}

export interface LoadOptions {
  driver?: Driver;
  database?: string;
  /** Where the server is, for messages. */
  uri?: string;
  /** Rows per UNWIND statement; a transaction takes whole documents up to about this many rows. */
  batchSize?: number;
  /** Extract and count what would change, but write nothing (the writes are rolled back). */
  dryRun?: boolean;
  /** Documents to take out of the database, by id or path (a folder: every document under it). */
  remove?: readonly string[];
  /**
   * Also extract the files the database already holds unchanged, so that `graph` is the whole
   * graph of `files` (default true; the CLI turns it off unless it exports).
   */
  extractUnchanged?: boolean;
  onProgress?: (progress: LoadProgress) => void;
}

export interface LoadResult {
  /** The graph of the documents extracted in this run. */
  graph: MergedGraph;
  /** Documents extracted without error. */
  loaded: number;
  failed: { path: string; reason: string }[];
  /** Documents by what happened to them. */
  documents: Record<LoadStatus, number> & { read: number };
  /** Entities and relationships created, updated and removed (all zero without a driver). */
  changes: Changes;
}

interface LoadedDocument {
  id: string;
  path: string | null;
  complete: boolean;
  extractor: string | null;
}

async function loadedDocuments(driver: Driver, database?: string): Promise<LoadedDocument[]> {
  const { records } = await driver.executeQuery(cypherFile("read/loaded-documents"), {}, { database, routing: "READ" });
  return records.map((r) => ({ id: r.get("id"), path: r.get("path"), complete: r.get("complete"), extractor: r.get("extractor") }));
}

const DOCUMENT_ID = /^doc-[0-9a-f]{16}$/u;

/** The loaded documents `ref` names: an id, a file's path (or its current content), or a folder. */
async function resolveRemoval(ref: string, loaded: readonly LoadedDocument[]): Promise<string[]> {
  if (DOCUMENT_ID.test(ref)) return loaded.some((d) => d.id === ref) ? [ref] : [];
  const wanted = path.resolve(ref);
  const under = `${wanted}${path.sep}`;
  const byPath = loaded.filter((d) => d.path !== null && (d.path === ref || path.resolve(d.path) === wanted || path.resolve(d.path).startsWith(under)));
  if (byPath.length) return byPath.map((d) => d.id);
  if (existsSync(ref) && statSync(ref).isFile()) {
    const id = contentId(await readFile(ref));
    if (loaded.some((d) => d.id === id)) return [id];
  }
  return [];
}

export async function loadDocuments(files: readonly string[], options: LoadOptions = {}): Promise<LoadResult> {
  const { driver } = options;
  if (options.remove?.length && !driver) throw new Error("Removing documents needs Neo4j: leave out --no-neo4j.");
  const documents: LoadResult["documents"] = { read: 0, extracted: 0, added: 0, replaced: 0, unchanged: 0, moved: 0, removed: 0, absent: 0, duplicate: 0, failed: 0 };
  const failed: LoadResult["failed"] = [];
  const graphs: DocumentGraph[] = [];
  const loaded = driver ? await loadedDocuments(driver, options.database) : [];
  const removals: { ref: string; ids: string[] }[] = [];
  for (const ref of options.remove ?? []) removals.push({ ref, ids: await resolveRemoval(ref, loaded) });
  const total = files.length + removals.reduce((sum, r) => sum + Math.max(1, r.ids.length), 0);
  let done = 0;
  const settle = (filePath: string | null, status: LoadStatus, reason?: string) => {
    documents[status]++;
    if (status === "failed") failed.push({ path: filePath ?? "?", reason: reason ?? "" });
    options.onProgress?.({ done: ++done, total, path: filePath, status, reason });
  };
  // Documents this loader and extractor wrote: a file with the same content and path needs nothing.
  const complete = new Map(loaded.filter((d) => d.complete && d.extractor === extractorVersion()).map((d) => [d.id, d.path]));
  const writer = driver
    ? new DocumentWriter({
        driver,
        database: options.database,
        batchSize: options.batchSize,
        dryRun: options.dryRun,
        uri: options.uri,
        onSettled: (outcome) => settle(outcome.path, outcome.status, "reason" in outcome ? outcome.reason : undefined),
      })
    : null;

  let changes = noChanges();
  try {
    for (const { ref, ids } of removals) {
      if (ids.length === 0) settle(ref, "failed", "nothing to remove: no loaded document has this id or path");
      for (const id of ids) await writer!.remove(id);
    }
    const seen = new Map<string, string>();
    for (const file of files) {
      let bytes: Uint8Array;
      try {
        bytes = await readBytes(file);
      } catch (error) {
        settle(file, "failed", error instanceof Error ? error.message : String(error));
        continue;
      }
      const id = contentId(bytes);
      documents.read++;
      const first = seen.get(id);
      if (first) {
        settle(file, "duplicate", `same content as ${first}`);
        continue;
      }
      seen.set(id, file);
      const unchanged = complete.get(id) === file;
      if (unchanged && options.extractUnchanged === false) {
        settle(file, "unchanged");
        continue;
      }
      let graph: DocumentGraph;
      try {
        graph = graphOf(await documentFromBytes(file, bytes));
      } catch (error) {
        settle(file, "failed", error instanceof Error ? error.message : String(error));
        continue;
      }
      graphs.push(graph);
      if (!writer) settle(file, "extracted");
      else if (unchanged) settle(file, "unchanged");
      else await writer.add(graph);
    }
  } finally {
    // Commits what is queued: whole documents only. A lost server is reported from here.
    if (writer) changes = (await writer.close()).changes;
  }
  return { graph: mergeGraphs(graphs), loaded: graphs.length, failed, documents, changes };
}
