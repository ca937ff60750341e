import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { Browser, Page } from "playwright-core";
import type { ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectFiles } from "../../graph-loader/collect-files.ts";
import { loadDocuments } from "../../graph-loader/load-documents.ts";
import { SCREENSHOTS, startAppServer } from "../setup/app-server.ts";
import { launchChromium } from "../setup/chromium.ts";
import { freshDatabase, testConnection } from "../setup/neo4j-test-db.ts";

const SAMPLES = path.resolve(import.meta.dirname, "../../samples");

describe("the explorer in Chromium against the loaded Neo4j", () => {
  let driver: Driver;
  let app: { url: string; server: ViteDevServer };
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    driver = await freshDatabase();
    await loadDocuments(collectFiles([SAMPLES]), { driver, database: testConnection().database });
    app = await startAppServer(testConnection());
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.server.close();
    await driver?.close();
  });

  it("draws the entities of the database as nodes", async () => {
    const { records } = await driver.executeQuery("MATCH (n:Entity) RETURN count(n) AS n", {}, { database: testConnection().database });
    const entities = Number(records[0]!.get("n"));
    expect(entities).toBeGreaterThan(0);

    await page.goto(app.url);
    await page.waitForFunction(() => (window.ketnoiCy?.nodes().length ?? 0) > 0, undefined, { timeout: 60_000 });
    const drawn = await page.evaluate(() => window.ketnoiCy!.nodes().length);
    expect(drawn).toBe(Math.min(entities, 300));
  });

  it("shows a node's details when it is clicked", async () => {
    const target = await page.evaluate(() => {
      const cy = window.ketnoiCy!;
      const node = cy.nodes('[label = "Person"]').first();
      const box = cy.container()!.getBoundingClientRect();
      const pos = node.renderedPosition();
      return { name: node.data("name") as string, id: node.id(), x: box.left + pos.x, y: box.top + pos.y };
    });
    await page.mouse.click(target.x, target.y);
    const panel = page.getByRole("complementary", { name: "Details" });
    await expect.poll(() => panel.locator("h2").textContent()).toBe(target.name);
    expect(await panel.textContent()).toContain(target.id);
    await page.screenshot({ path: path.join(SCREENSHOTS, "explorer-node-details.png") });
  });
});
