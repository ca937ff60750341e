/** Reads and extracts a batch of documents, and writes them to Neo4j when a driver is given. */
import type { Driver } from "neo4j-driver";
import { mergeGraphs, type MergedGraph } from "./graph/merge-graphs.ts";
import type { DocumentGraph } from "./graph/model.ts";
import { writeDocumentGraph } from "./neo4j/write-graph.ts";
import { extractDocument } from "./pipeline.ts";

export interface LoadOptions {
  driver?: Driver;
  database?: string;
  batchSize?: number;
  onDocument?: (event: { path: string; index: number; total: number; error?: string }) => void;
}

export interface LoadResult {
  graph: MergedGraph;
  loaded: number;
  failed: { path: string; reason: string }[];
}

export async function loadDocuments(files: readonly string[], options: LoadOptions = {}): Promise<LoadResult> {
  const graphs: DocumentGraph[] = [];
  const failed: LoadResult["failed"] = [];
  for (const [index, file] of files.entries()) {
    try {
      const graph = await extractDocument(file);
      if (options.driver) await writeDocumentGraph(options.driver, graph, options);
      graphs.push(graph);
      options.onDocument?.({ path: file, index, total: files.length });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      failed.push({ path: file, reason });
      options.onDocument?.({ path: file, index, total: files.length, error: reason });
    }
  }
  return { graph: mergeGraphs(graphs), loaded: graphs.length, failed };
}
