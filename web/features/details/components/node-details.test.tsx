import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { I18nProvider } from "../../../lib/i18n.tsx";
import type { EntityDetails } from "../api/get-entity-details.ts";
import type { NodeActionsProps } from "./node-actions.tsx";
import { NodeDetails } from "./node-details.tsx";

const DETAILS: EntityDetails = {
  entity: {
    id: "person:tran-hong-ha",
    label: "Person",
    name: "Tran Hong Ha",
    nameVi: "Trần Hồng Hà",
    aliases: ["Trần Hồng Hà", "Deputy Prime Minister Tran Hong Ha", "TRẦN HỒNG HÀ"],
    titles: ["Deputy Prime Minister", "Deputy Prime Minister"],
  },
  country: null,
  counts: [
    { type: "AFFILIATED_WITH", count: 2 },
    { type: "MET", count: 3 },
  ],
  relationships: [
    { id: "MET|person:tran-hong-ha|person:bui-thanh-son", type: "MET", source: "person:tran-hong-ha", outgoing: true, confidence: 0.85, other: { id: "person:bui-thanh-son", label: "Person", name: "Bui Thanh Son", nameVi: "Bùi Thanh Sơn" } },
    { id: "AFFILIATED_WITH|person:x|person:tran-hong-ha", type: "AFFILIATED_WITH", source: "person:x", outgoing: false, confidence: null, other: { id: "person:x", label: "Person", name: "X", nameVi: null } },
  ],
};

function actions(overrides: Partial<NodeActionsProps> = {}): NodeActionsProps {
  return { expansion: null, limit: 50, pinned: false, busy: false, onExpand: vi.fn(), onLoadMore: vi.fn(), onTogglePin: vi.fn(), onHide: vi.fn(), ...overrides };
}

describe("the details of an entity", () => {
  it("shows both names, aliases other than the names, and each title once", () => {
    render(<NodeDetails details={DETAILS} actions={actions()} onSelectRelationship={() => {}} />);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Tran Hong Ha");
    expect(screen.getByText("Trần Hồng Hà")).toBeTruthy();
    expect(within(screen.getByRole("region", { name: "Also written" })).getByText("Deputy Prime Minister Tran Hong Ha").textContent).not.toContain("Trần");
    expect(within(screen.getByRole("region", { name: "Titles" })).getAllByRole("listitem")).toHaveLength(1);
  });

  it("heads with the Vietnamese name when Vietnamese is chosen", () => {
    localStorage.setItem("ketnoi.lang", "vi");
    render(
      <I18nProvider>
        <NodeDetails details={DETAILS} actions={actions()} onSelectRelationship={() => {}} />
      </I18nProvider>,
    );
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Trần Hồng Hà");
    expect(screen.getByText("Bùi Thanh Sơn")).toBeTruthy();
    expect(screen.getByRole("region", { name: "Quan hệ theo loại" }).textContent).toContain("gặp 3");
    localStorage.clear();
  });

  it("counts relationships by type and lists them with their direction; choosing one selects it", () => {
    const onSelect = vi.fn();
    render(<NodeDetails details={DETAILS} actions={actions()} onSelectRelationship={onSelect} />);
    const counts = within(screen.getByRole("region", { name: "Relationships by type" })).getAllByRole("listitem");
    expect(counts.map((c) => c.textContent)).toEqual(["affiliated with 2", "met 3"]);
    const items = within(screen.getByRole("region", { name: "Relationships" })).getAllByRole("button");
    expect(items.map((b) => b.textContent)).toEqual(["met →Bui Thanh Son85 %", "← affiliated withX"]);
    fireEvent.click(items[0]!);
    expect(onSelect).toHaveBeenCalledWith(DETAILS.relationships[0]);
  });

  it("expands with chosen relationship types only", () => {
    const onExpand = vi.fn();
    render(<NodeDetails details={DETAILS} actions={actions({ onExpand })} onSelectRelationship={() => {}} />);
    fireEvent.click(screen.getByRole("button", { name: "Show neighbours" }));
    expect(onExpand).toHaveBeenLastCalledWith([]);
    fireEvent.click(screen.getByRole("checkbox", { name: "met" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "attended" }));
    fireEvent.click(screen.getByRole("button", { name: "Show neighbours" }));
    expect(onExpand).toHaveBeenLastCalledWith(["MET", "ATTENDED"]);
  });

  it("offers the next page when neighbours are left, up to the limit", () => {
    const onLoadMore = vi.fn();
    render(<NodeDetails details={DETAILS} actions={actions({ expansion: { loaded: 3, total: 59 }, limit: 3, onLoadMore })} onSelectRelationship={() => {}} />);
    expect(screen.getByText("+56 more")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Load 3 more" }));
    expect(onLoadMore).toHaveBeenCalled();
  });

  it("says when every neighbour is shown, and pins and hides", () => {
    const onTogglePin = vi.fn();
    const onHide = vi.fn();
    render(<NodeDetails details={DETAILS} actions={actions({ expansion: { loaded: 5, total: 5 }, pinned: true, onTogglePin, onHide })} onSelectRelationship={() => {}} />);
    expect(screen.getByText("All 5 neighbours are on the canvas.")).toBeTruthy();
    const pin = screen.getByRole("button", { name: "Unpin" });
    expect(pin.getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(pin);
    fireEvent.click(screen.getByRole("button", { name: "Hide" }));
    expect(onTogglePin).toHaveBeenCalled();
    expect(onHide).toHaveBeenCalled();
  });
});
