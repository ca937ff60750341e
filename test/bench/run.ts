/** npm run bench: the project's speed figures, each from a benchmark, never from a timed test. */
import { benchExtraction } from "./extraction.ts";
import { benchUi } from "./ui.ts";
import { benchWrites } from "./write-throughput.ts";

const sections: [string, () => Promise<Record<string, string>> | Record<string, string>][] = [
  ["Reading and extraction (one core)", benchExtraction],
  ["Explorer in Chromium (UI)", benchUi],
  ["Writing into Neo4j (its own server unless NEO4J_URI is set: then that database is emptied)", benchWrites],
];

for (const [title, run] of sections) {
  console.log(`\n${title}`);
  const figures = await run();
  for (const [name, value] of Object.entries(figures)) console.log(`  ${name.padEnd(52)} ${value}`);
}
