import { describe, expect, it } from "vitest";
import type { EdgeData, NodeData } from "../lib/records-to-elements.ts";
import { DEFAULT_FILTERS } from "../lib/view-state.ts";
import { canvasCounts } from "./canvas-counts.ts";
import { isolatedNodes } from "./decorations.ts";

const node = (id: string, label: string, date?: string): NodeData => ({ id, label, name: id, ...(date ? { date } : {}) });
const edge = (source: string, target: string, type: string): EdgeData => ({ id: `${type}|${source}|${target}`, source, target, type });
const GRAPH = {
  nodes: new Map([node("p:a", "Person"), node("p:b", "Person"), node("e:old", "Event", "2019-03-01"), node("e:new", "Event", "2025-05-06"), node("c:vn", "Country")].map((n) => [n.id, n])),
  edges: new Map([edge("p:a", "e:old", "ATTENDED"), edge("p:b", "e:new", "ATTENDED"), edge("e:new", "c:vn", "HELD_IN")].map((e) => [e.id, e])),
};

describe("the count over the canvas", () => {
  it("counts everything when nothing is filtered or hidden", () => {
    expect(canvasCounts(GRAPH, { filters: DEFAULT_FILTERS, hidden: new Set(), isolated: new Set() })).toEqual({ nodes: 5, edges: 3, filtered: 0 });
  });

  it("counts the people and places a period leaves alone as hidden by the filters, with the events out of it", () => {
    const filters = { ...DEFAULT_FILTERS, from: "2025-01-01" };
    const isolated = isolatedNodes(GRAPH, filters, new Set());
    expect([...isolated]).toEqual(["p:a"]);
    expect(canvasCounts(GRAPH, { filters, hidden: new Set(), isolated })).toEqual({ nodes: 3, edges: 2, filtered: 2 });
  });

  it("leaves the entities the user hid out of both counts", () => {
    const filters = { ...DEFAULT_FILTERS, from: "2025-01-01" };
    const hidden = new Set(["p:a", "c:vn"]);
    expect(canvasCounts(GRAPH, { filters, hidden, isolated: isolatedNodes(GRAPH, filters, hidden) })).toEqual({ nodes: 2, edges: 1, filtered: 1 });
  });
});
