import { describe, expect, it } from "vitest";
import type { GraphElements } from "../../../lib/records-to-elements.ts";
import { rankNodes, topByLabel } from "./rank-nodes.ts";

// A star around "hub" and a bridge "b" joining two triangles.
const node = (id: string, label = "Person") => ({ data: { id, label, name: id.toUpperCase() } });
const edge = (source: string, target: string, type = "MET") => ({ data: { id: `${source}-${target}-${type}`, source, target, type } });
const elements: GraphElements = {
  nodes: ["hub", "a", "b", "c", "d", "e"].map((id) => node(id)).concat([node("doc", "Document"), node("place", "Province")]),
  edges: [edge("hub", "a"), edge("hub", "b"), edge("hub", "c"), edge("b", "d"), edge("d", "e"), edge("b", "e"), edge("hub", "place", "AFFILIATED_WITH"), edge("a", "doc", "MENTIONED_IN"), edge("b", "doc", "MENTIONED_IN"), edge("c", "doc", "MENTIONED_IN")],
};

describe("rankNodes", () => {
  it("ranks by degree, not counting mentions in documents", () => {
    const ranked = rankNodes(elements, "degree");
    expect(ranked[0]).toMatchObject({ id: "hub", score: 4 });
    expect(ranked.find((n) => n.id === "doc")!.score).toBe(0);
  });

  it("puts the bridge between the two groups first by betweenness", () => {
    const ranked = rankNodes(elements, "betweenness");
    expect(ranked.slice(0, 2).map((n) => n.id).sort()).toEqual(["b", "hub"]);
  });

  it("gives PageRank scores that add up to one", () => {
    const ranked = rankNodes(elements, "pagerank");
    expect(ranked.reduce((sum, n) => sum + n.score, 0)).toBeCloseTo(1, 3);
    expect(ranked[0]!.id).toBe("hub");
  });

  it("lists the top connectors of each label", () => {
    const top = topByLabel(rankNodes(elements, "degree"), 2);
    expect(top.get("Person")!.map((n) => n.id)).toEqual(["hub", "b"]);
    expect(top.get("Province")!.map((n) => n.id)).toEqual(["place"]);
  });
});
