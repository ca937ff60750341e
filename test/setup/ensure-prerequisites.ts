/**
 * Run by `npm test` before Vitest: gets what the tests need on a fresh machine — the Maven
 * build of the local Neo4j, and Debian's Chromium for the browser tests — or says how.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { buildLocalNeo4j, LocalNeo4jError } from "../../neo4j/local-server.ts";
import { chromiumPath } from "./chromium.ts";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!process.env.NEO4J_URI) {
  try {
    buildLocalNeo4j((line) => console.log(line));
  } catch (error) {
    fail(error instanceof LocalNeo4jError ? error.message : String(error));
  }
}

if (!existsSync(chromiumPath())) {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) {
    fail(`The browser tests need Chromium at ${chromiumPath()}: install it with "sudo apt-get install -y chromium" (or point KETNOI_CHROMIUM at a Chromium binary).`);
  }
  console.log("Installing Debian's chromium for the browser tests (apt-get install -y chromium)…");
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  const install = update.status === 0 ? spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }) : update;
  if (install.status !== 0 || !existsSync(chromiumPath())) {
    fail(`Could not install Chromium with apt-get (exit ${install.status}): install the Debian package "chromium" by hand.`);
  }
}
