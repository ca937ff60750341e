/**
 * Reading and extraction speed on the sample documents (no Neo4j): MB/s of source text, on one
 * core, best of several rounds after a warm-up.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { collectFiles } from "../../graph-loader/collect-files.ts";
import { documentFromText } from "../../graph-loader/read/source-document.ts";
import { buildDocumentGraph } from "../../graph-loader/stages/build-document-graph.ts";
import { segmentDocument } from "../../graph-loader/stages/segment-document.ts";

const SAMPLES = path.resolve(import.meta.dirname, "../../samples");

function best(rounds: number, run: () => void): number {
  let fastest = Infinity;
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest / 1000;
}

export function benchExtraction(): Record<string, string> {
  const texts = collectFiles([SAMPLES]).map((file) => ({ file, text: readFileSync(file, "utf8") }));
  const megabytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t.text), 0) / 1e6;
  const sources = texts.map((t) => documentFromText(t.text, { path: t.file }));
  const read = sources.map((s) => segmentDocument(s));
  best(2, () => read.forEach((r) => buildDocumentGraph(r)));
  const readSeconds = best(5, () => sources.forEach((s) => segmentDocument(s)));
  const extractSeconds = best(5, () => read.forEach((r) => buildDocumentGraph(r)));
  return {
    "sample text": `${(megabytes * 1000).toFixed(0)} kB in ${texts.length} documents`,
    "reading (reflow, segments, sentences)": `${(megabytes / readSeconds).toFixed(2)} MB/s`,
    "extraction (mentions, resolution, relationships)": `${(megabytes / extractSeconds).toFixed(2)} MB/s`,
    "reading + extraction": `${(megabytes / (readSeconds + extractSeconds)).toFixed(2)} MB/s`,
  };
}
