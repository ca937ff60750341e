/**
 * npm run load -- [options] <files or folders>
 * Argument parsing, progress and exit codes only; the work is in load-documents.ts.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Driver } from "neo4j-driver";
import { LOCAL_DEFAULTS } from "../neo4j/local-server.ts";
import { collectFiles } from "./collect-files.ts";
import { toCytoscapeJson } from "./export/cytoscape-json.ts";
import { loadDocuments } from "./load-documents.ts";
import { applySchema } from "./neo4j/apply-schema.ts";
import { connectionFromEnv, type Neo4jConnection } from "./neo4j/connection.ts";
import { Neo4jConnectionError, openDriver } from "./neo4j/driver.ts";

const USAGE = `Usage: npm run load -- [options] <files or folders>

Reads documents, extracts entities and relationships, and writes them into Neo4j.

Options:
  --no-neo4j            extract only; do not connect to Neo4j
  --export-cyjs FILE    write the extracted graph as Cytoscape.js JSON
  --batch-size N        rows per UNWIND batch (default 1000)
  -h, --help            this text

Neo4j: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE; without NEO4J_URI the
local server (npm run neo4j) at bolt://127.0.0.1:${LOCAL_DEFAULTS.port} is used.`;

function localConnection(): Neo4jConnection {
  const port = process.env.KETNOI_NEO4J_PORT ?? String(LOCAL_DEFAULTS.port);
  return {
    uri: `bolt://127.0.0.1:${port}`,
    username: process.env.NEO4J_USERNAME || LOCAL_DEFAULTS.username,
    password: process.env.NEO4J_PASSWORD || LOCAL_DEFAULTS.password,
  };
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      "no-neo4j": { type: "boolean", default: false },
      "export-cyjs": { type: "string" },
      "batch-size": { type: "string", default: "1000" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    console.error(`No documents named.\n\n${USAGE}`);
    return 2;
  }
  const batchSize = Number(values["batch-size"]);
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    console.error(`--batch-size must be a whole number ≥ 1, got "${values["batch-size"]}".`);
    return 2;
  }
  const files = collectFiles(positionals);
  if (files.length === 0) {
    console.error(`No supported documents in ${positionals.join(", ")}.`);
    return 2;
  }

  let driver: Driver | undefined;
  const connection = connectionFromEnv() ?? localConnection();
  if (!values["no-neo4j"]) {
    driver = await openDriver(connection);
    await applySchema(driver, connection.database);
  }
  try {
    const started = performance.now();
    const result = await loadDocuments(files, {
      driver,
      database: connection.database,
      batchSize,
      onDocument: ({ path, index, total, error }) =>
        console.log(`[${index + 1}/${total}] ${error ? `FAILED ${path}: ${error}` : path}`),
    });
    if (values["export-cyjs"]) writeFileSync(values["export-cyjs"], JSON.stringify(toCytoscapeJson(result.graph), null, 1));
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${result.loaded} document(s) loaded${driver ? ` into ${connection.uri}` : " (no Neo4j)"}, ${result.failed.length} failed; ` +
        `${result.graph.nodes.length} entities, ${result.graph.edges.length} relationships in ${seconds.toFixed(1)} s.`,
    );
    for (const failure of result.failed) console.error(`failed: ${failure.path}: ${failure.reason}`);
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
