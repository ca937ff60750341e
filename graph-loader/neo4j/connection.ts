/**
 * Where Neo4j is: the env vars Neo4j's own tools use (NEO4J_URI, NEO4J_USERNAME,
 * NEO4J_PASSWORD, NEO4J_DATABASE), else the local server the project starts.
 */
import { LOCAL_DEFAULTS, type LocalNeo4jOptions } from "../../neo4j/local-server.ts";

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  /** Undefined means the server's default database. */
  database?: string;
}

type Env = Record<string, string | undefined>;

/** The connection NEO4J_URI names, or null when it is unset (the caller starts the local server). */
export function connectionFromEnv(env: Env = process.env): Neo4jConnection | null {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return null;
  return {
    uri,
    username: env.NEO4J_USERNAME ?? LOCAL_DEFAULTS.username,
    password: env.NEO4J_PASSWORD ?? "",
    database: env.NEO4J_DATABASE?.trim() || undefined,
  };
}

/** Options for the local server: KETNOI_NEO4J_PORT, KETNOI_NEO4J_HOME, and the credentials above. */
export function localServerOptionsFromEnv(env: Env = process.env): LocalNeo4jOptions {
  const port = env.KETNOI_NEO4J_PORT ? Number(env.KETNOI_NEO4J_PORT) : LOCAL_DEFAULTS.port;
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`KETNOI_NEO4J_PORT must be a port number (1-65535), got "${env.KETNOI_NEO4J_PORT}".`);
  }
  return {
    port,
    home: env.KETNOI_NEO4J_HOME || LOCAL_DEFAULTS.home,
    username: env.NEO4J_USERNAME || LOCAL_DEFAULTS.username,
    password: env.NEO4J_PASSWORD || LOCAL_DEFAULTS.password,
    heap: env.KETNOI_NEO4J_HEAP || undefined,
  };
}
