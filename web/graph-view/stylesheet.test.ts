import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { LABEL_STYLES } from "./label-styles.ts";
import { STYLESHEET } from "./stylesheet.ts";

describe("the stylesheet", () => {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: STYLESHEET });
  cy.add(LABEL_STYLES.map((s) => ({ data: { id: s.label, label: s.label, name: s.label } })));

  it.each(LABEL_STYLES)("draws $label in its own colour and shape", (s) => {
    const node = cy.getElementById(s.label);
    expect(node.style("shape")).toBe(s.shape);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(s.color.slice(i, i + 2), 16));
    expect(node.style("background-color")).toBe(`rgb(${r},${g},${b})`);
  });

  it("gives every label a distinct colour", () => {
    expect(new Set(LABEL_STYLES.map((s) => s.color)).size).toBe(LABEL_STYLES.length);
  });
});
