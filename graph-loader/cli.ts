/**
 * npm run load -- [options] <files or folders>
 * Argument parsing, progress and exit codes only; the work is in load-documents.ts.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Driver } from "neo4j-driver";
import { LOCAL_DEFAULTS } from "../neo4j/local-server.ts";
import { collectFiles } from "./collect-files.ts";
import { dumpSegments } from "./dump-segments.ts";
import { ReadError } from "./read/source-document.ts";
import { toCytoscapeJson } from "./export/cytoscape-json.ts";
import { loadDocuments, type LoadProgress, type LoadResult } from "./load-documents.ts";
import { applySchema } from "./neo4j/apply-schema.ts";
import { connectionFromEnv, type Neo4jConnection } from "./neo4j/connection.ts";
import { Neo4jConnectionError, openDriver } from "./neo4j/driver.ts";
import { DEFAULT_BATCH_SIZE, type ChangeCounts } from "./neo4j/write-graph.ts";
import { parseCommandLine } from "./command-line.ts";

const USAGE = `Usage: npm run load -- [options] <files or folders>

Reads documents, extracts entities and relationships, and writes them into Neo4j. Files already
loaded are skipped; a file whose content changed replaces its earlier version, and so does a file
an earlier version of the extractor read. Every document is written whole or not at all: after an
interruption, run the same command again.

Options:
  --dry-run             extract and report what would change; write nothing
  --remove DOC          take a document out of Neo4j: its id (doc-…), its path, or a folder
                        (every document loaded from it); repeat for several
  --no-neo4j            extract only; do not connect to Neo4j
  --export-cyjs FILE    write the extracted graph as Cytoscape.js JSON
  --dump-segments FILE  print the segments the extractor will see (role, language, offsets)
  --batch-size N        rows per UNWIND batch; a transaction holds whole documents up to about
                        this many rows (default ${DEFAULT_BATCH_SIZE})
  -h, --help            this text

Neo4j: NEO4J_URI (bolt://, neo4j://, neo4j+s://), NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE;
without NEO4J_URI the local server (npm run neo4j) at bolt://127.0.0.1:${LOCAL_DEFAULTS.port} is used.
Exit code: 0 when every document was loaded, 1 when any failed or Neo4j could not be used, 2 for
a usage error.`;

function localConnection(): Neo4jConnection {
  const port = process.env.KETNOI_NEO4J_PORT ?? String(LOCAL_DEFAULTS.port);
  return {
    uri: `bolt://127.0.0.1:${port}`,
    username: process.env.NEO4J_USERNAME || LOCAL_DEFAULTS.username,
    password: process.env.NEO4J_PASSWORD || LOCAL_DEFAULTS.password,
    database: process.env.NEO4J_DATABASE?.trim() || undefined,
  };
}

const number = (n: number) => n.toLocaleString("en-US");

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "…";
  if (seconds < 90) return `${Math.ceil(seconds)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

/** A bar with documents/s and ETA on a terminal; one plain line per document otherwise. */
function progressReporter(stream: NodeJS.WriteStream) {
  const started = performance.now();
  let drawn = 0;
  const line = (p: LoadProgress) => `${p.status} ${p.path ?? ""}${p.reason ? `: ${p.reason}` : ""}`;
  return {
    update(p: LoadProgress) {
      if (!stream.isTTY) {
        console.log(`[${p.done}/${p.total}] ${line(p)}`);
        return;
      }
      if (p.status === "failed") stream.write(`\r\x1b[K${line(p)}\n`);
      const now = performance.now();
      if (p.done < p.total && now - drawn < 100 && p.status !== "failed") return;
      drawn = now;
      const rate = p.done / Math.max((now - started) / 1000, 1e-3);
      const width = 28;
      const filled = Math.round((width * p.done) / Math.max(p.total, 1));
      stream.write(
        `\r${"█".repeat(filled)}${"░".repeat(width - filled)} ${number(p.done)}/${number(p.total)} documents · ${rate.toFixed(1)}/s · ETA ${duration((p.total - p.done) / rate)}\x1b[K`,
      );
    },
    finish() {
      if (stream.isTTY) stream.write("\r\x1b[K");
    },
  };
}

function changeLine(title: string, c: ChangeCounts): string {
  return `${title.padEnd(14)} ${number(c.created)} created · ${number(c.updated)} updated · ${number(c.removed)} removed`;
}

function summary(result: LoadResult, options: { neo4j: boolean; dryRun: boolean; uri: string; seconds: number }): string {
  const d = result.documents;
  const counts = (
    [
      ["read", d.read],
      ["extracted", d.extracted],
      ["added", d.added],
      ["replaced", d.replaced],
      ["skipped (unchanged)", d.unchanged],
      ["moved", d.moved],
      ["duplicates", d.duplicate],
      ["removed", d.removed],
      ["already gone", d.absent],
      ["failed", d.failed],
    ] as const
  ).filter(([name, n]) => n > 0 || name === "read" || name === "failed");
  const settled = Object.entries(d).reduce((sum, [key, n]) => (key === "read" ? sum : sum + n), 0);
  const lines = [`Documents:     ${counts.map(([name, n]) => `${number(n)} ${name}`).join(" · ")}`];
  if (options.neo4j) lines.push(changeLine("Entities:", result.changes.nodes), changeLine("Relationships:", result.changes.relationships));
  const where = !options.neo4j ? "without Neo4j" : options.dryRun ? `dry run against ${options.uri}: nothing was written` : `into ${options.uri}`;
  lines.push(`Done ${where} in ${options.seconds.toFixed(1)} s (${(settled / Math.max(options.seconds, 1e-3)).toFixed(1)} documents/s).`);
  for (const failure of result.failed) lines.push(`failed: ${failure.path}: ${failure.reason}`);
  return lines.join("\n");
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      "no-neo4j": { type: "boolean", default: false },
      "dry-run": { type: "boolean", default: false },
      remove: { type: "string", multiple: true, default: [] },
      "export-cyjs": { type: "string" },
      "dump-segments": { type: "string" },
      "batch-size": { type: "string", default: String(DEFAULT_BATCH_SIZE) },
      help: { type: "boolean", short: "h", default: false },
    },
  });
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(() => parse(argv), USAGE);
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  if (values["dump-segments"]) {
    try {
      process.stdout.write(await dumpSegments(values["dump-segments"]));
      return 0;
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      console.error(error.message);
      return 1;
    }
  }
  const remove = values.remove ?? [];
  if (positionals.length === 0 && remove.length === 0) {
    console.error(`No documents named.\n\n${USAGE}`);
    return 2;
  }
  const batchSize = Number(values["batch-size"]);
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    console.error(`--batch-size must be a whole number ≥ 1, got "${values["batch-size"]}".`);
    return 2;
  }
  if (remove.length && values["no-neo4j"]) {
    console.error("--remove takes documents out of Neo4j, so it cannot be used with --no-neo4j.");
    return 2;
  }
  const files = positionals.length ? collectFiles(positionals) : [];
  if (positionals.length && files.length === 0) {
    console.error(`No supported documents in ${positionals.join(", ")}.`);
    return 2;
  }

  let driver: Driver | undefined;
  const connection = connectionFromEnv() ?? localConnection();
  if (!values["no-neo4j"]) {
    driver = await openDriver(connection);
    await applySchema(driver, connection.database);
  }
  const progress = progressReporter(process.stderr);
  try {
    const started = performance.now();
    const result = await loadDocuments(files, {
      driver,
      database: connection.database,
      uri: connection.uri,
      batchSize,
      dryRun: values["dry-run"],
      remove,
      extractUnchanged: Boolean(values["export-cyjs"]),
      onProgress: (p) => progress.update(p),
    }).finally(() => progress.finish());
    if (values["export-cyjs"]) writeFileSync(values["export-cyjs"], JSON.stringify(toCytoscapeJson(result.graph), null, 1));
    const seconds = (performance.now() - started) / 1000;
    console.log(summary(result, { neo4j: Boolean(driver), dryRun: values["dry-run"], uri: connection.uri, seconds }));
    return result.failed.length > 0 ? 1 : 0;
  } finally {
    await driver?.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Neo4jConnectionError || error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
