import { describe, expect, it } from "vitest";
import { dateInRange, monthlyHistogram } from "./histogram.ts";

describe("monthlyHistogram", () => {
  it("counts per month with the empty months between", () => {
    expect(monthlyHistogram(["2025-05-06", "2025-05", "2025-07-01", "bad", "2025"])).toEqual([
      { month: "2025-01", count: 1 },
      { month: "2025-02", count: 0 },
      { month: "2025-03", count: 0 },
      { month: "2025-04", count: 0 },
      { month: "2025-05", count: 2 },
      { month: "2025-06", count: 0 },
      { month: "2025-07", count: 1 },
    ]);
  });

  it("crosses a year", () => {
    expect(monthlyHistogram(["2024-12-31", "2025-01-02"]).map((b) => b.month)).toEqual(["2024-12", "2025-01"]);
  });

  it("is empty without dates", () => {
    expect(monthlyHistogram([])).toEqual([]);
  });
});

describe("dateInRange", () => {
  it.each([
    ["2025-05-06", "2025-05-01", "2025-05-31", true],
    ["2025-05", "2025-05-20", "2025-06-10", true],
    ["2025-04-30", "2025-05-01", null, false],
    ["2025", "2025-06-01", "2025-06-30", true],
    ["2024-12", null, "2024-11-30", false],
  ])("%s in [%s, %s] is %s", (date, from, to, expected) => {
    expect(dateInRange(date, { from, to })).toBe(expected);
  });
});
