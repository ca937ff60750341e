/**
 * The explorer's journeys in Chromium against the real Neo4j loaded with the samples: each
 * starts from a fresh page and checks what is drawn and listed against the database.
 */
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { SCREENSHOTS } from "../setup/app-server.ts";
import { useExplorerInChromium } from "../setup/explorer-in-chromium.ts";
import { drawn, nodeData, normaliseText, screenPoint, searchAndOpen, seriousAxeViolations, waitCanvasIdle, waitConnected } from "./explorer-page.ts";

const LANG_SON = "province:vn:lang-son";

describe("the explorer in Chromium against the loaded Neo4j", () => {
  const chromium = useExplorerInChromium({ width: 1280, height: 800 });
  let context: BrowserContext;
  let page: Page;
  beforeEach(() => {
    ({ context, page } = chromium);
  });

  async function query<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    const { records } = await chromium.driver.executeQuery(cypher, params, { database: chromium.database });
    return records.map((r) => r.toObject() as T);
  }

  /** The entity neighbours of an entity, as the app counts them. */
  async function neighbourIds(id: string): Promise<string[]> {
    const rows = await query<{ id: string }>("MATCH (:Entity {id: $id})--(m:Entity) RETURN DISTINCT m.id AS id", { id });
    return rows.map((r) => r.id).filter((x) => x !== id);
  }

  async function open(search = ""): Promise<void> {
    await page.goto(`${chromium.url}${search}`);
    await waitConnected(page);
  }

  it("finds an entity typed without diacritics and draws it with its neighbours", async () => {
    await open();
    const box = page.getByRole("combobox", { name: "Search entities" });
    await box.fill("so ngoai vu lang son");
    // One organisation, named in English with the Vietnamese name beside it.
    await expect.poll(() => page.getByRole("option").allTextContents()).toContainEqual(expect.stringMatching(/^Lang Son Department of Foreign AffairsSở Ngoại vụ/));

    await searchAndOpen(page, "tran hong ha", /^Tran Hong Ha/);
    const person = "person:tran-hong-ha";
    const neighbours = await neighbourIds(person);
    expect(neighbours.length).toBeGreaterThan(0);
    await waitCanvasIdle(page, neighbours.length + 1);

    const shown = await drawn(page);
    expect(shown.nodes).toEqual([person, ...neighbours].sort());
    expect(shown.selected).toEqual([person]);
    const edges = await query<{ id: string }>("MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids RETURN r.id AS id", { ids: shown.nodes });
    expect(shown.edges).toEqual(edges.map((e) => e.id).sort());
    const panel = page.getByRole("complementary", { name: "Details" });
    await expect.poll(() => panel.getByRole("heading", { level: 2 }).textContent()).toBe("Tran Hong Ha");
    expect(await panel.textContent()).toContain("Trần Hồng Hà");
    await page.screenshot({ path: path.join(SCREENSHOTS, "explorer-search-open.png") });
  });

  it("expands a large neighbourhood a page at a time, showing how many are left", async () => {
    const total = (await neighbourIds(LANG_SON)).length;
    expect(total).toBeGreaterThan(9);
    await open("?limit=3");
    await searchAndOpen(page, "lang son", /^Lang Son/);
    await waitCanvasIdle(page, 4);
    expect((await drawn(page)).nodes).toHaveLength(4);
    await expect.poll(async () => (await nodeData(page, LANG_SON)).caption).toBe(`Lang Son\n+${total - 3} more`);

    await page.getByRole("button", { name: "Load 3 more" }).click();
    await waitCanvasIdle(page, 7);
    expect((await drawn(page)).nodes).toHaveLength(7);
    await expect.poll(async () => (await nodeData(page, LANG_SON)).caption).toBe(`Lang Son\n+${total - 6} more`);

    const centre = await screenPoint(page, LANG_SON);
    await page.mouse.dblclick(centre.x, centre.y);
    await waitCanvasIdle(page, 10);
    expect((await drawn(page)).nodes).toHaveLength(10);
    await expect.poll(async () => (await nodeData(page, LANG_SON)).caption).toBe(`Lang Son\n+${total - 9} more`);
    expect(new URL(page.url()).searchParams.getAll("x")).toEqual([`9~~${LANG_SON}`]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "explorer-expand-more.png") });
  });

  it("filters the canvas and the next expansion by kind of entity and by date", async () => {
    await open();
    await searchAndOpen(page, "lang son", /^Lang Son/);
    await waitCanvasIdle(page, 10);
    const kinds = () => page.evaluate(() => window.ketnoiCy!.nodes(":visible").map((n) => n.data("label") as string));
    expect(await kinds()).toContain("Person");

    await page.getByRole("group", { name: "Entities" }).getByRole("checkbox", { name: "Person" }).uncheck();
    await expect.poll(kinds).not.toContain("Person");
    expect((await kinds()).length).toBeGreaterThan(5);

    const eventDates = () => page.evaluate(() => window.ketnoiCy!.nodes('[label = "Event"]:visible').map((n) => String(n.data("date") ?? "")));
    expect((await eventDates()).some((d) => d !== "" && d < "2025")).toBe(true);
    await page.getByLabel("From").fill("2025-01-01");
    await expect.poll(async () => (await eventDates()).filter((d) => d !== "" && d < "2025")).toEqual([]);
    expect(new URL(page.url()).searchParams.get("from")).toBe("2025-01-01");
    expect(new URL(page.url()).searchParams.get("labels")).not.toContain("Person");

    // The next expansion fetches no people either.
    const people = () => page.evaluate(() => window.ketnoiCy!.nodes('[label = "Person"]').length);
    const peopleBefore = await people();
    const before = (await drawn(page)).nodes.length;
    const vietnam = await screenPoint(page, "country:vn");
    await page.mouse.dblclick(vietnam.x, vietnam.y);
    await waitCanvasIdle(page, before + 1);
    expect((await drawn(page)).nodes.length).toBeGreaterThan(before);
    expect(await people()).toBe(peopleBefore);
    await page.screenshot({ path: path.join(SCREENSHOTS, "explorer-filters.png") });
  });

  it("shows where a relationship comes from and opens its source sentence, highlighted", async () => {
    await open();
    await searchAndOpen(page, "bui thanh son", /^Bui Thanh Son/);
    await waitCanvasIdle(page, 2);
    const [edge] = await query<{ id: string; quotes: string[] }>(
      "MATCH (:Person {id: 'person:bui-thanh-son'})-[r:MET]-(:Person {id: 'person:choi-youngsam'}) RETURN r.id AS id, r.evidenceQuotes AS quotes",
    );
    expect(edge).toBeDefined();
    await page.evaluate((id) => {
      const cy = window.ketnoiCy!;
      cy.fit(cy.getElementById(id).connectedNodes(), 200);
    }, edge!.id);
    const midpoint = await screenPoint(page, edge!.id);
    await page.mouse.click(midpoint.x, midpoint.y);
    await expect.poll(async () => (await drawn(page)).selected).toEqual([edge!.id]);

    const panel = page.getByRole("complementary", { name: "Details" });
    await expect.poll(() => panel.getByRole("heading", { level: 2 }).textContent()).toBe("Bui Thanh Son → Choi Youngsam");
    expect(await panel.getByRole("region", { name: "Why Ketnoi believes it" }).textContent()).toContain("same meeting");
    const sources = panel.getByRole("region", { name: `Source sentences (${edge!.quotes.length})` });
    expect(await sources.locator("blockquote").allTextContents()).toEqual(edge!.quotes);
    expect(await panel.getByRole("region", { name: "Rests on" }).getByRole("listitem").count()).toBeGreaterThan(0);

    await sources.getByRole("button", { name: "Open in reader" }).nth(1).click();
    const reader = page.getByRole("region", { name: "Source document" });
    const mark = reader.locator("mark");
    await mark.waitFor();
    expect(normaliseText((await mark.textContent()) ?? "")).toBe(normaliseText(edge!.quotes[1]!));
    await expect.poll(() => mark.evaluate((m) => {
      const box = m.getBoundingClientRect();
      const view = m.closest(".document-text")!.getBoundingClientRect();
      return box.top >= view.top && box.bottom <= view.bottom;
    })).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, "explorer-edge-reader.png") });
  });

  it("reopens a shared link with the same entities, filters, layout and selection", async () => {
    await open("?limit=8");
    await searchAndOpen(page, "lang son", /^Lang Son/);
    await waitCanvasIdle(page, 9);
    await page.getByRole("group", { name: "Entities" }).getByRole("checkbox", { name: "Event" }).uncheck();
    await page.getByLabel("Layout").selectOption("concentric");
    await waitCanvasIdle(page);
    const guangxi = await screenPoint(page, "province:cn:guangxi");
    await page.mouse.click(guangxi.x, guangxi.y);
    await expect.poll(async () => (await drawn(page)).selected).toEqual(["province:cn:guangxi"]);
    const before = await drawn(page);
    const url = page.url();
    expect(new URL(url).searchParams.get("node")).toBe("province:cn:guangxi");

    const second = await context.newPage();
    await second.goto(url);
    await waitConnected(second);
    await waitCanvasIdle(second, before.nodes.length);
    expect(await drawn(second)).toEqual(before);
    expect(await second.getByLabel("Layout").inputValue()).toBe("concentric");
    expect(await second.getByRole("group", { name: "Entities" }).getByRole("checkbox", { name: "Event" }).isChecked()).toBe(false);
    await expect.poll(() => second.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2 }).textContent()).toBe("Guangxi");
    await expect.poll(async () => (await nodeData(second, LANG_SON)).caption).toBe((await nodeData(page, LANG_SON)).caption);
    await second.screenshot({ path: path.join(SCREENSHOTS, "explorer-shared-link.png") });
  });

  it("switches the interface and the names to Vietnamese, and remembers it", async () => {
    await open();
    await searchAndOpen(page, "lang son", /^Lang Son/);
    await waitCanvasIdle(page, 2);
    await page.getByRole("button", { name: /Tiếng Việt/ }).click();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("vi");
    expect(await page.getByRole("complementary", { name: "Bộ lọc" }).getByRole("group", { name: "Thực thể" }).isVisible()).toBe(true);
    await expect.poll(async () => String((await nodeData(page, LANG_SON)).caption).split("\n")[0]).toBe("Lạng Sơn");
    expect(String((await nodeData(page, "country:vn")).caption)).toBe("Việt Nam");
    await expect.poll(() => page.getByRole("complementary", { name: "Chi tiết" }).getByRole("heading", { level: 2 }).textContent()).toBe("Lạng Sơn");
    await page.screenshot({ path: path.join(SCREENSHOTS, "explorer-vietnamese.png") });

    await page.reload();
    await waitConnected(page);
    expect(await page.getByRole("combobox", { name: "Tìm thực thể" }).isVisible()).toBe(true);
    await page.getByRole("button", { name: /English/ }).click();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");
  });

  it("has no serious or critical accessibility violations on the main screen", async () => {
    await open();
    await searchAndOpen(page, "lang son", /^Lang Son/);
    await waitCanvasIdle(page, 2);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole("combobox", { name: "Search entities" }).fill("guangxi");
    await page.getByRole("option", { name: /^Guangxi/ }).first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "explorer-main.png") });
  });
});
