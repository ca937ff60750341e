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

const ROOT = path.resolve(import.meta.dirname, "../..");

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: {
    gold: { type: "string", default: path.join(ROOT, "test/fixtures/gold/seeds.gold.json") },
    export: { type: "string" },
    verbose: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  },
});

const inputs = positionals.length ? positionals : [path.join(ROOT, "samples")];
let gold: GoldFile;
try {
  gold = JSON.parse(readFileSync(values.gold!, "utf8")) as GoldFile;
} catch (error) {
  console.error(`${values.gold}: cannot read the gold file (${(error as Error).message}). Pass --gold FILE with gold annotations (see test/fixtures/gold/GUIDE.md).`);
  process.exit(2);
}
const result = await loadDocuments(collectFiles(inputs));
for (const failure of result.failed) console.error(`failed: ${failure.path}: ${failure.reason}`);
const graph = toCytoscapeJson(result.graph);
if (values.export) writeFileSync(values.export, JSON.stringify(graph, null, 1));
// Gold names documents by file name; score only the documents both sides have.
const loaded = new Set(result.graph.documents.map((d) => path.basename(d.path)));
const docs = new Set(gold.docs.map((d) => d.doc).filter((d) => loaded.has(d)));
if (docs.size === 0) {
  console.error(`None of the documents read is in ${values.gold}: gold names its documents by file name (${gold.docs.map((d) => d.doc).join(", ")}).`);
  process.exit(2);
}
const report = scoreGraph(gold, graph, docs);
console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report, { verbose: values.verbose }));
