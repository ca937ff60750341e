/**
 * Extraction quality on the bundled samples against the seed gold. The floors sit 0.03 below
 * what the extractor reached when they were set, so quality cannot silently regress.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { collectFiles } from "../../graph-loader/collect-files.ts";
import { scoreGraph, type GoldFile, type GraphJson, type ScoreReport } from "../../graph-loader/eval/score-graph.ts";
import { toCytoscapeJson } from "../../graph-loader/export/cytoscape-json.ts";
import { loadDocuments } from "../../graph-loader/load-documents.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const GOLD = JSON.parse(readFileSync(path.join(ROOT, "test/fixtures/gold/seeds.gold.json"), "utf8")) as GoldFile;
const SHARED_SCORER = path.resolve(ROOT, "../shared/gold/score.mjs");

const REACHED = { entities: 0.969, relations: 0.978 };
const TOLERANCE = 0.03;

describe("extraction quality on the seeds", () => {
  let graph: GraphJson;
  let report: ScoreReport;

  beforeAll(async () => {
    const result = await loadDocuments(collectFiles([path.join(ROOT, "samples")]));
    expect(result.failed).toEqual([]);
    graph = toCytoscapeJson(result.graph);
    report = scoreGraph(GOLD, graph);
  });

  it(`keeps entity micro-F1 within ${TOLERANCE} of ${REACHED.entities}`, () => {
    expect(report.entityMicro.f1).toBeGreaterThanOrEqual(REACHED.entities - TOLERANCE);
  });

  it(`keeps relation micro-F1 within ${TOLERANCE} of ${REACHED.relations}`, () => {
    expect(report.relationMicro.f1).toBeGreaterThanOrEqual(REACHED.relations - TOLERANCE);
  });

  it("makes one node per person and place", () => {
    for (const type of ["Person", "Country", "Province", "City"]) expect(report.entities[type]!.duplicates, type).toBe(0);
  });

  it("scores exactly as the shared gold scorer does", async (context) => {
    if (!existsSync(SHARED_SCORER)) {
      if (process.env.CI) throw new Error(`${SHARED_SCORER} is missing: CI runs with shared/ beside the clone.`);
      context.skip();
    }
    const shared = (await import(SHARED_SCORER)) as { score: (gold: unknown, graph: unknown) => Record<string, unknown> };
    // The figures and the lists of misses and spurious items, as JSON both sides.
    const figures = (r: object) => {
      const { entities, relations, misses, spurious, entityMicro, relationMicro } = JSON.parse(JSON.stringify(r)) as ScoreReport;
      return { entities, relations, misses, spurious, entityMicro, relationMicro };
    };
    expect(figures(report)).toEqual(figures(shared.score(GOLD, graph)));
    // A graph with errors in it scores the same too: drop half the edges, rename some nodes.
    const damaged: GraphJson = {
      elements: {
        nodes: graph.elements!.nodes!.map((n, i) => (i % 7 === 0 ? { data: { ...n.data, name: `${n.data.name} X`, aliases: [] } } : n)),
        edges: graph.elements!.edges!.filter((_, i) => i % 2 === 0),
      },
    };
    expect(figures(scoreGraph(GOLD, damaged))).toEqual(figures(shared.score(GOLD, damaged)));
    expect(scoreGraph(GOLD, damaged).relationMicro.f1).toBeLessThan(report.relationMicro.f1);
  });
});

/**
 * Short articles in the genre's style, written for the project and annotated by the guide
 * (test/fixtures/articles). They were annotated after the rules existed, so they guard against
 * regressions on text beyond the seeds rather than estimate quality on unseen text.
 */
describe("extraction quality on the project's own articles", () => {
  it("keeps entity and relation micro-F1 at 0.95 or more", async () => {
    const dir = path.join(ROOT, "test/fixtures/articles");
    const gold = JSON.parse(readFileSync(path.join(dir, "articles.gold.json"), "utf8")) as GoldFile;
    const result = await loadDocuments(collectFiles([dir]));
    const report = scoreGraph(gold, toCytoscapeJson(result.graph));
    expect(report.entityMicro.f1).toBeGreaterThanOrEqual(0.95);
    expect(report.relationMicro.f1).toBeGreaterThanOrEqual(0.95);
  });
});

/**
 * Articles written and annotated by the guide without reading the rules, each scored blind the
 * first time, then used to find the error classes behind their misses; the floors sit 0.03 below
 * what the extractor reached after the general fixes those classes led to.
 * - test/fixtures/heldout: ten articles (5 en, 5 vi); blind: entities 0.943, relations 0.817.
 * - test/fixtures/blind: eight more (4 en, 4 vi), written later; blind: entities 0.916, relations 0.819.
 * - test/fixtures/final: eight more (4 en, 4 vi), written later still; blind: entities 0.896, relations 0.726.
 * - test/fixtures/fresh: six more (3 en, 3 vi), written after all the fixes above and scored once,
 *   not tuned on: entities 0.950, relations 0.897.
 */
describe.each([
  { set: "heldout", reached: { entities: 1.0, relations: 0.991 } },
  { set: "blind", reached: { entities: 0.982, relations: 0.975 } },
  { set: "final", reached: { entities: 0.972, relations: 0.937 } },
  { set: "fresh", reached: { entities: 0.95, relations: 0.897 } },
])("extraction quality on the articles written apart from the rules ($set)", ({ set, reached }) => {
  it(`keeps entity and relation micro-F1 within ${TOLERANCE} of ${reached.entities} and ${reached.relations}`, async () => {
    const dir = path.join(ROOT, "test/fixtures", set);
    const gold = JSON.parse(readFileSync(path.join(dir, `${set}.gold.json`), "utf8")) as GoldFile;
    const result = await loadDocuments(collectFiles([dir]));
    expect(result.failed).toEqual([]);
    const report = scoreGraph(gold, toCytoscapeJson(result.graph));
    expect(report.entityMicro.f1).toBeGreaterThanOrEqual(reached.entities - TOLERANCE);
    expect(report.relationMicro.f1).toBeGreaterThanOrEqual(reached.relations - TOLERANCE);
    for (const type of ["Person", "Country", "Province", "City"]) expect(report.entities[type]!.duplicates, type).toBe(0);
  });
});
