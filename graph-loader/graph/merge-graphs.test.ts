import { describe, expect, it } from "vitest";
import { edgeId, entityId } from "./ids.ts";
import { mergeGraphs } from "./merge-graphs.ts";
import type { DocumentGraph } from "./model.ts";

const doc = (id: string, aliases: string[], start: number): DocumentGraph => ({
  document: { id, path: `${id}.txt`, title: null, date: null, datePrecision: null, lang: "en", text: "" },
  nodes: [{ id: entityId("Person", "Tran Hong Ha"), label: "Person", name: "Tran Hong Ha", nameVi: null, aliases, props: {} }],
  edges: [
    {
      id: edgeId("MENTIONED_IN", "person:tran-hong-ha", "doc-a"),
      type: "MENTIONED_IN",
      source: "person:tran-hong-ha",
      target: "doc-a",
      props: {},
      evidence: [{ doc: "doc-a", start, end: start + 5, quote: "q" }],
      rule: "r",
      confidence: 0.5,
    },
  ],
});

describe("ids and merging", () => {
  it("gives the same id to every spelling of a name", () => {
    expect(entityId("Person", "Trần Hồng Hà")).toBe(entityId("Person", "TRAN HONG HA"));
    expect(entityId("Province", "Lạng Sơn")).toBe("province:lang-son");
  });

  it("sorts the ends of symmetric relationships only", () => {
    expect(edgeId("MET", "person:b", "person:a")).toBe(edgeId("MET", "person:a", "person:b"));
    expect(edgeId("AFFILIATED_WITH", "person:b", "country:a")).not.toBe(edgeId("AFFILIATED_WITH", "country:a", "person:b"));
  });

  it("unites aliases and evidence without duplicates", () => {
    const merged = mergeGraphs([doc("doc-a", ["Trần Hồng Hà"], 0), doc("doc-b", ["Trần Hồng Hà", "Tran Hong Ha"], 0), doc("doc-c", [], 9)]);
    expect(merged.nodes).toHaveLength(1);
    expect(merged.nodes[0]!.aliases).toEqual(["Trần Hồng Hà", "Tran Hong Ha"]);
    expect(merged.edges[0]!.evidence.map((e) => e.start)).toEqual([0, 9]);
  });
});
