import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import type { EdgeData, NodeData } from "../lib/records-to-elements.ts";
import { DEFAULT_FILTERS } from "../lib/view-state.ts";
import { applyCaptions, applyPins, applyVisibility, highlightAround, syncElements } from "./canvas-sync.ts";
import { STYLESHEET } from "./stylesheet.ts";

const node = (id: string, label: string, extra: Partial<NodeData> = {}): NodeData => ({ id, label, name: id, degree: 2, ...extra });
const edge = (source: string, target: string, type: string, extra: Partial<EdgeData> = {}): EdgeData => ({ id: `${type}|${source}|${target}`, source, target, type, ...extra });
const graph = (nodes: NodeData[], edges: EdgeData[]) => ({ nodes: new Map(nodes.map((n) => [n.id, n])), edges: new Map(edges.map((e) => [e.id, e])) });

describe("keeping Cytoscape in step with the data", () => {
  const ha = node("person:ha", "Person", { nameVi: "Trần Hồng Hà" });
  const son = node("person:son", "Person");
  const vn = node("country:vn", "Country", { iso2: "VN" });
  const ev = node("event:a", "Event", { date: "2024-05-06" });
  const met = edge("person:ha", "person:son", "MET", { confidence: 0.9 });
  const member = edge("person:son", "country:vn", "AFFILIATED_WITH", { confidence: 0.6 });
  const attended = edge("person:ha", "event:a", "ATTENDED");

  it("adds new elements near their origin, removes gone ones, and never draws an edge without its ends", () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: STYLESHEET });
    expect(syncElements(cy, graph([ha], []))).toEqual(["person:ha"]);
    cy.getElementById("person:ha").position({ x: 500, y: 500 });
    const added = syncElements(cy, graph([ha, son, vn], [met, member, attended]), "person:ha");
    expect(added.sort()).toEqual(["AFFILIATED_WITH|person:son|country:vn", "MET|person:ha|person:son", "country:vn", "person:son"]);
    const p = cy.getElementById("person:son").position();
    expect(Math.hypot(p.x - 500, p.y - 500)).toBeLessThan(200);
    syncElements(cy, graph([ha, son], [met]));
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual(["person:ha", "person:son"]);
    expect(cy.edges().map((e) => e.id())).toEqual(["MET|person:ha|person:son"]);
  });

  it("captions nodes in the chosen language with what is left to load", () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: STYLESHEET });
    syncElements(cy, graph([ha, son], [met]));
    applyCaptions(cy, { node: (d) => `${d.nameVi ?? d.name}${d.id === "person:ha" ? "\n+3 more" : ""}`, edge: (d) => d.type.toLowerCase() });
    expect(cy.getElementById("person:ha").data("caption")).toBe("Trần Hồng Hà\n+3 more");
    expect(cy.getElementById("person:son").data("caption")).toBe("person:son");
    expect(cy.getElementById(met.id).data("caption")).toBe("met");
  });

  it("hides what the filters drop and what the user hid, with the edges of hidden nodes", () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: STYLESHEET });
    syncElements(cy, graph([ha, son, vn, ev], [met, member, attended]));
    applyVisibility(cy, { ...DEFAULT_FILTERS, labels: ["Person", "Country"], minConfidence: 0.7 }, new Set(["person:son"]));
    const visible = (id: string) => cy.$id(id).style("display") !== "none" && cy.$id(id).connectedNodes().every((n) => n.style("display") !== "none");
    expect(["person:ha", "person:son", "country:vn", "event:a"].map(visible)).toEqual([true, false, true, false]);
    expect([met.id, member.id, attended.id].map(visible)).toEqual([false, false, false]);
    applyVisibility(cy, DEFAULT_FILTERS, new Set());
    expect(cy.elements().every((e) => e.style("display") !== "none")).toBe(true);
  });

  it("locks pinned nodes", () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: STYLESHEET });
    syncElements(cy, graph([ha, son], []));
    applyPins(cy, new Set(["person:ha"]));
    expect(cy.getElementById("person:ha").locked()).toBe(true);
    expect(cy.getElementById("person:ha").hasClass("pinned")).toBe(true);
    applyPins(cy, new Set());
    expect(cy.getElementById("person:ha").locked()).toBe(false);
  });

  it("highlights the neighbourhood of a node and fades the rest", () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: STYLESHEET });
    syncElements(cy, graph([ha, son, vn, ev], [met, member, attended]));
    highlightAround(cy, "person:son");
    expect(cy.$(".highlighted").map((e) => e.id()).sort()).toEqual([member.id, met.id, "country:vn", "person:ha", "person:son"].sort());
    expect(cy.$(".faded").map((e) => e.id()).sort()).toEqual([attended.id, "event:a"].sort());
    highlightAround(cy, null);
    expect(cy.$(".faded, .highlighted").length).toBe(0);
  });
});
