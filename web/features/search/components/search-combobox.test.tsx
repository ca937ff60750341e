import { fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import type { SearchResult } from "../api/search-entities.ts";
import { SearchCombobox, type SearchComboboxProps } from "./search-combobox.tsx";

const RESULTS: SearchResult[] = [
  { id: "province:vn:lang-son", label: "Province", name: "Lang Son", nameVi: "Lạng Sơn", detail: "Vietnam", detailVi: "Việt Nam" },
  { id: "person:tran-hong-ha", label: "Person", name: "Tran Hong Ha", nameVi: "Trần Hồng Hà", detail: "Deputy Prime Minister", detailVi: "Deputy Prime Minister" },
  { id: "city:vn:lang-son-city", label: "City", name: "Lang Son City", nameVi: null, detail: "Vietnam", detailVi: "Việt Nam" },
  { id: "person:ho-tien-thieu", label: "Person", name: "Ho Tien Thieu", nameVi: "Hồ Tiến Thiệu", detail: null, detailVi: null },
];

function Harness(props: Partial<SearchComboboxProps>) {
  const [value, setValue] = useState("");
  return <SearchCombobox value={value} onChange={setValue} results={RESULTS} searching={false} problem={null} onRetry={() => {}} onChoose={() => {}} {...props} />;
}

function type(text: string) {
  const input = screen.getByRole("combobox");
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: text } });
  return input;
}

describe("the search box", () => {
  it("lists results grouped by kind, people first, with the title or country beside each name", () => {
    render(<Harness />);
    type("la");
    const listbox = screen.getByRole("listbox");
    const groups = within(listbox).getAllByRole("group");
    expect(groups.map((g) => g.getAttribute("aria-label"))).toEqual(["People", "Provinces", "Cities"]);
    expect(within(groups[0]!).getAllByRole("option").map((o) => o.textContent)).toEqual(["Tran Hong HaDeputy Prime Minister", "Ho Tien Thieu"]);
    expect(within(groups[1]!).getByRole("option").textContent).toBe("Lang SonVietnam");
    expect(screen.getByRole("combobox").getAttribute("aria-expanded")).toBe("true");
  });

  it("moves with the arrow keys, wraps around, and opens the highlighted result with Enter", () => {
    const onChoose = vi.fn();
    render(<Harness onChoose={onChoose} />);
    const input = type("la");
    fireEvent.keyDown(input, { key: "ArrowDown" });
    fireEvent.keyDown(input, { key: "ArrowDown" });
    const active = () => document.getElementById(input.getAttribute("aria-activedescendant") ?? "");
    expect(active()?.textContent).toContain("Ho Tien Thieu");
    expect(active()?.getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(input, { key: "ArrowUp" });
    fireEvent.keyDown(input, { key: "ArrowUp" });
    expect(active()?.textContent).toContain("Lang Son City");
    fireEvent.keyDown(input, { key: "Enter" });
    expect(onChoose).toHaveBeenCalledWith(RESULTS[2]);
    expect((input as HTMLInputElement).value).toBe("Lang Son City");
    expect(input.getAttribute("aria-expanded")).toBe("false");
  });

  it("opens the first result on Enter when none is highlighted", () => {
    const onChoose = vi.fn();
    render(<Harness onChoose={onChoose} />);
    fireEvent.keyDown(type("tran"), { key: "Enter" });
    expect(onChoose).toHaveBeenCalledWith(RESULTS[1]);
  });

  it("closes on Escape, and clears on a second Escape", () => {
    render(<Harness />);
    const input = type("la");
    fireEvent.keyDown(input, { key: "Escape" });
    expect(input.getAttribute("aria-expanded")).toBe("false");
    expect((input as HTMLInputElement).value).toBe("la");
    fireEvent.keyDown(input, { key: "Escape" });
    expect((input as HTMLInputElement).value).toBe("");
  });

  it("opens a result on click", () => {
    const onChoose = vi.fn();
    render(<Harness onChoose={onChoose} />);
    type("la");
    fireEvent.click(screen.getByRole("option", { name: /Lang Son City/ }));
    expect(onChoose).toHaveBeenCalledWith(RESULTS[2]);
  });

  it("says when nothing matches, and what to try", () => {
    render(<Harness results={[]} />);
    type("xyzzy");
    expect(screen.getByText(/Nothing matches “xyzzy”/).textContent).toMatch(/fewer letters/);
    expect(screen.queryAllByRole("option")).toHaveLength(0);
  });

  it("shows a failed search in place with a retry", () => {
    const onRetry = vi.fn();
    render(<Harness results={undefined} problem={{ kind: "unreachable", detail: "Connection refused" }} uri="bolt://db:7687" onRetry={onRetry} />);
    type("lang");
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Neo4j at bolt://db:7687 does not answer");
    fireEvent.click(within(alert).getByRole("button", { name: "Retry" }));
    expect(onRetry).toHaveBeenCalled();
  });
});
