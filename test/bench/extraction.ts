/**
 * Reading and extraction speed on the sample documents (no Neo4j): MB/s of source text on one
 * core, once the code is warm. A handful of rounds reads far below the steady state (the JIT is
 * still compiling and the heap still growing), so each stage first runs until its round times
 * settle, then runs rounds for a fixed time; the best round is what the core can do, the median
 * what it does with the garbage collector and other work on the machine taking their share.
 *
 * The figures depend on the young generation's size: a large document's sentences live until its
 * graph is built, and each scavenge of a small young generation copies them again. The loader's
 * npm scripts (load, start, eval, bench) run Node with --max-semi-space-size=64; the section
 * says which setting it ran with.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { collectFiles } from "../../graph-loader/collect-files.ts";
import { documentFromText } from "../../graph-loader/read/source-document.ts";
import { buildDocumentGraph } from "../../graph-loader/stages/build-document-graph.ts";
import { segmentDocument } from "../../graph-loader/stages/segment-document.ts";

const SAMPLES = path.resolve(import.meta.dirname, "../../samples");

/** Warm-up: at least this long, and until a second of rounds is no faster than the one before. */
const WARM_UP_MS = 2000;
const WARM_UP_LIMIT_MS = 10_000;
/** Measured rounds run for this long after the warm-up. */
const MEASURE_MS = 5000;

interface RoundTimes {
  /** Seconds. */
  best: number;
  median: number;
  rounds: number;
}

/** Times of `run` in seconds, measured after it has warmed up. */
function timeRounds(run: () => void): RoundTimes {
  const warmStarted = performance.now();
  let previousBest = Infinity;
  for (;;) {
    // A second of rounds at a time; settled once a second brings no faster round than the last did.
    let best = Infinity;
    const windowStarted = performance.now();
    while (performance.now() - windowStarted < 1000) {
      const started = performance.now();
      run();
      best = Math.min(best, performance.now() - started);
    }
    const elapsed = performance.now() - warmStarted;
    if (elapsed >= WARM_UP_LIMIT_MS || (elapsed >= WARM_UP_MS && best >= previousBest * 0.98)) break;
    previousBest = Math.min(previousBest, best);
  }
  const times: number[] = [];
  const measureStarted = performance.now();
  while (performance.now() - measureStarted < MEASURE_MS) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const middle = times.length >> 1;
  const median = times.length % 2 ? times[middle]! : (times[middle - 1]! + times[middle]!) / 2;
  return { best: times[0]! / 1000, median: median / 1000, rounds: times.length };
}

export function benchExtraction(): Record<string, string> {
  const texts = collectFiles([SAMPLES]).map((file) => ({ file, text: readFileSync(file, "utf8") }));
  const megabytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t.text), 0) / 1e6;
  const sources = texts.map((t) => documentFromText(t.text, { path: t.file }));
  const read = sources.map((s) => segmentDocument(s));
  const reading = timeRounds(() => sources.forEach((s) => segmentDocument(s)));
  const extraction = timeRounds(() => read.forEach((r) => buildDocumentGraph(r)));
  const rate = (seconds: number) => `${(megabytes / seconds).toFixed(2)} MB/s`;
  const figures = (t: RoundTimes) => `best ${rate(t.best)}, median ${rate(t.median)} (${t.rounds} rounds in ${MEASURE_MS / 1000} s)`;
  const semiSpace = process.execArgv.find((a) => a.startsWith("--max-semi-space-size="));
  return {
    "young generation": semiSpace ? `${semiSpace} (as npm run load runs)` : "Node's default (npm run load runs with --max-semi-space-size=64)",
    "sample text": `${(megabytes * 1000).toFixed(0)} kB in ${texts.length} documents`,
    "reading (reflow, segments, sentences)": figures(reading),
    "extraction (mentions, resolution, relationships)": figures(extraction),
    "reading + extraction": `best ${rate(reading.best + extraction.best)}, median ${rate(reading.median + extraction.median)}`,
  };
}
