/** The web app served by Vite inside the test process, pointed at the test Neo4j. */
import path from "node:path";
import { createServer, type ViteDevServer } from "vite";
import type { Neo4jConnection } from "../../graph-loader/neo4j/connection.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

export async function startAppServer(connection: Neo4jConnection): Promise<{ url: string; server: ViteDevServer }> {
  // The app asks the server where Neo4j is; the server answers from this environment.
  process.env.NEO4J_URI = connection.uri;
  process.env.NEO4J_USERNAME = connection.username;
  process.env.NEO4J_PASSWORD = connection.password;
  if (connection.database) process.env.NEO4J_DATABASE = connection.database;
  const server = await createServer({
    configFile: path.join(ROOT, "vite.config.ts"),
    server: { port: 0, strictPort: false, hmr: false },
    logLevel: "warn",
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("The Vite server did not report a local URL");
  return { url, server };
}

export const SCREENSHOTS = path.join(ROOT, "test", "output");
