import { act, fireEvent, render, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Neo4jProvider } from "../../../app/neo4j-context.tsx";
import { PLAY_STEP_MS, TimelineStrip } from "./timeline-strip.tsx";

const CONNECTION = { driver: null, uri: "bolt://test", username: "neo4j", generation: 0, status: { state: "connected" as const }, serverDefault: null, retry() {}, connect() {}, connectToServerDefault() {} };
const wrap = (node: ReactNode) => <Neo4jProvider value={CONNECTION}>{node}</Neo4jProvider>;

const MONTHS = [
  { month: "2024-10", count: 3 },
  { month: "2024-12", count: 1 },
  { month: "2025-01", count: 2 },
];
/** Over more than four years, so the bars are years. */
const DECADES = [
  { month: "1998-03", count: 1 },
  { month: "2024-02", count: 2 },
  { month: "2024-11", count: 4 },
  { month: "2025-01", count: 5 },
];

describe("the time axis", () => {
  afterEach(() => vi.useRealTimers());

  it("draws one bar per month with its count, and marks the bars of the chosen range", () => {
    const { container } = render(wrap(<TimelineStrip counts={MONTHS} range={{ from: "2024-11-01", to: "2024-12-31" }} problem={null} onRetry={() => {}} onRange={() => {}} />));
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
    render(wrap(<TimelineStrip counts={MONTHS} range={{ from: null, to: null }} problem={null} onRetry={() => {}} onRange={onRange} />));
    fireEvent.change(screen.getByLabelText("Period from"), { target: { value: "2024-12" } });
    expect(onRange).toHaveBeenLastCalledWith({ from: "2024-12-01", to: null });
    fireEvent.change(screen.getByLabelText("to"), { target: { value: "2025-01" } });
    expect(onRange).toHaveBeenLastCalledWith({ from: null, to: "2025-01-31" });
  });

  it("plays through the months with events, each step showing everything up to it", () => {
    vi.useFakeTimers();
    const onRange = vi.fn();
    render(wrap(<TimelineStrip counts={MONTHS} range={{ from: null, to: null }} problem={null} onRetry={() => {}} onRange={onRange} />));
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

  it("opens a year into its months from the keyboard, chooses that year, and goes back to the years", () => {
    const onRange = vi.fn();
    const { container } = render(wrap(<TimelineStrip counts={DECADES} range={{ from: null, to: null }} problem={null} onRetry={() => {}} onRange={onRange} />));
    const keys = () => [...container.querySelectorAll(".bar")].map((b) => b.getAttribute("data-key"));
    expect(keys()).toEqual(Array.from({ length: 28 }, (_, i) => String(1998 + i)));
    const year = screen.getByRole("button", { name: "2024: 6 events. Show its months" });
    year.focus();
    fireEvent.keyDown(year, { key: "Enter" });
    expect(keys()).toEqual(Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, "0")}`));
    expect(container.querySelector('.bar[data-key="2024-11"]')!.getAttribute("data-count")).toBe("4");
    expect(onRange).toHaveBeenLastCalledWith({ from: "2024-01-01", to: "2024-12-31" });
    expect(screen.getByText("Months of 2024")).toBeTruthy();
    // Months do not open further; the way back has the focus.
    expect(screen.queryByRole("button", { name: /Show its months/ })).toBeNull();
    const back = screen.getByRole("button", { name: /All years/ });
    expect(document.activeElement).toBe(back);
    fireEvent.click(back);
    expect(keys()).toHaveLength(28);
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "2024: 6 events. Show its months" }));
  });

  it("opens a year clicked on the bars, but brushes a drag across years", () => {
    const onRange = vi.fn();
    const { container } = render(wrap(<TimelineStrip counts={DECADES} range={{ from: null, to: null }} problem={null} onRetry={() => {}} onRange={onRange} />));
    const svg = container.querySelector("svg")!;
    // jsdom lays nothing out: the histogram is 280 px wide, 10 px a year from 1998.
    svg.getBoundingClientRect = () => ({ left: 0, top: 0, width: 280, height: 64, right: 280, bottom: 64, x: 0, y: 0, toJSON() {} });
    const at = (year: number) => ({ clientX: (year - 1998) * 10 + 5, pointerId: 1 });
    fireEvent.pointerDown(svg, at(2000));
    fireEvent.pointerMove(svg, at(2003));
    fireEvent.pointerUp(svg, at(2003));
    expect(onRange).toHaveBeenLastCalledWith({ from: "2000-01-01", to: "2003-12-31" });
    expect(container.querySelectorAll(".bar")).toHaveLength(28);
    fireEvent.pointerDown(svg, at(2024));
    fireEvent.pointerUp(svg, at(2024));
    expect(onRange).toHaveBeenLastCalledWith({ from: "2024-01-01", to: "2024-12-31" });
    expect(container.querySelector(".bar")!.getAttribute("data-key")).toBe("2024-01");
  });
});
