/**
 * A Vite plugin that tells the page where Neo4j is, read from the environment of the
 * process serving it (npm start sets it): the browser then connects to Neo4j directly.
 * The dev server listens on loopback only, so the local password stays on this machine.
 */
import type { Plugin } from "vite";
import { LOCAL_DEFAULTS } from "../../neo4j/local-server.ts";
import { CONNECTION_CONFIG_PATH, type ConnectionConfig } from "../lib/connection-config.ts";

export function connectionFromProcessEnv(env: Record<string, string | undefined> = process.env): ConnectionConfig {
  const port = env.KETNOI_NEO4J_PORT || String(LOCAL_DEFAULTS.port);
  return {
    uri: env.NEO4J_URI || `bolt://127.0.0.1:${port}`,
    username: env.NEO4J_USERNAME || LOCAL_DEFAULTS.username,
    password: env.NEO4J_URI ? (env.NEO4J_PASSWORD ?? "") : env.NEO4J_PASSWORD || LOCAL_DEFAULTS.password,
    ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
  };
}

export function serveConnectionConfig(): Plugin {
  const handler = (_req: unknown, res: { setHeader(k: string, v: string): void; end(body: string): void }) => {
    res.setHeader("Content-Type", "application/json");
    res.setHeader("Cache-Control", "no-store");
    res.end(JSON.stringify(connectionFromProcessEnv()));
  };
  return {
    name: "ketnoi-connection-config",
    configureServer(server) {
      server.middlewares.use(CONNECTION_CONFIG_PATH, handler);
    },
    configurePreviewServer(server) {
      server.middlewares.use(CONNECTION_CONFIG_PATH, handler);
    },
  };
}
