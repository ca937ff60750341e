import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { PairList } from "./pair-list.tsx";

const ITEMS = [
  { edgeId: "met:1", a: { name: "Tran Hong Ha" }, b: { name: "Nguyen Van Son" }, detail: "3×" },
  { edgeId: "met:2", a: { name: "Lan Tianli" }, b: { name: "Ho Tien Thieu" }, detail: "1×" },
];

describe("the list of pairs beside the canvas", () => {
  it("names each pair with what it shares, marks the selected line and selects a line on click", () => {
    const onSelect = vi.fn();
    render(<PairList id="pairs" title="Pairs on the canvas (2)" items={ITEMS} selectedEdge="met:2" onSelect={onSelect} />);
    const list = screen.getByRole("region", { name: "Pairs on the canvas (2)" });
    const buttons = list.querySelectorAll("button");
    expect([...buttons].map((b) => b.textContent)).toEqual(["Tran Hong Ha – Nguyen Van Son3×", "Lan Tianli – Ho Tien Thieu1×"]);
    expect([...buttons].map((b) => b.getAttribute("aria-current"))).toEqual([null, "true"]);
    fireEvent.click(buttons[0]!);
    expect(onSelect).toHaveBeenCalledWith("met:1");
  });

  it("says nothing when no pair is drawn", () => {
    const { container } = render(<PairList id="pairs" title="Pairs" items={[]} selectedEdge={null} onSelect={() => {}} />);
    expect(container.innerHTML).toBe("");
  });
});
