/** The Cytoscape stylesheet, as typed data built from LABEL_STYLES. */
import type { StylesheetJson } from "cytoscape";
import { LABEL_STYLES } from "./label-styles.ts";

export const STYLESHEET: StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(name)",
      "font-size": 10,
      "text-valign": "bottom",
      "text-margin-y": 3,
      "text-wrap": "ellipsis",
      "text-max-width": "120px",
      "min-zoomed-font-size": 8,
      width: 24,
      height: 24,
      "border-width": 1,
      "border-color": "#ffffff",
    },
  },
  ...LABEL_STYLES.map((s) => ({
    selector: `node[label = "${s.label}"]`,
    style: { "background-color": s.color, shape: s.shape },
  })),
  {
    selector: "edge",
    style: {
      width: 1.5,
      "line-color": "#9aa5b5",
      "target-arrow-color": "#9aa5b5",
      "target-arrow-shape": "triangle",
      "curve-style": "bezier",
      "arrow-scale": 0.8,
    },
  },
  { selector: 'edge[type = "MET"], edge[type = "PARTNERS_WITH"]', style: { "target-arrow-shape": "none", width: 2.5 } },
  { selector: "node:selected", style: { "border-width": 3, "border-color": "#111" } },
];
