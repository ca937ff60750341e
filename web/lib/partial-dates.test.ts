import { describe, expect, it } from "vitest";
import { earliestDay, latestDay, spanMeetsRange } from "./partial-dates.ts";

describe("partial dates", () => {
  it.each([
    ["2025", "2025-01-01", "2025-12-31"],
    ["2025-02", "2025-02-01", "2025-02-28"],
    ["2024-02", "2024-02-01", "2024-02-29"],
    ["2025-05-06", "2025-05-06", "2025-05-06"],
  ])("%s spans %s to %s", (date, first, last) => {
    expect(earliestDay(date)).toBe(first);
    expect(latestDay(date)).toBe(last);
  });

  it.each<[{ start?: unknown; end?: unknown }, { from: string | null; to: string | null }, boolean]>([
    [{ start: "2025-05" }, { from: "2025-05-31", to: null }, true],
    [{ start: "2025-05" }, { from: "2025-06-01", to: null }, false],
    [{ start: "2020", end: "2022" }, { from: "2021-06-01", to: "2021-06-30" }, true],
    [{}, { from: "2021-06-01", to: "2021-06-30" }, true],
    [{ start: 2025 }, { from: "2026-01-01", to: null }, true],
  ])("%o meets %o: %s", (span, range, expected) => {
    expect(spanMeetsRange(span, range)).toBe(expected);
  });
});
