/**
 * The Neo4j a bench writes into: NEO4J_URI when set (its database is emptied by the bench, as by
 * npm test), else the project's local server on a free port with a throw-away home and 2 GB heap.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { connectionFromEnv } from "../../graph-loader/neo4j/connection.ts";
import { openDriver } from "../../graph-loader/neo4j/driver.ts";
import { freePort, startLocalNeo4j } from "../../neo4j/local-server.ts";

export interface BenchNeo4j {
  driver: Driver;
  database: string | undefined;
  /** Closes the driver, and stops and removes the local server when the bench started one. */
  close(): Promise<void>;
}

export async function openBenchNeo4j(): Promise<BenchNeo4j> {
  const external = connectionFromEnv();
  if (external) {
    const driver = await openDriver(external);
    return { driver, database: external.database, close: () => driver.close() };
  }
  const home = mkdtempSync(path.join(os.tmpdir(), "ketnoi-bench-neo4j-"));
  const server = await startLocalNeo4j({ port: await freePort(), home, heap: "2g" });
  try {
    const driver = await openDriver({ uri: server.uri, username: server.username, password: server.password });
    return {
      driver,
      database: undefined,
      async close() {
        await driver.close();
        await server.stop();
        rmSync(home, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server.stop();
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
}
