/**
 * The layouts the canvas offers, as data: each with the options we run it with, commented
 * option by option, and how its options change with the size of the graph.
 */
import type { LayoutOptions } from "cytoscape";
import type { LayoutName } from "../lib/view-state.ts";

export interface LayoutRun {
  nodeCount: number;
  /**
   * Nodes that keep their positions: pinned ones, and when new nodes join a laid-out graph,
   * the ones already placed, so the picture a person has learnt does not reshuffle.
   */
  fixed: { nodeId: string; position: { x: number; y: number } }[];
}

export interface LayoutEntry {
  name: LayoutName;
  /** Runs in a worker: it can take seconds on large graphs and must not freeze the page. */
  inWorker: boolean;
  options(run: LayoutRun): LayoutOptions;
}

/** Above this many nodes fcose runs its spectral pass only ("draft", ~0.2 s for 1,000 nodes). */
export const FCOSE_DRAFT_ABOVE = 400;

const COMMON = {
  // We animate the move to the computed positions ourselves (layout-runner.ts).
  animate: false,
  // The canvas fits the view once positions are known.
  fit: false,
  padding: 40,
} as const;

export const LAYOUTS: readonly LayoutEntry[] = [
  {
    name: "fcose",
    inWorker: true,
    options: ({ nodeCount, fixed }) =>
      ({
        ...COMMON,
        name: "fcose",
        // "draft" is the spectral pass alone; "default" adds a quick force-directed refinement.
        // (Starting from the current positions needs "proof", which is slow and, here, collapses
        // small graphs onto a line: fixed nodes keep the old picture instead.)
        quality: nodeCount > FCOSE_DRAFT_ABOVE ? "draft" : "default",
        randomize: true,
        // Labels sit under the nodes: room between them keeps names readable.
        nodeRepulsion: 12000,
        idealEdgeLength: 110,
        edgeElasticity: 0.45,
        // Fewer iterations on large graphs: the result is nearly as good, in a fraction of the time.
        numIter: nodeCount > FCOSE_DRAFT_ABOVE ? 600 : 2500,
        // Disconnected pieces are tiled side by side instead of drifting apart.
        tile: true,
        gravity: 0.3,
        fixedNodeConstraint: fixed.length > 0 ? fixed : undefined,
        packComponents: false,
      }) as LayoutOptions,
  },
  {
    name: "concentric",
    inWorker: false,
    options: () => ({
      ...COMMON,
      name: "concentric",
      // The most connected in the middle, on about four rings.
      concentric: (node: { data(key: string): unknown }) => Number(node.data("degree") ?? 1),
      levelWidth: (nodes: { max(f: (n: { data(key: string): unknown }) => number): { value: number } }) =>
        Math.max(1, nodes.max((n) => Number(n.data("degree") ?? 1)).value / 4),
      minNodeSpacing: 24,
    }),
  },
  {
    name: "breadthfirst",
    inWorker: false,
    options: () => ({
      ...COMMON,
      name: "breadthfirst",
      // Trees from the most connected nodes downwards.
      directed: false,
      spacingFactor: 1.1,
      roots: undefined,
    }),
  },
  {
    name: "grid",
    inWorker: false,
    options: () => ({
      ...COMMON,
      name: "grid",
      // Kinds together, then by name.
      sort: (a: { data(key: string): unknown }, b: { data(key: string): unknown }) =>
        String(a.data("label")).localeCompare(String(b.data("label"))) || String(a.data("name")).localeCompare(String(b.data("name"))),
      avoidOverlapPadding: 16,
    }),
  },
];

export function layoutEntry(name: LayoutName): LayoutEntry {
  return LAYOUTS.find((l) => l.name === name) ?? LAYOUTS[0]!;
}
