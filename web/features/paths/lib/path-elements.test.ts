import { describe, expect, it } from "vitest";
import { stepsOf } from "./describe-path.ts";
import { pathElementIds } from "./path-elements.ts";

describe("what paths put forward", () => {
  it("collects the nodes and relationships of every path once", () => {
    const n = (id: string) => ({ id, label: "Person", name: id });
    const one = stepsOf([n("a"), n("b"), n("c")], [
      { id: "ab", source: "a", target: "b", type: "MET" },
      { id: "bc", source: "b", target: "c", type: "MET" },
    ]);
    const two = stepsOf([n("a"), n("d"), n("c")], [
      { id: "ad", source: "a", target: "d", type: "MET" },
      { id: "cd", source: "c", target: "d", type: "MET" },
    ]);
    expect([...pathElementIds([one, two])].sort()).toEqual(["a", "ab", "ad", "b", "bc", "c", "cd", "d"]);
    expect(pathElementIds([])).toEqual(new Set());
  });
});
