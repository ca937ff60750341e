/**
 * The views that answer users' questions, in Chromium against the real Neo4j loaded with the
 * samples: each journey asks its question in the app and checks what is drawn and listed against
 * the same question asked of the database with the cypher/read/ file.
 */
import path from "node:path";
import neo4j, { type Node, type Relationship } from "neo4j-driver";
import type { BrowserContext, Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { SCREENSHOTS } from "../setup/app-server.ts";
import { useExplorerInChromium } from "../setup/explorer-in-chromium.ts";
import { drawn, normaliseText, openCopiedLink, screenPoint, searchAndOpen, seriousAxeViolations, waitCanvasIdle, waitConnected, waitStill } from "./explorer-page.ts";

describe("the question views in Chromium against the loaded Neo4j", () => {
  const chromium = useExplorerInChromium({ width: 1400, height: 860 });
  let context: BrowserContext;
  let page: Page;
  beforeEach(() => {
    ({ context, page } = chromium);
  });

  /** Asks the database a question from cypher/read/, as the app does. */
  const ask = (name: string, params: Record<string, unknown>) => chromium.read(name, params);

  async function open(search = ""): Promise<void> {
    await page.goto(`${chromium.url}${search}`);
    await waitConnected(page);
  }

  const idsOf = (items: (Node | Relationship)[]) => [...new Set(items.map((x) => String(x.properties.id)))].sort();
  const details = () => page.getByRole("complementary", { name: "Details" });

  it("who met whom: one person's meetings, the meetings behind a line with their sources, one country, everyone in a year", async () => {
    await open();
    await page.getByRole("navigation", { name: "Views" }).getByRole("button", { name: "Who met whom" }).click();
    const panel = page.getByRole("region", { name: "Who met whom" });
    await searchAndOpen(page, "nguyen van son", /^Nguyen Van Son/, "Person to start from");
    await expect.poll(() => panel.textContent()).toContain("Around Nguyen Van Son");
    await panel.getByRole("button", { name: "Show who met whom" }).click();

    const params = { personId: "person:nguyen-van-son", depth: neo4j.int(1), from: null, to: null, country: null, limit: neo4j.int(500) };
    const [ego] = await ask("people-who-met", params);
    const people = idsOf(ego!.get("people") as Node[]);
    const meetings = ego!.get("meetings") as Relationship[];
    expect(people).toContain("person:viengthong-hatsachanh");
    await waitCanvasIdle(page, people.length);
    const shown = await drawn(page);
    expect(shown.nodes).toEqual(people);
    expect(shown.edges).toEqual(idsOf(meetings));

    const pairs = panel.getByRole("region", { name: /Pairs on the canvas/ }).getByRole("listitem");
    expect(await pairs.count()).toBe(idsOf(meetings).length);

    // The meetings behind one line, with who else was there and the sentences.
    const rows = await ask("meetings-between-people", { a: "person:nguyen-van-son", b: "person:viengthong-hatsachanh" });
    expect(rows.length).toBeGreaterThan(0);
    await pairs.filter({ hasText: "Viengthong Hatsachanh" }).getByRole("button").click();
    const list = details().getByRole("region", { name: /^Meetings of (Nguyen Van Son and Viengthong Hatsachanh|Viengthong Hatsachanh and Nguyen Van Son)$/ });
    await list.waitFor();
    const items = list.locator(".meeting");
    await expect.poll(() => items.count()).toBe(rows.length);
    const first = rows[0]!;
    const text = (await items.first().textContent()) ?? "";
    expect(text).toContain(String(first.get("type")));
    expect(text).toContain(String(first.get("date")));
    expect(text).toContain(String(first.get("place")));
    for (const other of first.get("others") as string[]) expect(text).toContain(other);
    const quotes = await items.first().locator("blockquote").allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    expect(first.get("quotes")).toEqual(expect.arrayContaining(quotes));
    await items.first().getByRole("button", { name: "Open in reader" }).first().click();
    const mark = page.getByRole("region", { name: "Source document" }).locator("mark");
    await mark.waitFor();
    expect(normaliseText((await mark.textContent()) ?? "")).toBe(normaliseText(quotes[0]!));
    await page.getByRole("button", { name: "Close reader" }).click();
    await waitStill(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, "views-who-met.png") });

    // One filter away: Ho Tien Thieu's meetings with people from China only.
    await searchAndOpen(page, "ho tien thieu", /^Ho Tien Thieu/, "Person to start from");
    await panel.getByLabel("With people from").selectOption("CN");
    await panel.getByRole("button", { name: "Show who met whom" }).click();
    const [china] = await ask("people-who-met", { ...params, personId: "person:ho-tien-thieu", country: "CN" });
    const chinese = idsOf(china!.get("people") as Node[]);
    expect(chinese).toContain("person:lan-tianli");
    await expect.poll(async () => (await drawn(page)).nodes).toEqual(chinese);
    const url = new URL(page.url());
    expect(url.searchParams.get("view")).toBe("met");
    expect(url.searchParams.get("person")).toBe("person:ho-tien-thieu");
    expect(url.searchParams.get("metCountry")).toBe("CN");

    // The shared link reopens the same view, question and drawing: the question asked again,
    // not its people with every relationship among them.
    await waitCanvasIdle(page);
    const second = await openCopiedLink(context, page);
    expect(await drawn(second)).toEqual(await drawn(page));
    expect((await drawn(second)).nodes).toEqual(chinese);
    expect(await second.getByRole("region", { name: "Who met whom" }).getByLabel("With people from").inputValue()).toBe("CN");
    expect(await second.getByRole("region", { name: "Who met whom" }).textContent()).toContain("Around Ho Tien Thieu");
    await second.close();

    // Everyone who met in 2024.
    await panel.getByRole("button", { name: "Everyone instead" }).click();
    await panel.getByLabel("With people from").selectOption("");
    await panel.getByLabel("Meetings from").fill("2024-01-01");
    await panel.getByLabel("Meetings until").fill("2024-12-31");
    await panel.getByRole("button", { name: "Show who met whom" }).click();
    const [year] = await ask("people-who-met", { ...params, personId: null, from: "2024-01-01", to: "2024-12-31" });
    const in2024 = idsOf(year!.get("people") as Node[]);
    expect(in2024).toContain("person:nguyen-van-son");
    expect(in2024).not.toContain("person:tran-hong-ha");
    await expect.poll(async () => (await drawn(page)).nodes).toEqual(in2024);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Everyone who met in May 2025, where some pairs met several times: lines are as wide as
    // their meetings are many.
    await panel.getByLabel("Meetings from").fill("2025-05-01");
    await panel.getByLabel("Meetings until").fill("2025-05-31");
    await panel.getByRole("button", { name: "Show who met whom" }).click();
    const [may] = await ask("people-who-met", { ...params, personId: null, from: "2025-05-01", to: "2025-05-31" });
    await expect.poll(async () => (await drawn(page)).edges).toEqual(idsOf(may!.get("meetings") as Relationship[]));
    await waitCanvasIdle(page);
    const widths = await page.evaluate(() =>
      window.ketnoiCy!.edges(":visible").map((e) => ({ count: Number(e.data("count") ?? 1), width: e.numericStyle("width") })),
    );
    expect(new Set(widths.map((w) => w.count)).size).toBeGreaterThan(1);
    for (const a of widths) for (const b of widths) if (a.count > b.count) expect(a.width).toBeGreaterThan(b.width);
  });

  it("partner network: Lang Son's partners by strongest tie and by country, the agreements behind a line, one country's network", async () => {
    await open("?view=partners");
    const panel = page.getByRole("region", { name: "Partner network" });
    await searchAndOpen(page, "lang son", /^Lang Son/, "Place to start from");
    await expect.poll(() => panel.textContent()).toContain("Partners of Lang Son");
    await panel.getByRole("button", { name: "Show the partner network" }).click();

    const params = { placeId: "province:vn:lang-son", country: null, limit: neo4j.int(500) };
    const records = await ask("partner-network", params);
    const places = [...new Set(records.flatMap((r) => [r.get("a") as Node, r.get("b") as Node]).map((n) => String(n.properties.id)))].sort();
    const ties = new Map(records.map((r) => [String((r.get("p") as Relationship).properties.id), Number((r.get("p") as Relationship).properties.strength)]));
    expect(places).toContain("province:cn:guangxi");
    await waitCanvasIdle(page, places.length);
    const shown = await drawn(page);
    expect(shown.nodes).toEqual(places);
    expect(shown.edges).toEqual([...ties.keys()].sort());
    expect(records.length).toBe(ties.size);

    // Lines by their strongest tie; places in their country's colour.
    const look = await page.evaluate(() => ({
      edges: window.ketnoiCy!.edges().map((e) => [e.id(), e.style("line-style")] as const),
      colour: Object.fromEntries(window.ketnoiCy!.nodes().map((n) => [n.id(), n.style("background-color")])),
    }));
    const expectedLine = (strength: number) => (strength >= 3 ? "solid" : strength === 2 ? "dashed" : "dotted");
    expect(new Set([...ties.values()]).size).toBeGreaterThan(1);
    for (const [id, line] of look.edges) expect(line).toBe(expectedLine(ties.get(id)!));
    expect(look.colour["province:vn:lang-son"]).toBe(look.colour["country:vn"] ?? look.colour["province:vn:lang-son"]);
    expect(look.colour["province:cn:guangxi"]).toBe(look.colour["country:cn"]);
    expect(look.colour["province:cn:guangxi"]).not.toBe(look.colour["province:vn:lang-son"]);
    expect(new Set(Object.values(look.colour)).size).toBeGreaterThan(2);

    const list = panel.getByRole("region", { name: /Partnerships on the canvas/ }).getByRole("listitem");
    expect(await list.count()).toBe(ties.size);
    expect(await list.first().textContent()).toContain("Signed agreement");

    // The agreements behind Lang Son – Guangxi.
    const agreements = await ask("agreements-between-places", { a: "province:vn:lang-son", b: "province:cn:guangxi" });
    expect(agreements.length).toBeGreaterThan(1);
    await list.filter({ hasText: "Guangxi" }).getByRole("button").click();
    const region = details().getByRole("region", { name: /^Agreements of (Lang Son and Guangxi|Guangxi and Lang Son)$/ });
    await region.waitFor();
    await expect.poll(() => region.locator(".meeting-name").allTextContents()).toEqual(agreements.map((a) => String(a.get("name"))));
    await waitStill(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, "views-partners.png") });

    // Hoi An's sister city: who signed and who witnessed.
    await searchAndOpen(page, "hoi an", /^Hoi An/, "Place to start from");
    await panel.getByRole("button", { name: "Show the partner network" }).click();
    await expect.poll(async () => (await drawn(page)).nodes).toContain("city:la:luang-prabang");
    await list.filter({ hasText: "Luang Prabang" }).getByRole("button").click();
    const [sister] = await ask("agreements-between-places", { a: "city:vn:hoi-an", b: "city:la:luang-prabang" });
    const signed = sister!.get("signatories") as string[];
    const witnessed = sister!.get("witnesses") as string[];
    expect(signed).toContain("Nguyen Van Son");
    const agreement = details().getByRole("region", { name: /^Agreements of (Hoi An and Luang Prabang|Luang Prabang and Hoi An)$/ }).locator(".meeting").first();
    await agreement.waitFor();
    const facts = (await agreement.textContent()) ?? "";
    for (const name of [...signed, ...witnessed]) expect(facts).toContain(name);
    expect(facts).toContain(String(sister!.get("date")));

    // The network of one country's places, one choice away, kept in the link.
    await panel.getByRole("button", { name: "All places instead" }).click();
    await panel.getByLabel("Or the places of a country").selectOption("CN");
    await panel.getByRole("button", { name: "Show the partner network" }).click();
    const china = await ask("partner-network", { ...params, placeId: null, country: "CN" });
    const chinaEdges = idsOf(china.map((r) => r.get("p") as Relationship));
    await expect.poll(async () => (await drawn(page)).edges).toEqual(chinaEdges);
    const url = new URL(page.url());
    expect(url.searchParams.get("view")).toBe("partners");
    expect(url.searchParams.get("partnerCountry")).toBe("CN");
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The shared link draws the partnerships again, and nothing else between those places.
    await waitCanvasIdle(page);
    const chinaDrawn = await drawn(page);
    const second = await openCopiedLink(context, page);
    expect(await drawn(second)).toEqual(chinaDrawn);
    expect(chinaDrawn.edges).toEqual(chinaEdges);
    await second.close();
  });

  it("paths: from a node's \"path from here\" to a person picked by search, drawn, highlighted and read as sentences", async () => {
    await open();
    await searchAndOpen(page, "nguyen van son", /^Nguyen Van Son/);
    await waitCanvasIdle(page, 2);
    const before = (await drawn(page)).nodes;
    await details().getByRole("button", { name: "Path from here" }).click();
    expect(await page.getByRole("navigation", { name: "Views" }).getByRole("button", { name: "Paths" }).getAttribute("aria-pressed")).toBe("true");
    const panel = page.getByRole("region", { name: "Paths" });
    expect(await panel.textContent()).toContain("Nguyen Van Son");
    await searchAndOpen(page, "tran hong ha", /^Tran Hong Ha/, "Path to");
    await panel.getByRole("button", { name: "Find paths" }).click();

    const records = await ask("paths-between-entities", { from: "person:nguyen-van-son", to: "person:tran-hong-ha", maxLength: neo4j.int(4), limit: neo4j.int(50) });
    type DbPath = { start: Node; end: Node; segments: { start: Node; end: Node; relationship: Relationship }[] };
    const dbPaths = records.map((r) => r.get("p") as DbPath);
    expect(dbPaths.length).toBeGreaterThan(1);
    const pathIds = (p: DbPath) => [...new Set([p.start, ...p.segments.map((s) => s.end)].map((n) => String(n.properties.id)).concat(p.segments.map((s) => String(s.relationship.properties.id))))].sort();
    const allIds = [...new Set(dbPaths.flatMap(pathIds))].sort();
    const emphasised = () => page.evaluate(() => window.ketnoiCy!.elements(".emphasis").map((e) => e.id()).sort());
    await expect.poll(emphasised).toEqual(allIds);
    await waitCanvasIdle(page);
    const shown = await drawn(page);
    for (const id of allIds) expect([...shown.nodes, ...shown.edges]).toContain(id);
    // Added beside what was there, which steps back.
    for (const id of before) expect(shown.nodes).toContain(id);
    expect(await page.evaluate(() => window.ketnoiCy!.elements(".deemphasis").length)).toBeGreaterThan(0);

    // One sentence per path, from one end to the other through the path's own entities, in order.
    const found = panel.getByRole("region", { name: /shortest path/ });
    expect(await found.getByRole("heading").textContent()).toBe(`${dbPaths.length} shortest path(s), ${dbPaths[0]!.segments.length} step(s) each`);
    const sentences = await found.getByRole("listitem").allTextContents();
    expect(sentences).toHaveLength(dbPaths.length);
    const inOrder = (sentence: string, names: string[]) => names.every((name, i) => sentence.indexOf(name) >= 0 && (i === 0 || sentence.indexOf(name) > sentence.indexOf(names[i - 1]!)));
    const namesOf = (p: DbPath) => [p.start, ...p.segments.map((s) => s.end)].map((n) => String(n.properties.name));
    for (const sentence of sentences) {
      expect(sentence.startsWith("Nguyen Van Son —")).toBe(true);
      expect(sentence.endsWith("— Tran Hong Ha")).toBe(true);
    }
    for (const p of dbPaths) expect(sentences.some((sentence) => inOrder(sentence, namesOf(p)))).toBe(true);

    // Pointing at a sentence puts its path alone forward.
    await found.getByRole("button").nth(1).hover();
    const pointed = dbPaths.find((p) => inOrder(sentences[1]!, namesOf(p)))!;
    await expect.poll(emphasised).toEqual(pathIds(pointed));
    await waitStill(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, "views-paths.png") });

    // Fewer steps than the shortest path: said plainly.
    await panel.getByLabel("At most").selectOption("2");
    await expect.poll(() => panel.textContent()).toContain("No path of at most 2 step(s).");
    const url = new URL(page.url());
    expect([url.searchParams.get("view"), url.searchParams.get("pathFrom"), url.searchParams.get("pathTo"), url.searchParams.get("maxLength")]).toEqual([
      "paths",
      "person:nguyen-van-son",
      "person:tran-hong-ha",
      "2",
    ]);

    // The shared link: what was there before, with the paths found at most 4 steps long beside it
    // (asked again, though the form now says 2), and nothing more between them.
    await waitCanvasIdle(page);
    const second = await openCopiedLink(context, page);
    expect(await drawn(second)).toEqual(await drawn(page));
    expect(await second.getByRole("region", { name: "Paths" }).getByRole("combobox", { name: /^At most/ }).inputValue()).toBe("2");
    await second.close();
  });

  it("paths from the canvas: a right-click on a node opens its menu, \"Path from here\" and \"Path to here\" set the two ends", async () => {
    await open();
    await searchAndOpen(page, "nguyen van son", /^Nguyen Van Son/);
    await waitCanvasIdle(page, 2);
    await waitStill(page);
    const centre = "person:nguyen-van-son";
    // A neighbour drawn around the one opened, and its name as the database has it.
    const start = (await drawn(page)).nodes.find((id) => id.startsWith("person:") && id !== centre)!;
    expect(start).toBeDefined();
    const [entity] = await ask("entity-details", { id: start, limit: neo4j.int(1) });
    const startName = String((entity!.get("n") as Node).properties.name);
    const [centreEntity] = await ask("entity-details", { id: centre, limit: neo4j.int(1) });
    const centreName = String((centreEntity!.get("n") as Node).properties.name);

    const rightClick = async (id: string) => {
      const at = await screenPoint(page, id);
      await page.mouse.click(at.x, at.y, { button: "right" });
    };

    // Escape closes the menu; arrow keys move between its items.
    await rightClick(start);
    const menu = page.getByRole("menu", { name: `Actions for ${startName}` });
    await menu.waitFor();
    expect(await menu.getByRole("menuitem").allTextContents()).toEqual(["Show neighbours", "Path from here", "Path to here", "Pin", "Hide"]);
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Path from here");
    await page.keyboard.press("Escape");
    await menu.waitFor({ state: "detached" });

    await rightClick(start);
    await menu.getByRole("menuitem", { name: "Path from here" }).click();
    await menu.waitFor({ state: "detached" });
    expect(await page.getByRole("navigation", { name: "Views" }).getByRole("button", { name: "Paths" }).getAttribute("aria-pressed")).toBe("true");
    const panel = page.getByRole("region", { name: "Paths" });
    const ends = panel.locator(".form-row .chosen");
    await expect.poll(() => ends.first().textContent()).toBe(startName);
    await expect.poll(() => new URL(page.url()).searchParams.get("pathFrom")).toBe(start);
    expect(new URL(page.url()).searchParams.get("view")).toBe("paths");

    // The other end, from the canvas too.
    await waitCanvasIdle(page);
    await waitStill(page);
    await rightClick(centre);
    await page.getByRole("menu", { name: `Actions for ${centreName}` }).getByRole("menuitem", { name: "Path to here" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("pathTo")).toBe(centre);
    expect(new URL(page.url()).searchParams.get("pathFrom")).toBe(start);
    expect(await ends.allTextContents()).toEqual([startName, centreName]);

    // The paths between them, as the database finds them.
    await panel.getByRole("button", { name: "Find paths" }).click();
    const records = await ask("paths-between-entities", { from: start, to: centre, maxLength: neo4j.int(4), limit: neo4j.int(50) });
    const steps = (records[0]!.get("p") as { segments: unknown[] }).segments.length;
    const found = panel.getByRole("region", { name: /shortest path/ });
    await expect.poll(() => found.getByRole("heading").textContent()).toBe(`${records.length} shortest path(s), ${steps} step(s) each`);
    for (const sentence of await found.getByRole("listitem").allTextContents()) expect(sentence.startsWith(`${startName} —`)).toBe(true);
  });

  it("timeline: the histogram of event counts, brushing a period onto the canvas and the list, playing the network's growth", async () => {
    await open("?view=timeline");
    const months = await ask("event-counts-by-month", {});
    const byYear = new Map<string, number>();
    for (const r of months) byYear.set(String(r.get("month")).slice(0, 4), (byYear.get(String(r.get("month")).slice(0, 4)) ?? 0) + Number(r.get("count")));
    const total = [...byYear.values()].reduce((a, b) => a + b, 0);
    const strip = page.getByRole("region", { name: "Time axis" });
    await strip.locator(".bar").first().waitFor();
    // The samples span decades, so the bars are years, empty ones included.
    const bars = await strip.locator(".bar").evaluateAll((gs) => gs.map((g) => [g.getAttribute("data-key"), Number(g.getAttribute("data-count"))] as const));
    const years = [...byYear.keys()].sort();
    expect(bars.length).toBe(Number(years.at(-1)) - Number(years[0]) + 1);
    for (const [key, count] of bars) expect(count).toBe(byYear.get(key!) ?? 0);
    expect(await strip.textContent()).toContain(`${total} dated events`);

    const panel = page.getByRole("region", { name: "Timeline" });
    await panel.getByRole("button", { name: "Draw these events on the canvas" }).click();
    const all = await ask("event-network-in-time", { from: null, to: null, limit: neo4j.int(500) });
    const allIds = [...new Set(all.flatMap((r) => [r.get("e") as Node, ...(r.get("people") as Node[]), ...(r.get("places") as Node[])]).map((n) => String(n.properties.id)))].sort();
    await waitCanvasIdle(page, allIds.length);
    expect((await drawn(page)).nodes).toEqual(allIds);

    // Brush 2024–2025: the canvas keeps what happened then, people and places included only when tied to it.
    const point = (key: string) =>
      strip.locator(`.bar[data-key="${key}"] .bar-hit`).evaluate((r) => {
        const box = r.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      });
    const start = await point("2024");
    const end = await point("2025");
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(end.x, end.y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).toBe("2024-01-01");
    expect(new URL(page.url()).searchParams.get("to")).toBe("2025-12-31");
    const inRange = all.filter((r) => {
      const date = String((r.get("e") as Node).properties.date);
      return date >= "2024" && date.slice(0, 4) <= "2025";
    });
    const visibleEvents = () => page.evaluate(() => window.ketnoiCy!.nodes('[label = "Event"]:visible').map((n) => n.id()).sort());
    await expect.poll(visibleEvents).toEqual(idsOf(inRange.map((r) => r.get("e") as Node)));
    const loose = await page.evaluate(() => window.ketnoiCy!.nodes(':visible[label != "Event"]').filter((n) => n.connectedEdges(":visible").length === 0).length);
    expect(loose).toBe(0);
    expect((await drawn(page)).nodes.length).toBeLessThan(allIds.length);

    // The count over the canvas says what is drawn, and counts the people and places the period
    // leaves alone as hidden by the filters, with the events out of it.
    await waitCanvasIdle(page);
    const counted = await page.evaluate(() => {
      const cy = window.ketnoiCy!;
      return { all: cy.nodes().length, nodes: cy.nodes(":visible").length, edges: cy.edges(":visible").length, loose: cy.nodes('[label != "Event"]').filter((n) => !n.visible()).length };
    });
    expect(counted.loose).toBeGreaterThan(0);
    await expect.poll(() => page.locator(".canvas-counts").textContent()).toBe(`${counted.nodes} entities · ${counted.edges} relationships · ${counted.all - counted.nodes} hidden by filters`);

    // The shared link: every event drawn again (the brush narrowed what shows, not what was asked),
    // the same period brushed, so the same drawing.
    await waitCanvasIdle(page);
    const second = await openCopiedLink(context, page);
    expect(await drawn(second)).toEqual(await drawn(page));
    expect(await second.evaluate(() => window.ketnoiCy!.nodes().map((n) => n.id()).sort())).toEqual(allIds);
    await second.close();

    // The list beside it: the same period, in order, with participants and a source.
    const listed = await ask("events-in-time", { from: "2024-01-01", to: "2025-12-31", limit: neo4j.int(500) });
    const items = panel.getByRole("region", { name: /Events in order/ }).locator(".event-item");
    await expect.poll(() => items.locator(".event-name").allTextContents()).toEqual(listed.map((r) => String(r.get("name"))));
    const withPeople = listed.findIndex((r) => (r.get("people") as unknown[]).length > 0 && r.get("quote"));
    const item = items.nth(withPeople);
    for (const person of listed[withPeople]!.get("people") as { name: string }[]) expect(await item.textContent()).toContain(person.name);
    await item.getByRole("button", { name: "Open in reader" }).click();
    const mark = page.getByRole("region", { name: "Source document" }).locator("mark");
    await mark.waitFor();
    expect(normaliseText((await mark.textContent()) ?? "")).toBe(normaliseText(String(listed[withPeople]!.get("quote"))));
    await page.getByRole("button", { name: "Close reader" }).click();
    await waitStill(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, "views-timeline.png") });

    // Play: the network grows, period by period, until every dated event is back.
    await strip.getByRole("button", { name: /Play/ }).click();
    const seen: number[] = [];
    await expect
      .poll(
        async () => {
          seen.push((await visibleEvents()).length);
          return strip.getByRole("button", { name: /Play/ }).isVisible();
        },
        { timeout: 60_000, interval: 400 },
      )
      .toBe(true);
    seen.push((await visibleEvents()).length);
    expect(seen.at(-1)).toBe(all.length);
    expect(seen.filter((n, i) => i > 0 && n < seen[i - 1]!)).toEqual([]);
    expect(new Set(seen).size).toBeGreaterThan(3);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The busiest year opened into its months from the keyboard: the months' counts are the
    // database's, the canvas shows that year; a brush across two months narrows it; back to years.
    const busiest = [...byYear].sort((a, b) => b[1] - a[1])[0]![0];
    await strip.getByRole("button", { name: new RegExp(`^${busiest}: \\d+ events\\. Show its months$`) }).focus();
    await page.keyboard.press("Enter");
    const monthCounts = new Map(months.map((r) => [String(r.get("month")), Number(r.get("count"))]));
    const twelve = Array.from({ length: 12 }, (_, i) => `${busiest}-${String(i + 1).padStart(2, "0")}`);
    const barsNow = () => strip.locator(".bar").evaluateAll((gs) => gs.map((g) => [g.getAttribute("data-key")!, Number(g.getAttribute("data-count"))] as const));
    await expect.poll(barsNow).toEqual(twelve.map((m) => [m, monthCounts.get(m) ?? 0]));
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).toBe(`${busiest}-01-01`);
    expect(new URL(page.url()).searchParams.get("to")).toBe(`${busiest}-12-31`);
    /** Whether an event's date, of any precision, overlaps [from, to]. */
    const overlaps = (date: string, from: string, to: string) => {
      const start = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
      const end = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
      return end >= from && start <= to;
    };
    const eventsIn = (from: string, to: string) => idsOf(all.map((r) => r.get("e") as Node).filter((e) => overlaps(String(e.properties.date), from, to)));
    await expect.poll(visibleEvents).toEqual(eventsIn(`${busiest}-01-01`, `${busiest}-12-31`));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("All years");

    const withEvents = twelve.filter((m) => (monthCounts.get(m) ?? 0) > 0);
    const [firstMonth, lastMonth] = [withEvents[0]!, withEvents.length > 1 ? withEvents[1]! : withEvents[0]!];
    const from = await point(firstMonth);
    const to = await point(lastMonth);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 4 });
    await page.mouse.up();
    const monthEnd = `${lastMonth}-${String(new Date(Date.UTC(Number(busiest), Number(lastMonth.slice(5)), 0)).getUTCDate()).padStart(2, "0")}`;
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).toBe(`${firstMonth}-01`);
    expect(new URL(page.url()).searchParams.get("to")).toBe(monthEnd);
    await expect.poll(visibleEvents).toEqual(eventsIn(`${firstMonth}-01`, monthEnd));
    expect(await seriousAxeViolations(page)).toEqual([]);
    await waitStill(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, "views-timeline-year.png") });

    await strip.getByRole("button", { name: /All years/ }).press("Enter");
    await expect.poll(async () => (await barsNow()).length).toBe(bars.length);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-key"))).toBe(busiest);
  });

  it("who matters: the canvas ranked and sized by degree, betweenness and PageRank, and the top connectors per kind", async () => {
    await open("?view=rank");
    const panel = page.getByRole("region", { name: "Who matters" });
    const topList = (kind: string) => panel.getByRole("list", { name: `Top connectors: ${kind}` });
    for (const [label, kind] of [["Person", "People"], ["Province", "Provinces"]] as const) {
      if (label !== "Person") await panel.getByLabel("Kind").selectOption(label);
      const top = await ask("top-connectors", { label, limit: neo4j.int(5) });
      expect(top).toHaveLength(5);
      await expect.poll(() => topList(kind).locator(".result-name").allTextContents()).toEqual(top.map((r) => String(r.get("name"))));
      expect(await topList(kind).locator(".result-count").allTextContents()).toEqual(top.map((r) => `${Number(r.get("degree"))} neighbours`));
    }

    // The best connected province, opened from the list, fills the canvas to rank.
    const [first] = await ask("top-connectors", { label: "Province", limit: neo4j.int(1) });
    await topList("Provinces").getByRole("button").first().click();
    await waitCanvasIdle(page, 10);
    expect((await drawn(page)).nodes).toContain(String(first!.get("id")));

    const listed = () => panel.getByRole("region", { name: /^On the canvas, by/ }).getByRole("listitem");
    /** The measure computed in the page by Cytoscape over what is visible, highest first. */
    const independent = (measure: "degree" | "betweenness") =>
      page.evaluate((m) => {
        const cy = window.ketnoiCy!;
        const eles = cy.elements(":visible");
        const bc = m === "betweenness" ? eles.betweennessCentrality({ directed: false }) : null;
        return eles
          .nodes()
          .map((n) => (bc ? bc.betweenness(n) : n.connectedEdges(":visible").filter((e) => e.source().id() !== e.target().id()).length))
          .sort((a, b) => b - a);
      }, measure);
    const sizes = () =>
      page.evaluate(() => {
        const cy = window.ketnoiCy!;
        return Object.fromEntries(cy.nodes(":visible").map((n) => [String(n.data("name")), n.numericStyle("width")]));
      });

    for (const measure of ["degree", "betweenness"] as const) {
      if (measure !== "degree") await panel.getByRole("radio", { name: /^Betweenness/ }).check();
      const expected = (await independent(measure)).slice(0, 10).map((x) => (measure === "degree" ? String(x) : x.toFixed(1)));
      await expect.poll(() => listed().locator(".result-count").allTextContents()).toEqual(expected);
      // The first listed is drawn the largest, and larger than the last listed.
      const names = await listed().locator(".result-name").allTextContents();
      const width = await sizes();
      expect(width[names[0]!]).toBe(Math.max(...Object.values(width)));
      if (expected[0] !== expected.at(-1)) expect(width[names[0]!]).toBeGreaterThan(width[names.at(-1)!]!);
    }
    expect((await listed().locator(".result-name").first().textContent())).toBe(String(first!.get("name")));

    await panel.getByRole("radio", { name: /^PageRank/ }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get("measure")).toBe("pagerank");
    const ranks = (await listed().locator(".result-count").allTextContents()).map(Number);
    expect(ranks).toHaveLength(10);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    const width = await sizes();
    const top = (await listed().locator(".result-name").first().textContent())!;
    expect(width[top]).toBe(Math.max(...Object.values(width)));
    await waitStill(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, "views-who-matters.png") });
    expect(await seriousAxeViolations(page)).toEqual([]);

    // In Vietnamese: the views, the panel and the names as printed.
    const { records: printed } = await chromium.driver.executeQuery("MATCH (n:Entity {id: $id}) RETURN coalesce(n.nameVi, n.name) AS name", { id: first!.get("id") }, { database: chromium.database });
    const printedVi = String(printed[0]!.get("name"));
    await page.getByRole("button", { name: /Tiếng Việt/ }).click();
    const tabs = page.getByRole("navigation", { name: "Chế độ xem" });
    expect(await tabs.getByRole("button", { name: "Ai quan trọng" }).getAttribute("aria-pressed")).toBe("true");
    expect(await tabs.getByRole("button").allTextContents()).toEqual(["◎Khám phá", "⇄Ai gặp ai", "⬡Đối tác", "↝Đường nối", "▤Dòng thời gian", "★Ai quan trọng"]);
    const vietnamese = page.getByRole("region", { name: "Ai quan trọng" });
    await expect.poll(() => vietnamese.getByRole("region", { name: /^Trên sơ đồ, theo PageRank/ }).locator(".result-name").allTextContents()).toContain(printedVi);
  });
});
