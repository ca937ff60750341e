/**
 * The explorer's state and how it changes: the view (what the URL carries) and the elements
 * fetched for it. Pure: the fetching lives in use-explorer.ts.
 */
import { edgePasses, nodePasses } from "../graph-view/filter-elements.ts";
import type { EdgeData, GraphElements, NodeData } from "../lib/records-to-elements.ts";
import type { Answer, Expansion, Filters, LayoutName, Question, RelationshipType, Selection, ViewState } from "../lib/view-state.ts";

export interface CanvasGraph {
  nodes: ReadonlyMap<string, NodeData>;
  edges: ReadonlyMap<string, EdgeData>;
}

export interface ExplorerState {
  view: ViewState;
  graph: CanvasGraph;
  /** Per expanded entity: how many neighbours pass the filters (for "+N more"). */
  totals: Readonly<Record<string, number>>;
  /** Pinned entities keep their place in every layout (for this page only). */
  pinned: readonly string[];
  /** The last elements to arrive, and the entity they grew from: the canvas lays them out. */
  arrival: { seq: number; ids: readonly string[]; near: string | null };
  /** Bumped to ask the canvas to lay out everything again. */
  relayout: number;
  /** Bumped to ask the canvas to bring the selection into view. */
  focus: number;
}

export type ExplorerAction =
  /** Browsing adds (an expansion, the overview); so do paths, the answer to their question. */
  | { type: "added"; elements: GraphElements; near: string | null; expansion?: Expansion; total?: number; answer?: Answer }
  | { type: "restored"; elements: GraphElements; totals: Record<string, number> }
  /** A view's answer takes the canvas over (who met whom, the partner network, events in time). */
  | { type: "replaced"; elements: GraphElements; answer: Answer }
  | { type: "question"; question: Partial<Question> }
  | { type: "totals"; totals: Record<string, number> }
  | { type: "filters"; filters: Filters }
  | { type: "layout"; layout: LayoutName }
  | { type: "relayout" }
  | { type: "select"; selection: Selection; focus?: boolean }
  | { type: "hide"; ids: string[] }
  | { type: "show-hidden" }
  | { type: "pin"; id: string; pinned: boolean }
  | { type: "limit"; limit: number }
  | { type: "clear" };

export function initialExplorerState(view: ViewState): ExplorerState {
  return { view, graph: { nodes: new Map(), edges: new Map() }, totals: {}, pinned: [], arrival: { seq: 0, ids: [], near: null }, relayout: 0, focus: 0 };
}

function merge(graph: CanvasGraph, elements: GraphElements): CanvasGraph {
  const nodes = new Map(graph.nodes);
  const edges = new Map(graph.edges);
  for (const { data } of elements.nodes) nodes.set(data.id, { ...nodes.get(data.id), ...data });
  for (const { data } of elements.edges) edges.set(data.id, data);
  return { nodes, edges };
}

/**
 * How many of an expanded entity's neighbours on the canvas still pass new filters. The pages
 * come in an order the filters do not change, so after narrowing them this is how far into the
 * new order the pages already reach; the offset is never moved forward.
 */
export function neighboursPassing(graph: CanvasGraph, expansion: Expansion, filters: Filters): number {
  const allowed = new Set<RelationshipType>(expansion.types.length > 0 ? filters.types.filter((t) => expansion.types.includes(t)) : filters.types);
  const neighbours = new Set<string>();
  for (const edge of graph.edges.values()) {
    if (edge.source !== expansion.id && edge.target !== expansion.id) continue;
    if (!allowed.has(edge.type as RelationshipType) || !edgePasses(edge, filters)) continue;
    const other = graph.nodes.get(edge.source === expansion.id ? edge.target : edge.source);
    if (other && nodePasses(other, filters)) neighbours.add(other.id);
  }
  return neighbours.size;
}

export function explorerReducer(state: ExplorerState, action: ExplorerAction): ExplorerState {
  const view = state.view;
  switch (action.type) {
    case "added": {
      const known = new Set(view.nodes);
      const fresh = action.elements.nodes.map((n) => n.data.id).filter((id) => !known.has(id));
      const fetched = new Set(action.elements.nodes.map((n) => n.data.id));
      const expansion = action.expansion;
      // Paths sit beside what was there, which the link must then list: the first `base` entities.
      const answer = action.answer?.view === "paths" ? { ...action.answer, base: view.nodes.length } : (action.answer ?? null);
      return {
        ...state,
        graph: merge(state.graph, action.elements),
        view: {
          ...view,
          answer,
          nodes: [...view.nodes, ...fresh],
          hidden: view.hidden.filter((id) => !fetched.has(id)),
          expansions: expansion ? [...view.expansions.filter((x) => x.id !== expansion.id), expansion] : view.expansions,
        },
        totals: expansion && action.total !== undefined ? { ...state.totals, [expansion.id]: action.total } : state.totals,
        arrival: { seq: state.arrival.seq + 1, ids: fresh, near: action.near },
      };
    }
    case "restored": {
      const graph = merge({ nodes: new Map(), edges: new Map() }, action.elements);
      // Entities gone from the database since the link was made are dropped from the view; an
      // answer asked again brings its own, after those the link listed.
      const listed = new Set(view.nodes);
      const nodes = [...view.nodes.filter((id) => graph.nodes.has(id)), ...[...graph.nodes.keys()].filter((id) => !listed.has(id))];
      return {
        ...state,
        graph,
        view: { ...view, nodes, expansions: view.expansions.filter((x) => graph.nodes.has(x.id)) },
        totals: action.totals,
        arrival: { seq: state.arrival.seq + 1, ids: nodes, near: null },
      };
    }
    case "replaced": {
      const graph = merge({ nodes: new Map(), edges: new Map() }, action.elements);
      const nodes = [...graph.nodes.keys()];
      const selection = view.selection;
      const keeps = selection !== null && (selection.kind === "node" ? graph.nodes.has(selection.id) : graph.edges.has(selection.id));
      return {
        ...state,
        graph,
        view: { ...view, nodes, expansions: [], hidden: [], selection: keeps ? selection : null, answer: action.answer },
        totals: {},
        pinned: state.pinned.filter((id) => graph.nodes.has(id)),
        arrival: { seq: state.arrival.seq + 1, ids: nodes, near: null },
      };
    }
    case "question":
      return { ...state, view: { ...view, question: { ...view.question, ...action.question } } };
    case "totals":
      return { ...state, totals: { ...state.totals, ...action.totals } };
    case "filters": {
      const expansions = view.expansions.map((x) => ({ ...x, loaded: Math.min(x.loaded, neighboursPassing(state.graph, x, action.filters)) }));
      return { ...state, view: { ...view, filters: action.filters, expansions } };
    }
    case "layout":
      return { ...state, view: { ...view, layout: action.layout }, relayout: state.relayout + 1 };
    case "relayout":
      return { ...state, relayout: state.relayout + 1 };
    case "select":
      return { ...state, view: { ...view, selection: action.selection }, focus: action.focus ? state.focus + 1 : state.focus };
    case "hide": {
      const hidden = [...new Set([...view.hidden, ...action.ids])];
      const selection = view.selection;
      const hidesSelection =
        (selection?.kind === "node" && hidden.includes(selection.id)) ||
        (selection?.kind === "edge" && [...state.graph.edges.values()].some((e) => e.id === selection.id && (hidden.includes(e.source) || hidden.includes(e.target))));
      return { ...state, view: { ...view, hidden, selection: hidesSelection ? null : selection } };
    }
    case "show-hidden":
      return { ...state, view: { ...view, hidden: [] } };
    case "pin":
      return { ...state, pinned: action.pinned ? [...new Set([...state.pinned, action.id])] : state.pinned.filter((id) => id !== action.id) };
    case "limit":
      return { ...state, view: { ...view, limit: action.limit } };
    case "clear":
      return {
        ...initialExplorerState({ ...view, nodes: [], expansions: [], hidden: [], selection: null, answer: null }),
        arrival: { seq: state.arrival.seq + 1, ids: [], near: null },
        relayout: state.relayout,
      };
  }
}
