/**
 * The explorer served by Vite against the samples database, in Chromium, for the browser
 * journeys: one app and browser per suite, a fresh browser context and page per test.
 */
import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { ViteDevServer } from "vite";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { SCREENSHOTS, startAppServer } from "./app-server.ts";
import { launchChromium } from "./chromium.ts";
import { testConnection } from "./neo4j-test-db.ts";
import { useSamplesDatabase, type SamplesDatabase } from "./samples-database.ts";

export interface ExplorerInChromium extends SamplesDatabase {
  /** The app's address. */
  readonly url: string;
  /** This test's own context (a second page in it shares nothing with other tests) and first page. */
  readonly context: BrowserContext;
  readonly page: Page;
}

/** Registers the suite's hooks; the samples are loaded before the app starts, and outlive it. */
export function useExplorerInChromium(viewport: { width: number; height: number }): ExplorerInChromium {
  const samples = useSamplesDatabase();
  let app: { url: string; server: ViteDevServer } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    app = await startAppServer(testConnection());
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  beforeEach(async () => {
    context = await browser!.newContext({ viewport });
    page = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.server.close();
  });

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The ${what} is not ready: use it in tests, not while the suite is collected.`);
    return value;
  };
  return {
    get driver() {
      return samples.driver;
    },
    database: samples.database,
    read: samples.read,
    get url() {
      return ready(app, "app server").url;
    },
    get context() {
      return ready(context, "browser context");
    },
    get page() {
      return ready(page, "page");
    },
  };
}
