import { describe, expect, it } from "vitest";
import type { EdgeData, NodeData } from "../lib/records-to-elements.ts";
import { DEFAULT_FILTERS, type Filters } from "../lib/view-state.ts";
import { edgePasses, nodePasses } from "./filter-elements.ts";

const node = (data: Partial<NodeData>): NodeData => ({ id: "x", label: "Event", name: "x", ...data });
const edge = (data: Partial<EdgeData>): EdgeData => ({ id: "e", source: "a", target: "b", type: "MET", ...data });
const filters = (f: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...f });

describe("nodePasses", () => {
  it.each<[string, Partial<NodeData>, Partial<Filters>, boolean]>([
    ["a kept label", { label: "Person" }, { labels: ["Person"] }, true],
    ["a dropped label", { label: "Person" }, { labels: ["Event"] }, false],
    ["a place in a chosen country", { label: "City", country: "VN" }, { countries: ["VN"] }, true],
    ["a place elsewhere", { label: "City", country: "CN" }, { countries: ["VN"] }, false],
    ["a country by its iso2", { label: "Country", iso2: "CN", country: "CN" }, { countries: ["VN"] }, false],
    ["a person (no country)", { label: "Person" }, { countries: ["VN"] }, true],
    ["an event inside the range", { date: "2025-05-06" }, { from: "2025-01-01", to: "2025-12-31" }, true],
    ["an event before the range", { date: "2024-12-31" }, { from: "2025-01-01" }, false],
    ["an event after the range", { date: "2026-01" }, { to: "2025-12-31" }, false],
    ["a month that overlaps the start", { date: "2025-05" }, { from: "2025-05-20" }, true],
    ["a year that overlaps the end", { date: "2025" }, { to: "2025-01" }, true],
    ["an undated event", {}, { from: "2025-01-01" }, true],
  ])("%s", (_, data, f, expected) => {
    expect(nodePasses(node(data), filters(f))).toBe(expected);
  });
});

describe("edgePasses", () => {
  it.each<[string, Partial<EdgeData>, Partial<Filters>, boolean]>([
    ["a kept type", { type: "MET" }, { types: ["MET"] }, true],
    ["a dropped type", { type: "MET" }, { types: ["SIGNED"] }, false],
    ["confident enough", { confidence: 0.8 }, { minConfidence: 0.8 }, true],
    ["not confident enough", { confidence: 0.79 }, { minConfidence: 0.8 }, false],
    ["no confidence counts as certain", {}, { minConfidence: 0.9 }, true],
    ["meetings spanning the range", { firstDate: "2020-01", lastDate: "2025-05" }, { from: "2024-01-01", to: "2024-12-31" }, true],
    ["meetings all before the range", { firstDate: "2020-01", lastDate: "2021-05" }, { from: "2024-01-01" }, false],
  ])("%s", (_, data, f, expected) => {
    expect(edgePasses(edge(data), filters(f))).toBe(expected);
  });
});
