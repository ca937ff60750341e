import { act, fireEvent, render, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Neo4jProvider } from "../../../app/neo4j-context.tsx";
import { timeBuckets } from "../lib/histogram.ts";
import { PLAY_STEP_MS, TimelineStrip } from "./timeline-strip.tsx";

const CONNECTION = { driver: null, uri: "bolt://test", username: "neo4j", generation: 0, status: { state: "connected" as const }, serverDefault: null, retry() {}, connect() {}, connectToServerDefault() {} };
const wrap = (node: ReactNode) => <Neo4jProvider value={CONNECTION}>{node}</Neo4jProvider>;

const BARS = timeBuckets([
  { month: "2024-10", count: 3 },
  { month: "2024-12", count: 1 },
  { month: "2025-01", count: 2 },
]);

describe("the time axis", () => {
  afterEach(() => vi.useRealTimers());

  it("draws one bar per month with its count, and marks the bars of the chosen range", () => {
    const { container } = render(wrap(<TimelineStrip buckets={BARS} range={{ from: "2024-11-01", to: "2024-12-31" }} problem={null} onRetry={() => {}} onRange={() => {}} />));
    const bars = [...container.querySelectorAll(".bar")];
    expect(bars.map((b) => [b.getAttribute("data-key"), b.getAttribute("data-count")])).toEqual([
      ["2024-10", "3"],
      ["2024-11", "0"],
      ["2024-12", "1"],
      ["2025-01", "2"],
    ]);
    expect(bars.map((b) => b.classList.contains("in-range"))).toEqual([false, true, true, false]);
    expect(screen.getByText("6 dated events")).toBeTruthy();
  });

  it("chooses a range from the keyboard with the two lists", () => {
    const onRange = vi.fn();
    render(wrap(<TimelineStrip buckets={BARS} range={{ from: null, to: null }} problem={null} onRetry={() => {}} onRange={onRange} />));
    fireEvent.change(screen.getByLabelText("Period from"), { target: { value: "2024-12" } });
    expect(onRange).toHaveBeenLastCalledWith({ from: "2024-12-01", to: null });
    fireEvent.change(screen.getByLabelText("to"), { target: { value: "2025-01" } });
    expect(onRange).toHaveBeenLastCalledWith({ from: null, to: "2025-01-31" });
  });

  it("plays through the months with events, each step showing everything up to it", () => {
    vi.useFakeTimers();
    const onRange = vi.fn();
    render(wrap(<TimelineStrip buckets={BARS} range={{ from: null, to: null }} problem={null} onRetry={() => {}} onRange={onRange} />));
    fireEvent.click(screen.getByRole("button", { name: /Play/ }));
    expect(screen.getByRole("button", { name: /Pause/ })).toBeTruthy();
    for (let step = 0; step < 3; step++) act(() => void vi.advanceTimersByTime(PLAY_STEP_MS));
    expect(onRange.mock.calls.map((c) => c[0])).toEqual([
      { from: "2024-10-01", to: "2024-10-31" },
      { from: "2024-10-01", to: "2024-12-31" },
      { from: "2024-10-01", to: "2025-01-31" },
    ]);
    expect(screen.getByRole("button", { name: /Play/ })).toBeTruthy();
  });
});
