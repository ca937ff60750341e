/**
 * npm run bench: the project's speed figures, each from a benchmark, never from a timed test.
 * `npm run bench` runs every section; name sections to run only those, e.g.
 * `npm run bench -- queries` or `npm run bench -- extraction writes`.
 */
import { benchExtraction } from "./extraction.ts";
import { benchQueries } from "./query-times.ts";
import { benchUi } from "./ui.ts";
import { benchWrites } from "./write-throughput.ts";

const sections: [string, string, () => Promise<Record<string, string>> | Record<string, string>][] = [
  ["extraction", "Reading and extraction (one core)", benchExtraction],
  ["ui", "Explorer in Chromium (UI)", benchUi],
  ["writes", "Writing into Neo4j (its own server unless NEO4J_URI is set: then that database is emptied)", benchWrites],
  ["queries", "Query times of the app's questions, samples and a generated 100k-node graph (its own server unless NEO4J_URI is set: then that database is emptied)", benchQueries],
];

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !sections.some(([key]) => key === name));
if (unknown.length) {
  console.error(`No bench section named ${unknown.join(", ")}: the sections are ${sections.map(([key]) => key).join(", ")}.`);
  process.exit(2);
}

for (const [key, title, run] of sections) {
  if (asked.length && !asked.includes(key)) continue;
  console.log(`\n${title}`);
  const figures = await run();
  for (const [name, value] of Object.entries(figures)) console.log(`  ${name.padEnd(52)} ${value}`);
}
