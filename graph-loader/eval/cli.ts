/**
 * npm run eval -- [--gold FILE] [--export FILE] [--verbose] [--json] [files or folders]
 * Extracts the graph of the documents (no Neo4j) and scores it against gold annotations.
 * With no arguments: the bundled samples against the seed gold.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { collectFiles } from "../collect-files.ts";
import { toCytoscapeJson } from "../export/cytoscape-json.ts";
import { loadDocuments } from "../load-documents.ts";
import { formatReport, scoreGraph, type GoldFile } from "./score-graph.ts";
import { parseCommandLine } from "../command-line.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SEED_GOLD = path.join(ROOT, "test/fixtures/gold/seeds.gold.json");

const USAGE = `Usage: npm run eval -- [options] [files or folders]

Extracts the graph of the documents (no Neo4j) and scores it against gold annotations, per type
and overall (micro-F1), by the metric of test/fixtures/gold/GUIDE.md. With no files or folders:
the bundled samples. Only documents the gold names (by file name) are scored.

Options:
  --gold FILE     gold annotations (default: test/fixtures/gold/seeds.gold.json)
  --export FILE   also write the extracted graph as Cytoscape.js JSON
  --verbose       list every false positive and false negative
  --json          print the report as JSON
  -h, --help      this text

Exit code: 0 when scored, 1 when a document could not be read, 2 for a usage error.`;

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      gold: { type: "string", default: SEED_GOLD },
      export: { type: "string" },
      verbose: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
}

function readGold(file: string): GoldFile {
  let gold: Partial<GoldFile>;
  try {
    gold = JSON.parse(readFileSync(file, "utf8")) as Partial<GoldFile>;
  } catch (error) {
    throw new UsageError(`${file}: cannot read the gold file (${(error as Error).message}). Pass --gold FILE with gold annotations (see test/fixtures/gold/GUIDE.md).`);
  }
  if (!Array.isArray(gold.docs)) throw new UsageError(`${file}: not a gold file: it has no "docs" list. See test/fixtures/gold/GUIDE.md for the format.`);
  return gold as GoldFile;
}

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(() => parse(argv), USAGE);
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  let gold: GoldFile;
  let files: string[];
  try {
    gold = readGold(values.gold!);
    files = collectFiles(positionals.length ? positionals : [path.join(ROOT, "samples")]);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const result = await loadDocuments(files);
  for (const failure of result.failed) console.error(`failed: ${failure.path}: ${failure.reason}`);
  const graph = toCytoscapeJson(result.graph);
  if (values.export) writeFileSync(values.export, JSON.stringify(graph, null, 1));
  // Gold names documents by file name; score only the documents both sides have.
  const loaded = new Set(result.graph.documents.map((d) => path.basename(d.path)));
  const docs = new Set(gold.docs.map((d) => d.doc).filter((d) => loaded.has(d)));
  if (docs.size === 0) {
    console.error(`None of the documents read is in ${values.gold}: gold names its documents by file name (${gold.docs.map((d) => d.doc).join(", ")}).`);
    return 2;
  }
  const report = scoreGraph(gold, graph, docs);
  console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report, { verbose: values.verbose }));
  return result.failed.length ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
