/** What a browser test does on the explorer's page, and reads back from what is drawn. */
import { createRequire } from "node:module";
import type { BrowserContext, Page } from "playwright-core";

/** Waits until the app says it is connected to Neo4j. */
export async function waitConnected(page: Page): Promise<void> {
  await page.locator('.connection-status[data-state="connected"]').waitFor({ timeout: 60_000 });
}

/** Waits until nothing is loading or being laid out, and at least `atLeast` nodes are visible. */
export async function waitCanvasIdle(page: Page, atLeast = 1): Promise<void> {
  await page.waitForFunction(
    (min) => {
      const canvas = document.querySelector('section.graph-canvas[aria-busy="false"]');
      return canvas !== null && (window.ketnoiCy?.nodes(":visible").length ?? 0) >= min;
    },
    atLeast,
    { timeout: 60_000 },
  );
}

/** Waits until the viewport has stopped moving (edges are not drawn while it moves). */
export async function waitStill(page: Page): Promise<void> {
  await page.waitForFunction(() => window.ketnoiCy !== undefined && !window.ketnoiCy.animated(), undefined, { timeout: 10_000 });
  await page.waitForTimeout(150);
}

export async function searchAndOpen(page: Page, text: string, optionName: RegExp | string, boxName = "Search entities"): Promise<void> {
  const box = page.getByRole("combobox", { name: boxName, exact: true });
  await box.fill(text);
  const option = page.getByRole("option", { name: optionName }).first();
  await option.waitFor();
  const options = await page.getByRole("option").allTextContents();
  const index = options.findIndex((o) => (typeof optionName === "string" ? o.includes(optionName) : optionName.test(o)));
  for (let i = 0; i <= index; i++) await box.press("ArrowDown");
  await box.press("Enter");
}

export interface Drawn {
  nodes: string[];
  edges: string[];
  selected: string[];
}

/** Ids of the nodes and edges a person can see on the canvas (not filtered, not hidden). */
export function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const cy = window.ketnoiCy!;
    const ids = (c: { map(f: (e: { id(): string }) => string): string[] }) => c.map((e) => e.id()).sort();
    return { nodes: ids(cy.nodes(":visible")), edges: ids(cy.edges(":visible")), selected: ids(cy.elements(":selected")) };
  });
}

/**
 * Opens a copied link in a second page, as the person it was sent to would, and waits until that
 * page has drawn it; the caller compares `drawn` on both.
 */
export async function openCopiedLink(context: BrowserContext, page: Page): Promise<Page> {
  const second = await context.newPage();
  await second.goto(page.url());
  await waitConnected(second);
  await waitCanvasIdle(second);
  return second;
}

export function nodeData(page: Page, id: string): Promise<Record<string, unknown>> {
  return page.evaluate((nodeId) => window.ketnoiCy!.getElementById(nodeId).data() as Record<string, unknown>, id);
}

/** Where an element is on the page, in CSS pixels: a node's centre or an edge's midpoint. */
export function screenPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((elementId) => {
    const cy = window.ketnoiCy!;
    const element = cy.getElementById(elementId);
    const box = cy.container()!.getBoundingClientRect();
    const point = element.isNode() ? element.renderedPosition() : (element as unknown as import("cytoscape").EdgeSingular).renderedMidpoint();
    return { x: box.left + point.x, y: box.top + point.y };
  }, id);
}

/** The serious and critical accessibility violations axe-core finds on the page. */
export async function seriousAxeViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  const require = createRequire(import.meta.url);
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

/** Collapses runs of white space and joins words broken across lines, as the loader's quotes do. */
export function normaliseText(text: string): string {
  return text.replace(/(\p{L})-\s*\n\s*(\p{L})/gu, "$1$2").replace(/\s+/g, " ").trim();
}
