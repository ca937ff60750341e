import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver, ManagedTransaction, SessionConfig } from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { loadDocuments } from "../../graph-loader/load-documents.ts";
import { applySchema } from "../../graph-loader/neo4j/apply-schema.ts";
import { Neo4jConnectionError, openDriver } from "../../graph-loader/neo4j/driver.ts";
import { extractDocument } from "../../graph-loader/pipeline.ts";
import { freePort, startLocalNeo4j, type LocalNeo4j } from "../../neo4j/local-server.ts";
import { appFacingContents, checksum, expectedContents, freshDatabase, killLocalNeo4j, testConnection } from "../setup/neo4j-test-db.ts";
import { writeNewsCorpus } from "./generated-documents.ts";

/**
 * The driver, except that the `statement`-th statement of the `transaction`-th write transaction
 * first calls `kill`: a crash with part of a transaction written.
 */
function killingDriver(driver: Driver, at: { transaction: number; statement: number; done: boolean }, kill: () => void): Driver {
  let transactions = 0;
  const bound = <T extends object>(target: T, prop: string | symbol) => {
    const value = Reflect.get(target, prop) as unknown;
    return typeof value === "function" ? value.bind(target) : value;
  };
  return new Proxy(driver, {
    get(target, prop) {
      if (prop !== "session") return bound(target, prop);
      return (config?: SessionConfig) => {
        const session = target.session(config);
        return new Proxy(session, {
          get(s, p) {
            if (p !== "executeWrite") return bound(s, p);
            return <T>(work: (tx: ManagedTransaction) => Promise<T>) =>
              s.executeWrite((tx) => {
                const transaction = ++transactions;
                let statements = 0;
                const run: ManagedTransaction["run"] = (query, parameters) => {
                  if (transaction === at.transaction && ++statements === at.statement) {
                    at.done = true;
                    kill();
                  }
                  return tx.run(query, parameters);
                };
                return work({ run } as ManagedTransaction);
              });
          },
        });
      };
    },
  });
}

/**
 * A second Neo4j of this test's own, killed with SIGKILL in the middle of a load and started
 * again on the same data folder: the documents it committed are whole, and running the same load
 * again ends with the same graph as a load that was never interrupted.
 */
describe.skipIf(!testConnection().local)("a load interrupted by a killed Neo4j", () => {
  const home = mkdtempSync(path.join(os.tmpdir(), "ketnoi-killed-neo4j-"));
  const files = writeNewsCorpus(path.join(home, "..", `${path.basename(home)}-corpus`), 60);
  const started: LocalNeo4j[] = [];
  const drivers: Driver[] = [];
  const start = async () => {
    const server = await startLocalNeo4j({ port: await freePort(), home, heap: "1g" });
    started.push(server);
    // Retries give up after a second, so the lost server is reported at once.
    const driver = await openDriver({ uri: server.uri, username: server.username, password: server.password }, { maxTransactionRetryTime: 1000 });
    drivers.push(driver);
    return { server, driver };
  };

  afterAll(async () => {
    for (const driver of drivers) await driver.close().catch(() => {});
    for (const server of started) await server.stop();
    rmSync(home, { recursive: true, force: true });
    rmSync(path.dirname(files[0]!), { recursive: true, force: true });
  });

  it("leaves whole documents only, and a second run converges to the uninterrupted graph", { timeout: 400_000 }, async () => {
    const reference = await freshDatabase();
    try {
      expect((await loadDocuments(files, { driver: reference, database: testConnection().database })).failed).toEqual([]);
    } finally {
      await reference.close().catch(() => {});
    }
    const uninterrupted = await checksum(await openDriver(testConnection()).then((d) => (drivers.push(d), d)));

    const first = await start();
    await applySchema(first.driver);
    // Killed in the middle of the fourth transaction, after its documents and entities were written.
    const kill = { transaction: 4, statement: 12, done: false };
    const interrupted = loadDocuments(files, {
      driver: killingDriver(first.driver, kill, () => killLocalNeo4j(home)),
      batchSize: 150,
    });
    await expect(interrupted).rejects.toThrow(Neo4jConnectionError);
    await expect(interrupted).rejects.toThrow(/run the same command again/);
    expect(kill.done).toBe(true);
    await first.server.exited;

    const second = await start();
    const { records } = await second.driver.executeQuery("MATCH (d:Document) RETURN d.path AS path ORDER BY path");
    const written = records.map((r) => r.get("path") as string);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(files.length);
    // Every document that survived the crash is whole: the graph is exactly theirs.
    expect(await appFacingContents(second.driver, undefined)).toEqual(expectedContents(await Promise.all(written.map(extractDocument))));

    const rerun = await loadDocuments(files, { driver: second.driver });
    expect(rerun.failed).toEqual([]);
    expect(rerun.documents.unchanged).toBe(written.length);
    expect(rerun.documents.added).toBe(files.length - written.length);
    expect(await checksum(second.driver, undefined)).toEqual(uninterrupted);
  });
});
