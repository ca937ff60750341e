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

/** Node sizes when a view ranks nodes by a score from 0 to 1. */
export const SCORE_SIZE = { minSize: 18, maxSize: 90 } as const;

/** MET edges thicken with the number of meetings behind them, up to this many. */
export const MEETING_WIDTH = { minCount: 1, maxCount: 6, minWidth: 3, maxWidth: 11 } as const;

/**
 * PARTNERS_WITH by its strongest tie (the loader's strength): a signed agreement (3) solid and
 * thick, a joint committee (2) dashed, stated cooperation (1) dotted and thin.
 */
export const PARTNER_TIES = [
  { strength: 3, line: "solid", width: 6 },
  { strength: 2, line: "dashed", width: 4 },
  { strength: 1, line: "dotted", width: 2.5 },
] as const;

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
  // A view's own colour (the partner network colours places by country) and size (who matters).
  { selector: "node[tint]", style: { "background-color": "data(tint)" } },
  {
    selector: "node[score]",
    style: {
      width: `mapData(score, 0, 1, ${SCORE_SIZE.minSize}, ${SCORE_SIZE.maxSize})`,
      height: `mapData(score, 0, 1, ${SCORE_SIZE.minSize}, ${SCORE_SIZE.maxSize})`,
    },
  },
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
  {
    selector: `edge[type = "MET"][count > ${MEETING_WIDTH.minCount}]`,
    style: { width: `mapData(count, ${MEETING_WIDTH.minCount}, ${MEETING_WIDTH.maxCount}, ${MEETING_WIDTH.minWidth}, ${MEETING_WIDTH.maxWidth})` },
  },
  { selector: `edge[type = "MET"][count > ${MEETING_WIDTH.maxCount}]`, style: { width: MEETING_WIDTH.maxWidth } },
  ...PARTNER_TIES.map((tie) => ({
    selector: `edge[type = "PARTNERS_WITH"][strength = ${tie.strength}]`,
    style: { "line-style": tie.line, width: tie.width },
  })),
  // The neighbourhood of what is selected or hovered stands out; the rest steps back.
  { selector: ".faded", style: { opacity: 0.15, "text-opacity": 0 } },
  { selector: "edge.highlighted", style: { opacity: 1, "z-index": 10 } },
  { selector: "edge.hovered", style: { label: "data(caption)", width: 4, "z-index": 20 } },
  { selector: "node.highlighted", style: { "z-index": 10 } },
  { selector: "node:selected", style: { "border-width": 4, "border-color": "#111827", "border-style": "solid", "overlay-opacity": 0 } },
  { selector: "edge:selected", style: { width: 5, opacity: 1, label: "data(caption)", "overlay-opacity": 0, "z-index": 20 } },
  // A view's answer (paths) stands out over the highlight around the selection; the rest steps
  // back further than a hover does.
  { selector: ".deemphasis", style: { opacity: 0.12, "text-opacity": 0.25 } },
  { selector: "edge.emphasis", style: { opacity: 1, "text-opacity": 1, width: 5, "line-color": "#f59e0b", "target-arrow-color": "#f59e0b", label: "data(caption)", "z-index": 30 } },
  { selector: "node.emphasis", style: { opacity: 1, "text-opacity": 1, "border-width": 4, "border-color": "#f59e0b", "z-index": 30 } },
  { selector: ".filtered, .hidden, .isolated", style: { display: "none" } },
];
