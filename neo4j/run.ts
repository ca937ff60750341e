/** `npm run neo4j`: the local Neo4j in the foreground until Ctrl-C. */
import { LOCAL_DEFAULTS, LocalNeo4jError, startLocalNeo4j } from "./local-server.ts";
import { localServerOptionsFromEnv } from "../graph-loader/neo4j/connection.ts";

try {
  const options = localServerOptionsFromEnv();
  const server = await startLocalNeo4j({ ...options, onOutput: (line) => console.log(line) });
  console.log(`Neo4j is up at ${server.uri} (user ${server.username}, data in ${server.home}). Ctrl-C stops it.`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const code = await server.exited;
  process.exit(code ?? 0);
} catch (error) {
  console.error(error instanceof LocalNeo4jError ? error.message : error);
  console.error(`(local defaults: port ${LOCAL_DEFAULTS.port}, user ${LOCAL_DEFAULTS.username})`);
  process.exit(1);
}
