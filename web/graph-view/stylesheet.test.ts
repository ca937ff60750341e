import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { LABEL_STYLES } from "./label-styles.ts";
import { RELATIONSHIP_STYLES } from "./relationship-styles.ts";
import { NODE_SIZE, STYLESHEET } from "./stylesheet.ts";

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(",")})`;

describe("the stylesheet", () => {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: STYLESHEET });
  cy.add(LABEL_STYLES.map((s) => ({ data: { id: s.label, label: s.label, name: s.label, caption: s.label, degree: 1 } })));
  cy.add(RELATIONSHIP_STYLES.map((s) => ({ data: { id: s.type, source: "Person", target: "Country", type: s.type, caption: s.type } })));

  it.each(LABEL_STYLES)("draws $label in its own colour and shape", (s) => {
    const node = cy.getElementById(s.label);
    expect(node.style("shape")).toBe(s.shape);
    expect(node.style("background-color")).toBe(rgb(s.color));
  });

  it("gives every label a distinct colour", () => {
    expect(new Set(LABEL_STYLES.map((s) => s.color)).size).toBe(LABEL_STYLES.length);
  });

  it.each(RELATIONSHIP_STYLES)("draws $type in its colour and line, with an arrow only when directed", (s) => {
    const edge = cy.getElementById(s.type);
    expect(edge.style("line-color")).toBe(rgb(s.color));
    expect(edge.style("line-style")).toBe(s.line);
    expect(edge.style("target-arrow-shape")).toBe(s.directed ? "triangle" : "none");
  });

  it("gives every relationship type a distinct look", () => {
    expect(new Set(RELATIONSHIP_STYLES.map((s) => `${s.color} ${s.line}`)).size).toBe(RELATIONSHIP_STYLES.length);
  });

  it.each([
    [1, NODE_SIZE.minSize],
    [NODE_SIZE.maxDegree, NODE_SIZE.maxSize],
    [500, NODE_SIZE.maxSize],
  ])("sizes a node of degree %i at %i px", (degree, size) => {
    const node = cy.add({ data: { id: `d${degree}`, label: "Person", name: "x", caption: "x", degree } });
    expect(node.numericStyle("width")).toBe(size);
    expect(node.numericStyle("height")).toBe(size);
  });

  it("lets labels give way when zoomed out, and hides filtered and hidden elements", () => {
    const node = cy.getElementById("Person");
    expect(node.numericStyle("min-zoomed-font-size")).toBeGreaterThan(0);
    node.addClass("filtered");
    expect(node.style("display")).toBe("none");
    node.removeClass("filtered").addClass("hidden");
    expect(node.style("display")).toBe("none");
    node.removeClass("hidden");
    expect(node.style("display")).toBe("element");
  });

  it("marks a node with neighbours left to load", () => {
    const node = cy.getElementById("City").data("more", 12);
    expect(node.style("border-style")).toBe("dashed");
  });
});
