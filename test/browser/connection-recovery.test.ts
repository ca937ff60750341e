/**
 * The journey of a Neo4j that goes away: the app connected to a server entered in the
 * connection dialog, the server stops, the user sees what happened where they are, the server
 * comes back, Retry, and the app works again. Runs its own extra local Neo4j to stop.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import type { ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectFiles } from "../../graph-loader/collect-files.ts";
import { loadDocuments } from "../../graph-loader/load-documents.ts";
import { applySchema } from "../../graph-loader/neo4j/apply-schema.ts";
import { openDriver } from "../../graph-loader/neo4j/driver.ts";
import { freePort, startLocalNeo4j, type LocalNeo4j } from "../../neo4j/local-server.ts";
import { SCREENSHOTS, startAppServer } from "../setup/app-server.ts";
import { launchChromium } from "../setup/chromium.ts";
import { testConnection } from "../setup/neo4j-test-db.ts";
import { waitConnected } from "./explorer-page.ts";

const SAMPLES = path.resolve(import.meta.dirname, "../../samples");

describe("when Neo4j stops and comes back", () => {
  let home: string;
  let port: number;
  let extra: LocalNeo4j | undefined;
  let app: { url: string; server: ViteDevServer };
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    home = mkdtempSync(path.join(os.tmpdir(), "ketnoi-extra-neo4j-"));
    port = await freePort();
    extra = await startLocalNeo4j({ port, home, heap: "512m" });
    const driver = await openDriver({ uri: extra.uri, username: extra.username, password: extra.password });
    try {
      await applySchema(driver);
      await loadDocuments(collectFiles([SAMPLES]), { driver });
    } finally {
      await driver.close();
    }
    app = await startAppServer(testConnection());
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.server.close();
    await extra?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it("says the server does not answer, in place, and recovers on Retry", { timeout: 300_000 }, async () => {
    await page.goto(app.url);
    await waitConnected(page);

    await page.getByRole("button", { name: "Connection" }).click();
    const dialog = page.getByRole("dialog", { name: "Connect to Neo4j" });
    await dialog.getByLabel("Address").fill(extra!.uri);
    await dialog.getByLabel("User").fill(extra!.username);
    await dialog.getByLabel("Password").fill(extra!.password);
    await dialog.getByRole("button", { name: "Connect" }).click();
    await waitConnected(page);
    expect(await page.getByRole("status").filter({ hasText: "Neo4j:" }).textContent()).toContain(extra!.uri);
    // The password is remembered nowhere but in memory.
    const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }));
    expect(stored).toContain(extra!.uri);
    expect(stored).not.toContain(extra!.password);
    expect(page.url()).not.toContain(extra!.password);

    const box = page.getByRole("combobox", { name: "Search entities" });
    await box.fill("lang son");
    await page.getByRole("option", { name: /^Lang Son/ }).first().waitFor();

    await extra!.stop();
    await box.fill("guangxi");
    const searchProblem = page.locator(".search-popup").getByRole("alert");
    await expect.poll(() => searchProblem.textContent(), { timeout: 30_000 }).toContain(`Neo4j at ${extra!.uri} does not answer`);
    const banner = page.locator(".connection-banner");
    await expect.poll(() => banner.textContent()).toContain("Not connected");
    expect(await page.locator(".connection-status").getAttribute("data-state")).toBe("failed");
    await page.screenshot({ path: path.join(SCREENSHOTS, "explorer-neo4j-down.png") });

    extra = await startLocalNeo4j({ port, home, heap: "512m" });
    await banner.getByRole("button", { name: "Retry" }).click();
    await waitConnected(page);
    await box.focus();
    await page.getByRole("option", { name: /^Guangxi/ }).first().waitFor({ timeout: 30_000 });
    expect(await page.locator(".connection-banner").count()).toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, "explorer-neo4j-recovered.png") });
  });
});
