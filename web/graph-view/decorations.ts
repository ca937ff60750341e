/**
 * What a view adds to the drawing without changing the elements: node sizes by a score (who
 * matters), node colours (the partner network's countries), a set of elements that stand out
 * while the rest steps back (paths), and nodes left without a visible relationship hidden (the
 * timeline, so the network grows with time instead of leaving people floating).
 */
import type { Core, NodeSingular } from "cytoscape";
import type { Filters } from "../lib/view-state.ts";
import type { DrawnGraph } from "./canvas-sync.ts";
import { edgePasses, nodePasses } from "./filter-elements.ts";

export interface CanvasDecorations {
  /** Per node, 0..1: drawn larger the higher it is. */
  scores: ReadonlyMap<string, number> | null;
  /** Per node, a CSS colour that replaces its label's colour. */
  tints: ReadonlyMap<string, string> | null;
  /** Elements that stand out; everything else fades. */
  emphasis: ReadonlySet<string> | null;
  hideIsolated: boolean;
}

export const NO_DECORATIONS: CanvasDecorations = { scores: null, tints: null, emphasis: null, hideIsolated: false };

function setOrRemove(node: NodeSingular, key: string, value: number | string | undefined): void {
  if (value === undefined) {
    if (node.data(key) !== undefined) node.removeData(key);
  } else if (node.data(key) !== value) node.data(key, value);
}

export function applyDecorations(cy: Core, decorations: CanvasDecorations): void {
  const { scores, tints, emphasis } = decorations;
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      setOrRemove(n, "score", scores?.get(n.id()));
      setOrRemove(n, "tint", tints?.get(n.id()));
    });
    cy.elements().forEach((e) => {
      e.toggleClass("emphasis", emphasis !== null && emphasis.has(e.id()));
      e.toggleClass("deemphasis", emphasis !== null && !emphasis.has(e.id()));
    });
  });
}

/**
 * The undated nodes (people, places) drawn but without a relationship left on screen once the
 * filters and the user's hiding apply: the timeline hides them, and counts them as hidden.
 */
export function isolatedNodes(graph: DrawnGraph, filters: Filters, hidden: ReadonlySet<string>): Set<string> {
  const shown = (id: string) => {
    const node = graph.nodes.get(id);
    return node !== undefined && !hidden.has(id) && nodePasses(node, filters);
  };
  const tied = new Set<string>();
  for (const edge of graph.edges.values()) {
    if (!edgePasses(edge, filters) || !shown(edge.source) || !shown(edge.target)) continue;
    tied.add(edge.source);
    tied.add(edge.target);
  }
  // A dated node (an event) is there for its own date; the date filter decides about it.
  return new Set([...graph.nodes.values()].filter((n) => n.date == null && shown(n.id) && !tied.has(n.id)).map((n) => n.id));
}

/** Hides the isolated nodes (isolatedNodes) and shows again those no longer isolated. */
export function applyIsolation(cy: Core, isolated: ReadonlySet<string>): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => void n.toggleClass("isolated", isolated.has(n.id())));
  });
}
