/**
 * Runs a layout on what is visible and moves the nodes to their new places. fcose computes in a
 * worker (layouts.ts says which layouts do) so a large graph never freezes the page; a newer run
 * makes an older one's result moot.
 */
import type { Collection, Core, LayoutOptions, NodeCollection, NodeSingular } from "cytoscape";
import type { LayoutName } from "../lib/view-state.ts";
import type { LayoutRequest, LayoutResponse } from "./layout-messages.ts";
import { layoutEntry } from "./layouts.ts";

type Positions = Record<string, { x: number; y: number }>;

let worker: Worker | null = null;
let nextRunId = 0;
const waiting = new Map<number, (response: LayoutResponse) => void>();

function layoutWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  if (!worker) {
    worker = new Worker(new URL("./fcose-worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      waiting.get(event.data.runId)?.(event.data);
      waiting.delete(event.data.runId);
    };
    worker.onerror = (event) => {
      for (const [runId, resolve] of waiting) resolve({ runId, error: event.message || "the layout worker failed" });
      waiting.clear();
      worker = null;
    };
  }
  return worker;
}

function inWorker(target: Worker, elements: Collection, options: LayoutOptions): Promise<Positions> {
  const runId = ++nextRunId;
  const request: LayoutRequest = {
    runId,
    nodes: elements.nodes().map((n) => ({ id: n.id(), ...n.position(), w: n.outerWidth(), h: n.outerHeight() })),
    edges: elements.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
    options,
  };
  return new Promise((resolve, reject) => {
    waiting.set(runId, (response) => (response.positions ? resolve(response.positions) : reject(new Error(response.error))));
    target.postMessage(request);
  });
}

function inPage(elements: Collection, options: LayoutOptions): Positions {
  const before = new Map(elements.nodes().map((n) => [n.id(), { ...n.position() }]));
  elements.layout(options).run();
  const positions: Positions = {};
  elements.nodes().forEach((n) => {
    positions[n.id()] = { ...n.position() };
    n.position(before.get(n.id())!);
  });
  return positions;
}

const latestRun = new WeakMap<Core, number>();

const FIT_PADDING = 50;
/** Fitting a handful of nodes would blow them up; this is as close as a fit comes. */
const MAX_FIT_ZOOM = 1.5;
const ANIMATION_MS = 400;

type Box = { x1: number; y1: number; x2: number; y2: number };

/** The zoom and pan that show the box, padded, no closer than MAX_FIT_ZOOM. */
function viewportFor(cy: Core, box: Box): { zoom: number; pan: { x: number; y: number } } {
  const w = Math.max(box.x2 - box.x1, 1);
  const h = Math.max(box.y2 - box.y1, 1);
  const zoom = Math.max(cy.minZoom(), Math.min(MAX_FIT_ZOOM, (cy.width() - 2 * FIT_PADDING) / w, (cy.height() - 2 * FIT_PADDING) / h));
  return { zoom, pan: { x: cy.width() / 2 - zoom * (box.x1 + w / 2), y: cy.height() / 2 - zoom * (box.y1 + h / 2) } };
}

function moveViewport(cy: Core, target: { zoom: number; pan: { x: number; y: number } }, animate: boolean): Promise<void> {
  if (!animate) {
    cy.viewport(target);
    return Promise.resolve();
  }
  return new Promise((resolve) => cy.animate(target, { duration: ANIMATION_MS, complete: () => resolve() }));
}

/** Brings the elements into view, animated when the graph is small enough to animate smoothly. */
export function fitView(cy: Core, elements: Collection, animate: boolean): Promise<void> {
  if (elements.empty()) return Promise.resolve();
  const b = elements.boundingBox({});
  return moveViewport(cy, viewportFor(cy, b), animate);
}

/** The box the nodes will occupy at their new positions, labels below them included roughly. */
function boxAt(nodes: { nodes(): NodeCollection }, positions: Positions): Box | null {
  let box: Box | null = null;
  nodes.nodes().forEach((n) => {
    const p = positions[n.id()] ?? n.position();
    const half = n.outerWidth() / 2;
    const next = { x1: p.x - half - 40, y1: p.y - half, x2: p.x + half + 40, y2: p.y + half + 30 };
    box = box ? { x1: Math.min(box.x1, next.x1), y1: Math.min(box.y1, next.y1), x2: Math.max(box.x2, next.x2), y2: Math.max(box.y2, next.y2) } : next;
  });
  return box;
}

/**
 * Lays out the visible elements (only the `fresh` ones, when given, around the others) and
 * brings `focus` (the entity the new ones grew from, with its neighbourhood) or everything into
 * view, moving nodes and view together; resolves when done, or when a newer run took over.
 */
export async function runLayout(cy: Core, name: LayoutName, options: { fresh?: readonly string[]; focus?: string | null }): Promise<void> {
  const run = (latestRun.get(cy) ?? 0) + 1;
  latestRun.set(cy, run);
  const elements = cy.elements(":visible");
  const nodes = elements.nodes();
  if (nodes.empty()) return;
  const entry = layoutEntry(name);
  const fresh = new Set(options.fresh ?? []);
  const keep = fresh.size > 0 ? nodes.filter((n) => !fresh.has(n.id())) : nodes.filter(".pinned");
  const fixed = keep.nodes().map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
  const layoutOptions = entry.options({ nodeCount: nodes.length, fixed });
  const target = entry.inWorker ? layoutWorker() : null;
  const positions = target ? await inWorker(target, elements, layoutOptions) : inPage(elements, layoutOptions);
  if (latestRun.get(cy) !== run || cy.destroyed()) return;
  // Small graphs glide to their places (the eye follows what moved); large ones jump.
  const animate = nodes.length <= 300;
  const focus = options.focus ? cy.getElementById(options.focus) : null;
  const shown = focus && focus.nonempty() && focus.visible() ? cy.$id(focus.id()).closedNeighborhood(":visible") : nodes;
  const box = boxAt(shown, positions);
  await Promise.all([
    new Promise<void>((resolve) => {
      const layout = elements.layout({
        name: "preset",
        positions: (node: { id(): string }) => positions[node.id()] ?? (cy.getElementById(node.id()) as unknown as NodeSingular).position(),
        animate,
        animationDuration: ANIMATION_MS,
        fit: false,
      } as LayoutOptions);
      layout.one("layoutstop", () => resolve());
      layout.run();
    }),
    box ? moveViewport(cy, viewportFor(cy, box), animate) : Promise.resolve(),
  ]);
}
