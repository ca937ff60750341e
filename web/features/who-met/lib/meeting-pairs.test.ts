import { describe, expect, it } from "vitest";
import type { EdgeData, NodeData } from "../../../lib/records-to-elements.ts";
import { meetingPairs } from "./meeting-pairs.ts";

const person = (id: string): NodeData => ({ id, label: "Person", name: id.toUpperCase() });
const nodes = new Map([person("a"), person("b"), person("c"), { id: "e", label: "Event", name: "E" }].map((n) => [n.id, n]));

describe("pairs of people who met", () => {
  it("lists MET relationships between drawn people, most meetings first, then by name", () => {
    const edges: EdgeData[] = [
      { id: "1", source: "a", target: "b", type: "MET", count: 1 },
      { id: "2", source: "c", target: "a", type: "MET", count: 4, firstDate: "2024-10", lastDate: "2025-05-06" },
      { id: "3", source: "b", target: "c", type: "MET" },
      { id: "4", source: "a", target: "e", type: "ATTENDED" },
      { id: "5", source: "a", target: "gone", type: "MET", count: 9 },
    ];
    const pairs = meetingPairs(nodes, edges);
    expect(pairs.map((p) => [p.edgeId, p.count])).toEqual([["2", 4], ["1", 1], ["3", 1]]);
    expect(pairs[0]).toMatchObject({ a: { id: "c" }, b: { id: "a" }, firstDate: "2024-10", lastDate: "2025-05-06" });
  });
});
