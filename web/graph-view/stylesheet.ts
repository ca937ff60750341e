/**
 * The Cytoscape stylesheet, as typed data built from LABEL_STYLES and RELATIONSHIP_STYLES.
 * Nodes are sized by their degree in the database (data.degree), labels read data.caption (the
 * name in the chosen language, plus "+N more") and give way when zoomed out.
 */
import type { StylesheetJson } from "cytoscape";
import { LABEL_STYLES } from "./label-styles.ts";
import { RELATIONSHIP_STYLES } from "./relationship-styles.ts";

/** Degree range mapped onto node sizes; a degree past the top keeps the largest size. */
export const NODE_SIZE = { minDegree: 1, maxDegree: 40, minSize: 22, maxSize: 60 } as const;

export const STYLESHEET: StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(caption)",
      "font-size": 11,
      color: "#1d2433",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "wrap",
      "text-max-width": "130px",
      "text-outline-color": "#f8fafc",
      "text-outline-width": 2,
      // Labels smaller than this on screen are not drawn: a zoomed-out graph stays legible and fast.
      "min-zoomed-font-size": 9,
      width: `mapData(degree, ${NODE_SIZE.minDegree}, ${NODE_SIZE.maxDegree}, ${NODE_SIZE.minSize}, ${NODE_SIZE.maxSize})`,
      height: `mapData(degree, ${NODE_SIZE.minDegree}, ${NODE_SIZE.maxDegree}, ${NODE_SIZE.minSize}, ${NODE_SIZE.maxSize})`,
      "border-width": 1.5,
      "border-color": "#ffffff",
      "background-color": "#94a3b8",
    },
  },
  ...LABEL_STYLES.map((s) => ({
    selector: `node[label = "${s.label}"]`,
    style: { "background-color": s.color, shape: s.shape },
  })),
  { selector: `node[degree > ${NODE_SIZE.maxDegree}]`, style: { width: NODE_SIZE.maxSize, height: NODE_SIZE.maxSize } },
  { selector: "node[more > 0]", style: { "border-width": 3, "border-color": "#f59e0b", "border-style": "dashed" } },
  { selector: "node.pinned", style: { "border-width": 4, "border-color": "#1d2433", "border-style": "double" } },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "line-color": "#94a3b8",
      "target-arrow-color": "#94a3b8",
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.9,
      "curve-style": "bezier",
      opacity: 0.85,
      "font-size": 10,
      "text-rotation": "autorotate",
      "text-outline-color": "#f8fafc",
      "text-outline-width": 2,
      "min-zoomed-font-size": 8,
    },
  },
  ...RELATIONSHIP_STYLES.map((s) => ({
    selector: `edge[type = "${s.type}"]`,
    style: {
      "line-color": s.color,
      "target-arrow-color": s.color,
      "line-style": s.line,
      width: s.width,
      "target-arrow-shape": s.directed ? "triangle" : "none",
    },
  })),
  // The neighbourhood of what is selected or hovered stands out; the rest steps back.
  { selector: ".faded", style: { opacity: 0.15, "text-opacity": 0 } },
  { selector: "edge.highlighted", style: { opacity: 1, "z-index": 10 } },
  { selector: "edge.hovered", style: { label: "data(caption)", width: 4, "z-index": 20 } },
  { selector: "node.highlighted", style: { "z-index": 10 } },
  { selector: "node:selected", style: { "border-width": 4, "border-color": "#111827", "border-style": "solid", "overlay-opacity": 0 } },
  { selector: "edge:selected", style: { width: 5, opacity: 1, label: "data(caption)", "overlay-opacity": 0, "z-index": 20 } },
  { selector: ".filtered, .hidden", style: { display: "none" } },
];
