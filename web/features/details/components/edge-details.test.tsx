import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { RelationshipSources } from "../api/get-relationship-sources.ts";
import { EdgeDetails } from "./edge-details.tsx";

const SOURCES: RelationshipSources = {
  relationship: {
    id: "MET|person:bui-thanh-son|person:choi-youngsam",
    source: "person:bui-thanh-son",
    target: "person:choi-youngsam",
    type: "MET",
    rule: "both people were present at the same meeting, talks, reception, signing, conference or ceremony",
    confidence: 0.85,
    count: 4,
    firstDate: "2025-05",
    lastDate: "2025-06",
  },
  from: { id: "person:bui-thanh-son", label: "Person", name: "Bui Thanh Son", nameVi: "Bùi Thanh Sơn" },
  to: { id: "person:choi-youngsam", label: "Person", name: "Choi Youngsam" },
  basis: [
    { id: "event:a", label: "Event", name: "Meet Korea 2025", date: "2025-05" },
    { id: "event:b", label: "Event", name: "Conference in Vietnam", date: "2025-06" },
  ],
  evidence: [
    { docId: "doc-a", start: 1402, end: 1668, quote: "Bùi Thanh Sơn, Choi Youngsam … dự Hội nghị.", documentTitle: "Lang Son Department of Foreign Affairs" },
    { docId: "doc-a", start: 1686, end: 2002, quote: "Bui Thanh Son, Choi Youngsam … attended.", documentTitle: "Lang Son Department of Foreign Affairs" },
  ],
};

describe("the details of a relationship", () => {
  it("names both ends, the rule that found it and its confidence", () => {
    render(<EdgeDetails sources={SOURCES} onOpenEvidence={() => {}} onSelectEntity={() => {}} />);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Bui Thanh Son → Choi Youngsam");
    expect(screen.getByRole("region", { name: "Why Ketnoi believes it" }).textContent).toContain("present at the same meeting");
    expect((screen.getByRole("meter", { name: "Confidence" }) as HTMLMeterElement).value).toBe(0.85);
    expect(screen.getByText("85 %")).toBeTruthy();
    expect(screen.getByText("2025-05 – 2025-06")).toBeTruthy();
  });

  it("lists the events it rests on, each selectable", () => {
    const onSelectEntity = vi.fn();
    render(<EdgeDetails sources={SOURCES} onOpenEvidence={() => {}} onSelectEntity={onSelectEntity} />);
    const basis = within(screen.getByRole("region", { name: "Rests on" })).getAllByRole("listitem");
    expect(basis.map((b) => b.textContent)).toEqual(["Meet Korea 2025Event · 2025-05", "Conference in VietnamEvent · 2025-06"]);
    fireEvent.click(within(basis[1]!).getByRole("button"));
    expect(onSelectEntity).toHaveBeenCalledWith("event:b");
  });

  it("quotes every source sentence and opens the chosen one in the reader", () => {
    const onOpenEvidence = vi.fn();
    render(<EdgeDetails sources={SOURCES} onOpenEvidence={onOpenEvidence} onSelectEntity={() => {}} />);
    const sources = screen.getByRole("region", { name: "Source sentences (2)" });
    expect(within(sources).getAllByRole("listitem").map((li) => li.querySelector("blockquote")?.textContent)).toEqual(SOURCES.evidence.map((e) => e.quote));
    fireEvent.click(within(sources).getAllByRole("button", { name: "Open in reader" })[1]!);
    expect(onOpenEvidence).toHaveBeenCalledWith(SOURCES.evidence[1]);
  });

  it("says so when no sentence was kept", () => {
    render(<EdgeDetails sources={{ ...SOURCES, evidence: [] }} onOpenEvidence={() => {}} onSelectEntity={() => {}} />);
    expect(screen.getByText("No source sentence was kept for this relationship.")).toBeTruthy();
  });
});
