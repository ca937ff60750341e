/**
 * One real Neo4j for the integration tests: NEO4J_URI when set, else the project's local
 * server on a free port with a throw-away data folder.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort, startLocalNeo4j } from "../../neo4j/local-server.ts";
import { connectionFromEnv, type Neo4jConnection } from "../../graph-loader/neo4j/connection.ts";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jConnection & { local: boolean; port: number; home: string };
  }
}

export default async function setup(project: TestProject) {
  const external = connectionFromEnv();
  if (external) {
    project.provide("neo4j", { ...external, local: false, port: 0, home: "" });
    return;
  }
  const home = mkdtempSync(path.join(os.tmpdir(), "ketnoi-test-neo4j-"));
  const port = await freePort();
  const server = await startLocalNeo4j({ port, home, heap: "1g" });
  project.provide("neo4j", { uri: server.uri, username: server.username, password: server.password, local: true, port, home });
  return async () => {
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  };
}
