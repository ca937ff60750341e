/**
 * The explorer's speed in Chromium: from choosing a search result to its neighbourhood drawn
 * and laid out (against a local Neo4j loaded with the samples), and the median frame time of a
 * scripted pan and zoom over generated graphs of 1,000 and 5,000 elements: with the app's
 * settings, with the app's stylesheet but Cytoscape's default render options, and with
 * Cytoscape's plain defaults (no stylesheet: grey dots, straight edges, no labels). The ratios
 * are the figures; the machine is shared, so read them rather than the absolute times.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { collectFiles } from "../../graph-loader/collect-files.ts";
import { loadDocuments } from "../../graph-loader/load-documents.ts";
import { applySchema } from "../../graph-loader/neo4j/apply-schema.ts";
import { openDriver } from "../../graph-loader/neo4j/driver.ts";
import { freePort, startLocalNeo4j } from "../../neo4j/local-server.ts";
import { waitConnected } from "../browser/explorer-page.ts";
import { startAppServer } from "../setup/app-server.ts";
import { launchChromium, UNCAPPED_FRAME_RATE } from "../setup/chromium.ts";
import type { FrameBenchResult, FrameBenchSettings } from "./frame-time-page.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SEARCH_ROUNDS = 5;
const FRAMES = 240;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Milliseconds from pressing Enter on the first "lang son" result until the canvas is no longer busy. */
async function chooseToDrawn(browser: Browser, url: string): Promise<{ ms: number; nodes: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url);
    await waitConnected(page);
    await page.getByRole("combobox", { name: "Search entities" }).fill("lang son");
    await page.getByRole("option", { name: /^Lang Son/ }).first().waitFor();
    return await page.evaluate(
      () =>
        new Promise<{ ms: number; nodes: number }>((resolve) => {
          const input = document.querySelector('input[role="combobox"]')!;
          const canvas = document.querySelector("section.graph-canvas")!;
          let busy = false;
          let start = 0;
          const observer = new MutationObserver(() => {
            if (canvas.getAttribute("aria-busy") === "true") busy = true;
            else if (busy) {
              observer.disconnect();
              resolve({ ms: performance.now() - start, nodes: window.ketnoiCy!.nodes().length });
            }
          });
          observer.observe(canvas, { attributes: true, attributeFilter: ["aria-busy"] });
          start = performance.now();
          input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
        }),
    );
  } finally {
    await page.close();
  }
}

async function frameTimes(browser: Browser, url: string, elements: number, settings: FrameBenchSettings): Promise<FrameBenchResult> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url);
    await page.waitForFunction(() => typeof window.runFrameBench === "function", undefined, { timeout: 60_000 });
    return await page.evaluate((options) => window.runFrameBench!(options), { elements, settings, frames: FRAMES });
  } finally {
    await page.close();
  }
}

/** The variables startAppServer sets to tell the page where Neo4j is; later sections must not see ours. */
const CONNECTION_VARIABLES = ["NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"] as const;

export async function benchUi(): Promise<Record<string, string>> {
  const environment = CONNECTION_VARIABLES.map((name) => [name, process.env[name]] as const);
  const home = mkdtempSync(path.join(os.tmpdir(), "ketnoi-bench-neo4j-"));
  const server = await startLocalNeo4j({ port: await freePort(), home, heap: "1g" });
  let browser: Browser | undefined;
  let app: Awaited<ReturnType<typeof startAppServer>> | undefined;
  try {
    const connection = { uri: server.uri, username: server.username, password: server.password };
    const driver = await openDriver(connection);
    try {
      await applySchema(driver);
      await loadDocuments(collectFiles([path.join(ROOT, "samples")]), { driver });
    } finally {
      await driver.close();
    }
    app = await startAppServer(connection);
    browser = await launchChromium(UNCAPPED_FRAME_RATE);
    const figures: Record<string, string> = {};

    await chooseToDrawn(browser, app.url); // warm-up: Vite's first transforms, Neo4j's query plans
    const runs: { ms: number; nodes: number }[] = [];
    for (let i = 0; i < SEARCH_ROUNDS; i++) runs.push(await chooseToDrawn(browser, app.url));
    figures[`choose result → neighbourhood drawn (${runs[0]!.nodes} nodes, median of ${SEARCH_ROUNDS})`] = `${median(runs.map((r) => r.ms)).toFixed(0)} ms`;

    const page = new URL(`/@fs${path.join(ROOT, "test/bench/frame-time.html")}`, app.url).href;
    const show = (r: FrameBenchResult) => `${r.medianMs.toFixed(1)} ms (p95 ${r.p95Ms.toFixed(1)} ms)`;
    for (const elements of [1000, 5000]) {
      const app = await frameTimes(browser, page, elements, "app");
      const styleOnly = await frameTimes(browser, page, elements, "app-style-default-options");
      const plain = await frameTimes(browser, page, elements, "defaults");
      figures[`pan/zoom median frame, ${elements} elements, app settings`] = show(app);
      figures[`  ${elements}: app stylesheet, default render options`] = `${show(styleOnly)}: ${(styleOnly.medianMs / app.medianMs).toFixed(2)}× the app's`;
      figures[`  ${elements}: plain Cytoscape defaults (no stylesheet)`] = `${show(plain)}: ${(plain.medianMs / app.medianMs).toFixed(2)}× the app's`;
    }
    return figures;
  } finally {
    await browser?.close();
    await app?.server.close();
    await server.stop();
    rmSync(home, { recursive: true, force: true });
    for (const [name, value] of environment) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
