/** Writes one document's graph in one transaction, in batches of parameterised UNWIND … MERGE. */
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { ENTITY_LABELS, RELATIONSHIP_TYPES, type DocumentGraph } from "../graph/model.ts";
import { cypherFile } from "./cypher-file.ts";

export interface WriteOptions {
  database?: string;
  batchSize?: number;
}

async function runBatches(tx: ManagedTransaction, statement: string, rows: object[], options: { batchSize: number; params?: object }) {
  for (let i = 0; i < rows.length; i += options.batchSize) {
    await tx.run(statement, { ...options.params, rows: rows.slice(i, i + options.batchSize) });
  }
}

export async function writeDocumentGraph(driver: Driver, graph: DocumentGraph, options: WriteOptions = {}): Promise<void> {
  const batchSize = options.batchSize ?? 1000;
  const session = driver.session({ database: options.database });
  try {
    await session.executeWrite(async (tx) => {
      await runBatches(tx, cypherFile("write/merge-document"), [graph.document], { batchSize });
      await runBatches(tx, cypherFile("write/merge-entities"), graph.nodes, { batchSize, params: { labels: ENTITY_LABELS } });
      await runBatches(tx, cypherFile("write/merge-relationships"), graph.edges, { batchSize, params: { types: RELATIONSHIP_TYPES } });
    });
  } finally {
    await session.close();
  }
}
