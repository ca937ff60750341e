import { describe, expect, it } from "vitest";
import { zipSources } from "./get-meetings-between.ts";

describe("the sources of a meeting", () => {
  it("zips the parallel lists, keeps each sentence once and skips broken entries", () => {
    const sources = zipSources({
      docs: ["d1", "d1", "d2", "d3"],
      starts: [10, 10, 5, null],
      ends: [20, 20, 9, 4],
      quotes: ["Both met.", "Both met.", "Again.", "x"],
    });
    expect(sources).toEqual([
      { docId: "d1", start: 10, end: 20, quote: "Both met." },
      { docId: "d2", start: 5, end: 9, quote: "Again." },
    ]);
  });
});
