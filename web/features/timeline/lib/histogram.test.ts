import { describe, expect, it } from "vitest";
import { bucketsInRange, countsByYear, dateInRange, monthlyHistogram, monthsOfYear, playSteps, timeBuckets } from "./histogram.ts";

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

describe("the timeline's bars", () => {
  it("counts by month over a short span, empty months included, each with its first and last day", () => {
    const bars = timeBuckets([
      { month: "2025-02", count: 2 },
      { month: "2024-12", count: 3 },
      { month: "2025-02", count: 1 },
    ]);
    expect(bars).toEqual([
      { key: "2024-12", from: "2024-12-01", to: "2024-12-31", count: 3 },
      { key: "2025-01", from: "2025-01-01", to: "2025-01-31", count: 0 },
      { key: "2025-02", from: "2025-02-01", to: "2025-02-28", count: 3 },
    ]);
  });

  it("counts by year over a long span", () => {
    const bars = timeBuckets([
      { month: "1973-01", count: 2 },
      { month: "2025-05", count: 28 },
      { month: "2025-06", count: 3 },
    ]);
    expect(bars).toHaveLength(2025 - 1973 + 1);
    expect(bars[0]).toEqual({ key: "1973", from: "1973-01-01", to: "1973-12-31", count: 2 });
    expect(bars.at(-1)).toEqual({ key: "2025", from: "2025-01-01", to: "2025-12-31", count: 31 });
    expect(bars.reduce((sum, b) => sum + b.count, 0)).toBe(33);
    expect(timeBuckets([])).toEqual([]);
  });

  it("finds the bars a brushed range covers, and the steps of play", () => {
    const bars = timeBuckets([
      { month: "2025-01", count: 1 },
      { month: "2025-03", count: 0 },
      { month: "2025-04", count: 5 },
    ]);
    expect(bucketsInRange(bars, { from: "2025-02-01", to: "2025-03-31" })).toEqual({ first: 1, last: 2 });
    expect(bucketsInRange(bars, { from: null, to: "2025-01-15" })).toEqual({ first: 0, last: 0 });
    expect(bucketsInRange(bars, { from: "2026-01-01", to: null })).toBeNull();
    expect(bucketsInRange(bars, { from: null, to: null })).toBeNull();
    expect(playSteps(bars)).toEqual([0, 3]);
  });
});

describe("a year opened into its months", () => {
  const COUNTS = [
    { month: "1998-03", count: 1 },
    { month: "2024-02", count: 2 },
    { month: "2024-02", count: 1 },
    { month: "2024-11", count: 4 },
    { month: "2025-01", count: 5 },
  ];

  it("is offered only when the bars count by year", () => {
    expect(countsByYear(timeBuckets(COUNTS))).toBe(true);
    expect(countsByYear(timeBuckets(COUNTS.slice(1)))).toBe(false);
    expect(countsByYear([])).toBe(false);
  });

  it("gives the twelve months of the year with their counts and days, leap February included", () => {
    const months = monthsOfYear(COUNTS, "2024");
    expect(months.map((m) => m.key)).toEqual(Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, "0")}`));
    expect(months.map((m) => m.count)).toEqual([0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0]);
    expect(months[1]).toEqual({ key: "2024-02", from: "2024-02-01", to: "2024-02-29", count: 3 });
    expect(months.reduce((sum, m) => sum + m.count, 0)).toBe(timeBuckets(COUNTS).find((b) => b.key === "2024")!.count);
  });
});
