import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../neo4j/local-server.ts";
import { freshDatabase, testConnection } from "../setup/neo4j-test-db.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SAMPLES = path.join(ROOT, "samples");

/** npm run load -- ARGS, as a user runs it, against `env`'s Neo4j. */
function load(args: string[], env: Record<string, string>) {
  const result = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["graph-loader/cli.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NEO4J_DATABASE: testConnection().database ?? "", ...env },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

function oneSentence(text: string) {
  expect(text.split("\n")).toHaveLength(1);
  expect(text).not.toMatch(/^\s+at /m);
  expect(text).toMatch(/\.$/);
}

describe("npm run load", () => {
  const { uri, username, password } = testConnection();
  const env = { NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password };
  let dir: string;

  beforeAll(async () => {
    await (await freshDatabase()).close();
    dir = mkdtempSync(path.join(os.tmpdir(), "ketnoi-cli-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("says in one sentence that the password is wrong, and exits non-zero", () => {
    const { code, stdout, stderr } = load([SAMPLES], { ...env, NEO4J_PASSWORD: "not-the-password" });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    oneSentence(stderr);
    expect(stderr).toMatch(/refused the user name or password|blocked logins after too many wrong passwords/);
  });

  it("says in one sentence that no server answers", async () => {
    const { code, stderr } = load([SAMPLES], { ...env, NEO4J_URI: `bolt://127.0.0.1:${await freePort()}` });
    expect(code).toBe(1);
    oneSentence(stderr);
    expect(stderr).toMatch(/^No Neo4j answers at bolt:\/\/127\.0\.0\.1:\d+/);
  });

  it("loads over neo4j://, skips unchanged files the second time, and sums up", () => {
    const neo4jScheme = { ...env, NEO4J_URI: uri.replace(/^bolt:/, "neo4j:") };
    const first = load([SAMPLES], neo4jScheme);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^\[1\/3\] added /m);
    expect(first.stdout).toMatch(/^Documents: +3 read · 3 added · 0 failed$/m);
    expect(first.stdout).toMatch(/^Relationships: +[1-9][\d,]* created · \d+ updated · 0 removed$/m);
    const second = load([SAMPLES], neo4jScheme);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^Documents: +3 read · 3 skipped \(unchanged\) · 0 failed$/m);
    expect(second.stdout).toMatch(/^Entities: +0 created · 0 updated · 0 removed$/m);
  });

  it("exits 1 and names the file and the reason when a document fails", () => {
    const broken = path.join(dir, "broken.txt");
    writeFileSync(broken, Buffer.from([0x4c, 0x61, 0x6e, 0x67, 0xff, 0xfe, 0x0a]));
    const { code, stdout } = load(["--dry-run", broken], env);
    expect(code).toBe(1);
    expect(stdout).toMatch(new RegExp(`^failed: ${broken.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: .*not valid UTF-8`, "m"));
  });

  it("prints what the extractor sees with --dump-segments, and names a file it cannot read", () => {
    const article = path.join(dir, "article.txt");
    writeFileSync(article, "Lạng Sơn tiếp đoàn Quảng Tây\n\nOn 6 May 2025, Chairman Ho Tien Thieu received the delegation. It was warm.\n");
    const dumped = load(["--dump-segments", article], {});
    expect(dumped.code).toBe(0);
    expect(dumped.stdout).toContain("On 6 May 2025, Chairman Ho Tien Thieu received the delegation.");
    expect(dumped.stdout).toMatch(/\bvi\b[\s\S]*\ben\b/);
    const missing = load(["--dump-segments", path.join(dir, "nowhere.txt")], {});
    expect(missing.code).toBe(1);
    const said = missing.stderr.split("\n").filter((line) => !line.startsWith("npm warn"));
    expect(said).toEqual([`${path.join(dir, "nowhere.txt")}: file not found. Check the path and the working directory`]);
  });

  it("rejects a bad --batch-size with exit code 2", () => {
    expect(load(["--batch-size", "zero", SAMPLES], env).code).toBe(2);
  });
});
