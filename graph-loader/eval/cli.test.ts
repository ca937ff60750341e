import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ARTICLES = path.join(ROOT, "test/fixtures/articles");

/** npm run eval -- ARGS, as a user runs it. */
function evaluate(args: string[]) {
  const result = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["graph-loader/eval/cli.ts", ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

function noStackTrace(text: string) {
  expect(text).not.toMatch(/^\s+at /m);
}

describe("npm run eval", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "ketnoi-eval-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("scores a folder against a gold file, per type and overall, and exports the graph it scored", () => {
    const exported = path.join(dir, "graph.json");
    const run = evaluate(["--gold", path.join(ARTICLES, "articles.gold.json"), "--export", exported, ARTICLES]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Person\s+P \d\.\d{3}\s+R \d\.\d{3}\s+F1 \d\.\d{3}/m);
    expect(run.stdout).toMatch(/^entities\s+P/m);
    expect(run.stdout).toMatch(/^relations\s+P/m);
    const graph = JSON.parse(readFileSync(exported, "utf8")) as { elements: { nodes: unknown[] } };
    expect(graph.elements.nodes.length).toBeGreaterThan(0);
  });

  it("prints its usage for --help", () => {
    const run = evaluate(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Usage: npm run eval");
  });

  it.each([
    ["an unknown option", ["--nonsense"], /Unknown option '--nonsense'/],
    ["a path that does not exist", [path.join(ROOT, "no-such-folder")], /no-such-folder: no such file or folder/],
    ["a gold file that is not JSON", ["--gold", "BROKEN"], /cannot read the gold file/],
    ["a gold file without documents", ["--gold", "EMPTY"], /not a gold file: it has no "docs" list/],
  ])("names the problem with %s and exits 2, without a stack trace", (_, args, message) => {
    writeFileSync(path.join(dir, "broken.json"), "{ not json");
    writeFileSync(path.join(dir, "empty.json"), "{}");
    const resolved = args.map((a) => (a === "BROKEN" ? path.join(dir, "broken.json") : a === "EMPTY" ? path.join(dir, "empty.json") : a));
    const run = evaluate(resolved);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    noStackTrace(run.stderr);
  });
});
