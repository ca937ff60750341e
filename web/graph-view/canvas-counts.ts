/**
 * What the count over the canvas says: the entities and relationships a person sees, and how
 * many entities the filters hide, the nodes a view hides for being isolated (the timeline's
 * people and places without a relationship in the period) included.
 */
import type { Filters } from "../lib/view-state.ts";
import type { DrawnGraph } from "./canvas-sync.ts";
import { edgePasses, nodePasses } from "./filter-elements.ts";

export interface CanvasCounts {
  nodes: number;
  edges: number;
  /** Hidden by the filters (not by the user, whose hidden entities the toolbar counts). */
  filtered: number;
}

export function canvasCounts(graph: DrawnGraph, view: { filters: Filters; hidden: ReadonlySet<string>; isolated: ReadonlySet<string> }): CanvasCounts {
  const { filters, hidden, isolated } = view;
  const passing = [...graph.nodes.values()].filter((n) => nodePasses(n, filters));
  const visible = new Set(passing.filter((n) => !hidden.has(n.id) && !isolated.has(n.id)).map((n) => n.id));
  const edges = [...graph.edges.values()].filter((e) => visible.has(e.source) && visible.has(e.target) && edgePasses(e, filters)).length;
  const isolatedShown = [...isolated].filter((id) => graph.nodes.has(id) && !hidden.has(id)).length;
  return { nodes: visible.size, edges, filtered: graph.nodes.size - passing.length + isolatedShown };
}
