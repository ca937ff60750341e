/**
 * npm start: Neo4j (the local one, or NEO4J_URI), the schema, the bundled sample documents,
 * and the explorer, served until Ctrl-C, which stops everything this started.
 */
import path from "node:path";
import { createServer } from "vite";
import { LocalNeo4jError, startLocalNeo4j, type LocalNeo4j } from "./neo4j/local-server.ts";
import { collectFiles } from "./graph-loader/collect-files.ts";
import { loadDocuments } from "./graph-loader/load-documents.ts";
import { applySchema } from "./graph-loader/neo4j/apply-schema.ts";
import { connectionFromEnv, localServerOptionsFromEnv, type Neo4jConnection } from "./graph-loader/neo4j/connection.ts";
import { Neo4jConnectionError, openDriver } from "./graph-loader/neo4j/driver.ts";

const ROOT = import.meta.dirname;
const SAMPLES = path.join(ROOT, "samples");
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

let local: LocalNeo4j | undefined;

async function main() {
  let connection: Neo4jConnection | null = connectionFromEnv();
  if (connection) {
    console.log(`Using the Neo4j at ${connection.uri} (NEO4J_URI).`);
  } else {
    const options = localServerOptionsFromEnv();
    console.log(`Starting the local Neo4j 5.26 on bolt://127.0.0.1:${options.port} (data in ${options.home})…`);
    local = await startLocalNeo4j({
      ...options,
      onOutput: (line) => {
        if (!line.startsWith("KETNOI_NEO4J_READY")) console.log(line);
      },
    });
    connection = { uri: local.uri, username: local.username, password: local.password };
    console.log(`Neo4j is up (${elapsed()}).`);
  }

  const driver = await openDriver(connection);
  try {
    await applySchema(driver, connection.database);
    const files = collectFiles([SAMPLES]);
    const result = await loadDocuments(files, { driver, database: connection.database });
    const d = result.documents;
    // "read again" covers documents an earlier version of the extractor read (and changed files).
    const outcome = `${d.added} added, ${d.replaced} read again, ${d.unchanged} unchanged`;
    console.log(`Loaded ${result.loaded} sample document(s) (${outcome}): ${result.graph.nodes.length} entities, ${result.graph.edges.length} relationships (${elapsed()}).`);
    for (const failure of result.failed) console.error(`failed: ${failure.path}: ${failure.reason}`);
  } finally {
    await driver.close();
  }

  // The page asks the app server where Neo4j is; it answers from this environment.
  process.env.NEO4J_URI = connection.uri;
  process.env.NEO4J_USERNAME = connection.username;
  process.env.NEO4J_PASSWORD = connection.password;
  if (connection.database) process.env.NEO4J_DATABASE = connection.database;

  const server = await createServer({ configFile: path.join(ROOT, "vite.config.ts"), server: { port: Number(process.env.PORT) || 5173 } });
  await server.listen();
  console.log(`\nKetnoi is ready at ${server.resolvedUrls?.local[0]} (${elapsed()}). Ctrl-C stops it${local ? " and the local Neo4j" : ""}.`);

  let stopping = false;
  const shutdown = async () => {
    stopping = true;
    console.log("\nStopping…");
    await server.close();
    await local?.stop();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  if (local) {
    const code = await local.exited;
    if (stopping) return;
    console.error(`The local Neo4j stopped (exit ${code}); see ${path.join(local.home, "logs", "debug.log")}.`);
    await server.close();
    process.exit(1);
  }
}

main().catch(async (error) => {
  const known = error instanceof LocalNeo4jError || error instanceof Neo4jConnectionError;
  console.error(known ? error.message : error);
  await local?.stop();
  process.exit(1);
});
