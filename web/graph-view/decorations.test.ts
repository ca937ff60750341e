import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { applyDecorations, applyIsolation, isolatedNodes, NO_DECORATIONS } from "./decorations.ts";
import { applyVisibility, type DrawnGraph } from "./canvas-sync.ts";
import type { EdgeData, NodeData } from "../lib/records-to-elements.ts";
import { MEETING_WIDTH, PARTNER_TIES, SCORE_SIZE, STYLESHEET } from "./stylesheet.ts";
import { DEFAULT_FILTERS } from "../lib/view-state.ts";

/** The plain data of what is drawn, as the canvas gets it. */
function graphOf(cy: cytoscape.Core): DrawnGraph {
  return {
    nodes: new Map(cy.nodes().map((n) => [n.id(), n.data() as NodeData])),
    edges: new Map(cy.edges().map((e) => [e.id(), e.data() as EdgeData])),
  };
}

function drawing() {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: STYLESHEET });
  cy.add([
    { data: { id: "a", label: "Person", name: "A", caption: "A", degree: 1 } },
    { data: { id: "b", label: "Person", name: "B", caption: "B", degree: 1 } },
    { data: { id: "c", label: "Event", name: "C", caption: "C", degree: 1, date: "2020-01-01" } },
    { data: { id: "d", label: "Person", name: "D", caption: "D", degree: 1 } },
    { data: { id: "ab", source: "a", target: "b", type: "MET", count: 1 } },
    { data: { id: "dc", source: "d", target: "c", type: "ATTENDED" } },
  ]);
  return cy;
}

describe("a view's decorations on the canvas", () => {
  it("sizes nodes by score and colours them, and takes both away again", () => {
    const cy = drawing();
    applyDecorations(cy, { ...NO_DECORATIONS, scores: new Map([["a", 1], ["b", 0]]), tints: new Map([["a", "#123456"]]) });
    expect(cy.getElementById("a").numericStyle("width")).toBe(SCORE_SIZE.maxSize);
    expect(cy.getElementById("b").numericStyle("width")).toBe(SCORE_SIZE.minSize);
    expect(cy.getElementById("a").style("background-color")).toBe("rgb(18,52,86)");
    applyDecorations(cy, NO_DECORATIONS);
    expect(cy.getElementById("a").data("score")).toBeUndefined();
    expect(cy.getElementById("a").numericStyle("width")).not.toBe(SCORE_SIZE.maxSize);
    expect(cy.getElementById("a").style("background-color")).not.toBe("rgb(18,52,86)");
  });

  it("makes the emphasised elements stand out and fades the rest", () => {
    const cy = drawing();
    applyDecorations(cy, { ...NO_DECORATIONS, emphasis: new Set(["a", "b", "ab"]) });
    expect(cy.getElementById("ab").hasClass("emphasis")).toBe(true);
    expect(cy.getElementById("c").hasClass("deemphasis")).toBe(true);
    expect(cy.getElementById("c").numericStyle("opacity")).toBeLessThan(0.2);
    applyDecorations(cy, NO_DECORATIONS);
    expect(cy.elements(".emphasis, .deemphasis")).toHaveLength(0);
  });

  it("hides the undated nodes whose every relationship the filters took away, and shows them again", () => {
    const cy = drawing();
    const lonelyEvent = cy.add({ data: { id: "e", label: "Event", name: "E", caption: "E", degree: 1, date: "2025-01-01" } });
    const filters = { ...DEFAULT_FILTERS, from: "2024-01-01" };
    const isolated = isolatedNodes(graphOf(cy), filters, new Set());
    expect([...isolated]).toEqual(["d"]);
    applyVisibility(cy, filters, new Set());
    applyIsolation(cy, isolated);
    expect(cy.getElementById("c").style("display")).toBe("none");
    expect(cy.getElementById("d").style("display")).toBe("none");
    expect(cy.getElementById("a").style("display")).toBe("element");
    expect(lonelyEvent.style("display")).toBe("element");
    applyIsolation(cy, new Set());
    expect(cy.getElementById("d").style("display")).toBe("element");
  });

  it("leaves what the user hid to the user: a node alone only because its neighbour is hidden is isolated", () => {
    const cy = drawing();
    expect([...isolatedNodes(graphOf(cy), DEFAULT_FILTERS, new Set(["b"]))]).toEqual(["a"]);
    expect([...isolatedNodes(graphOf(cy), DEFAULT_FILTERS, new Set())]).toEqual([]);
  });

  it.each([
    [1, MEETING_WIDTH.minWidth],
    [MEETING_WIDTH.maxCount, MEETING_WIDTH.maxWidth],
    [40, MEETING_WIDTH.maxWidth],
  ])("draws a MET edge of %i meetings %i px wide", (count, width) => {
    const cy = drawing();
    cy.getElementById("ab").data("count", count);
    expect(cy.getElementById("ab").numericStyle("width")).toBe(width);
  });

  it.each(PARTNER_TIES)("draws a partnership of strength $strength as a $line line", (tie) => {
    const cy = drawing();
    const edge = cy.add({ data: { id: "p", source: "a", target: "b", type: "PARTNERS_WITH", strength: tie.strength } });
    expect(edge.style("line-style")).toBe(tie.line);
    expect(edge.numericStyle("width")).toBe(tie.width);
  });
});

describe("emphasis and the selection's highlight", () => {
  it("keeps an emphasised element clear even when the highlight around the selection fades it", () => {
    const cy = drawing();
    cy.getElementById("c").addClass("faded");
    applyDecorations(cy, { ...NO_DECORATIONS, emphasis: new Set(["c"]) });
    expect(cy.getElementById("c").numericStyle("opacity")).toBe(1);
    cy.getElementById("a").addClass("highlighted");
    expect(cy.getElementById("a").numericStyle("opacity")).toBeLessThan(0.2);
  });
});
