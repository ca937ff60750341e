/**
 * Queues documents into transactions of whole documents (about `batchSize` rows each), commits
 * one batch while the caller extracts the next, isolates a document Neo4j refuses so the others
 * of its batch are still written, and stops at once when the server is gone.
 */
import type { Driver, Session, Transaction } from "neo4j-driver";
import { documentContribution, problemsOf, type DocumentContribution } from "../graph/merge-graphs.ts";
import type { DocumentGraph, DocumentNode } from "../graph/model.ts";
import { Neo4jConnectionError } from "./driver.ts";
import { addChanges, commitBatch, DEFAULT_BATCH_SIZE, noChanges, writeBatch, type Batch, type BatchResult, type Changes, type DocumentOutcome } from "./write-graph.ts";

export interface DocumentWriterOptions {
  driver: Driver;
  database?: string;
  /** Rows per UNWIND statement; a transaction takes whole documents until it holds about this many rows. */
  batchSize?: number;
  /** Run every write in one transaction and roll it back: the counts say what would change. */
  dryRun?: boolean;
  /** Where the server is, for messages. */
  uri?: string;
  /** Each document once it is committed (or, in a dry run, written), refused, or found unchanged. */
  onSettled?: (outcome: DocumentOutcome | { id: string; path: string | null; status: "failed"; reason: string }) => void;
}

export interface WriterSummary {
  changes: Changes;
  failed: { id: string; path: string | null; reason: string }[];
}

interface Entry {
  document?: DocumentNode;
  contribution?: DocumentContribution;
  removeId?: string;
  rows: number;
}

function isConnectionLost(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return error instanceof Neo4jConnectionError || code === "ServiceUnavailable" || code === "SessionExpired";
}

export class DocumentWriter {
  private readonly batchSize: number;
  private pending: Entry[] = [];
  private pendingRows = 0;
  private inFlight: Promise<void> = Promise.resolve();
  private fatal: Error | null = null;
  private readonly changes = noChanges();
  private readonly failed: WriterSummary["failed"] = [];
  private dryRunSession: Session | null = null;
  private dryRunTx: Transaction | null = null;

  constructor(private readonly options: DocumentWriterOptions) {
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  }

  /** Queues a document; resolves once it is queued (waiting for a commit when one batch is already in flight). */
  async add(graph: DocumentGraph): Promise<void> {
    // Validated and prepared here, while the previous batch commits.
    const problem = problemsOf(graph);
    if (problem) return this.refuse({ document: graph.document, rows: 0 }, `the extracted graph cannot be written: ${problem}`);
    await this.enqueue({ document: graph.document, contribution: documentContribution(graph), rows: 1 + graph.nodes.length + graph.edges.length });
  }

  async remove(documentId: string): Promise<void> {
    await this.enqueue({ removeId: documentId, rows: 1 });
  }

  /** Writes what is queued and waits for every commit; in a dry run, rolls everything back. */
  async close(): Promise<WriterSummary> {
    try {
      this.flush();
      await this.inFlight;
      if (this.fatal) throw this.fatal;
    } finally {
      await this.dryRunTx?.rollback().catch(() => {});
      await this.dryRunSession?.close();
    }
    return { changes: this.changes, failed: this.failed };
  }

  private async enqueue(entry: Entry): Promise<void> {
    if (this.fatal) throw this.fatal;
    this.pending.push(entry);
    this.pendingRows += entry.rows;
    if (this.pendingRows >= this.batchSize) {
      await this.inFlight; // at most one batch in flight, so memory stays bounded
      if (this.fatal) throw this.fatal;
      this.flush();
    }
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const entries = this.pending;
    this.pending = [];
    this.pendingRows = 0;
    this.inFlight = this.inFlight.then(() => (this.fatal ? undefined : this.write(entries)));
  }

  private async run(batch: Batch): Promise<BatchResult> {
    const options = { database: this.options.database, batchSize: this.batchSize };
    if (!this.options.dryRun) return commitBatch(this.options.driver, batch, options);
    this.dryRunSession ??= this.options.driver.session({ database: this.options.database });
    this.dryRunTx ??= this.dryRunSession.beginTransaction();
    try {
      return await writeBatch(this.dryRunTx, batch, options);
    } catch (error) {
      // A failed statement ends the transaction: later batches continue in a fresh one.
      await this.dryRunTx.rollback().catch(() => {});
      this.dryRunTx = null;
      throw error;
    }
  }

  private batchOf(entries: readonly Entry[]): Batch {
    return { add: entries.flatMap((e) => (e.contribution ? [e.contribution] : [])), remove: entries.flatMap((e) => (e.removeId ? [e.removeId] : [])) };
  }

  private settle(result: BatchResult): void {
    addChanges(this.changes, result.changes);
    for (const outcome of result.documents) this.options.onSettled?.(outcome);
  }

  private async write(entries: Entry[]): Promise<void> {
    try {
      this.settle(await this.run(this.batchOf(entries)));
      return;
    } catch (error) {
      if (this.stopIfGone(error)) return;
      if (entries.length === 1) return this.refuse(entries[0]!, error);
    }
    // One document of the batch was refused: write each alone, so only that one fails.
    for (const entry of entries) {
      try {
        this.settle(await this.run(this.batchOf([entry])));
      } catch (error) {
        if (this.stopIfGone(error)) return;
        this.refuse(entry, error);
      }
    }
  }

  private stopIfGone(error: unknown): boolean {
    if (!isConnectionLost(error)) return false;
    const uri = this.options.uri ?? "the configured address";
    const cause = error instanceof Error ? error.message.split("\n")[0]!.replace(/\.$/, "") : String(error);
    this.fatal = new Neo4jConnectionError(
      `Lost the connection to Neo4j at ${uri} while writing (${cause}); every document written before is complete, so run the same command again to write the rest.`,
    );
    return true;
  }

  private refuse(entry: Entry, error: unknown): void {
    const id = entry.document?.id ?? entry.removeId!;
    const path = entry.document?.path ?? null;
    const reason = typeof error === "string" ? error : `Neo4j refused it: ${error instanceof Error ? error.message : String(error)}`;
    this.failed.push({ id, path, reason });
    this.options.onSettled?.({ id, path, status: "failed", reason });
  }
}
