/**
 * What a view adds to the drawing without changing the elements: node sizes by a score (who
 * matters), node colours (the partner network's countries), a set of elements that stand out
 * while the rest steps back (paths), and nodes left without a visible relationship hidden (the
 * timeline, so the network grows with time instead of leaving people floating).
 */
import type { Core, EdgeSingular, NodeSingular } from "cytoscape";

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
 * Hides (or shows again) the undated nodes (people, places) that are drawn but have no
 * relationship left on screen, once filters and hiding are applied (applyVisibility first).
 */
export function applyIsolation(cy: Core, hideIsolated: boolean): void {
  const shown = (n: NodeSingular) => !n.hasClass("filtered") && !n.hasClass("hidden");
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      // A dated node (an event) is there for its own date; the date filter decides about it.
      const isolated = hideIsolated && shown(n) && n.data("date") == null && !n.connectedEdges().toArray().some((e) => {
          const edge = e as EdgeSingular;
          return !edge.hasClass("filtered") && shown(edge.source()) && shown(edge.target());
        });
      n.toggleClass("isolated", isolated);
    });
  });
}
