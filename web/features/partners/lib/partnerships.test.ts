import { describe, expect, it } from "vitest";
import type { EdgeData, NodeData } from "../../../lib/records-to-elements.ts";
import { partnerships } from "./partnerships.ts";

const place = (id: string): NodeData => ({ id, label: "Province", name: id });
const nodes = new Map(["a", "b", "c", "d"].map((id) => [id, place(id)]));

describe("partnerships on the canvas", () => {
  it("lists PARTNERS_WITH lines strongest tie first, then by the agreements behind them", () => {
    const edges: EdgeData[] = [
      { id: "ab", source: "a", target: "b", type: "PARTNERS_WITH", strength: 1 },
      { id: "ac", source: "a", target: "c", type: "PARTNERS_WITH", strength: 3, agreementCount: 1 },
      { id: "ad", source: "a", target: "d", type: "PARTNERS_WITH", strength: 3, agreementCount: 4 },
      { id: "bc", source: "b", target: "c", type: "PARTNERS_WITH", strength: 2 },
      { id: "cd", source: "c", target: "d", type: "LOCATED_IN" },
    ];
    expect(partnerships(nodes, edges).map((p) => [p.edgeId, p.strength, p.agreements])).toEqual([
      ["ad", 3, 4],
      ["ac", 3, 1],
      ["bc", 2, 0],
      ["ab", 1, 0],
    ]);
  });
});
