/** What a person sees on the canvas: the drawn elements the filters keep and the user did not hide. */
import { edgePasses, nodePasses } from "../graph-view/filter-elements.ts";
import type { EdgeData, GraphElements, NodeData } from "../lib/records-to-elements.ts";
import type { ViewState } from "../lib/view-state.ts";
import type { CanvasGraph } from "./explorer-state.ts";

export function visibleGraph(graph: CanvasGraph, view: Pick<ViewState, "filters" | "hidden">): { nodes: Map<string, NodeData>; edges: EdgeData[] } {
  const hidden = new Set(view.hidden);
  const nodes = new Map([...graph.nodes].filter(([id, n]) => !hidden.has(id) && nodePasses(n, view.filters)));
  const edges = [...graph.edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target) && edgePasses(e, view.filters));
  return { nodes, edges };
}

export function asElements(visible: { nodes: Map<string, NodeData>; edges: EdgeData[] }): GraphElements {
  return { nodes: [...visible.nodes.values()].map((data) => ({ data })), edges: visible.edges.map((data) => ({ data })) };
}
