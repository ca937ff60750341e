/**
 * Keeps a Cytoscape instance in step with plain data: elements added and removed by id,
 * captions in the chosen language, what the filters and the user hide, pins.
 */
import type { Core, NodeSingular } from "cytoscape";
import type { EdgeData, NodeData } from "../lib/records-to-elements.ts";
import type { Filters } from "../lib/view-state.ts";
import { edgePasses, nodePasses } from "./filter-elements.ts";

export interface DrawnGraph {
  nodes: ReadonlyMap<string, NodeData>;
  edges: ReadonlyMap<string, EdgeData>;
}

/** A spot near `near` (or the middle of the view) for a node that has no position yet. */
function startingPosition(cy: Core, near: NodeSingular | null, index: number, count: number) {
  const angle = (2 * Math.PI * index) / Math.max(count, 1);
  const radius = 60 + 4 * Math.sqrt(count);
  if (near && near.nonempty()) {
    const p = near.position();
    return { x: p.x + radius * Math.cos(angle), y: p.y + radius * Math.sin(angle) };
  }
  const extent = cy.extent();
  return { x: (extent.x1 + extent.x2) / 2 + radius * 2 * Math.cos(angle), y: (extent.y1 + extent.y2) / 2 + radius * 2 * Math.sin(angle) };
}

/** Adds what is missing, removes what is gone, refreshes data that changed; returns the ids added. */
export function syncElements(cy: Core, graph: DrawnGraph, near: string | null = null): string[] {
  const added: string[] = [];
  cy.batch(() => {
    cy.nodes().filter((n) => !graph.nodes.has(n.id())).remove();
    cy.edges().filter((e) => !graph.edges.has(e.id())).remove();
    const origin = near ? cy.getElementById(near) : null;
    const newNodes = [...graph.nodes.values()].filter((n) => cy.getElementById(n.id).empty());
    newNodes.forEach((data, i) => {
      cy.add({ group: "nodes", data: { degree: 1, ...data }, position: startingPosition(cy, origin, i, newNodes.length) });
      added.push(data.id);
    });
    for (const data of graph.nodes.values()) {
      const node = cy.getElementById(data.id);
      if (!added.includes(data.id) && node.data("degree") !== data.degree && typeof data.degree === "number") node.data("degree", data.degree);
    }
    for (const data of graph.edges.values()) {
      if (cy.getElementById(data.id).empty() && graph.nodes.has(data.source) && graph.nodes.has(data.target)) {
        cy.add({ group: "edges", data });
        added.push(data.id);
      }
    }
  });
  return added;
}

/** Node captions (name, and "+N more" on a second line) and edge captions (the type, in words). */
export function applyCaptions(cy: Core, captions: { node(data: NodeData): string; edge(data: EdgeData): string }): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const caption = captions.node(n.data() as NodeData);
      if (n.data("caption") !== caption) n.data("caption", caption);
    });
    cy.edges().forEach((e) => {
      const caption = captions.edge(e.data() as EdgeData);
      if (e.data("caption") !== caption) e.data("caption", caption);
    });
  });
}

/** Filtered and hidden elements get a class the stylesheet hides; edges of hidden nodes go too. */
export function applyVisibility(cy: Core, filters: Filters, hidden: ReadonlySet<string>): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      n.toggleClass("filtered", !nodePasses(n.data() as NodeData, filters));
      n.toggleClass("hidden", hidden.has(n.id()));
    });
    cy.edges().forEach((e) => {
      e.toggleClass("filtered", !edgePasses(e.data() as EdgeData, filters));
    });
  });
}

export function applyPins(cy: Core, pinned: ReadonlySet<string>): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const pin = pinned.has(n.id());
      n.toggleClass("pinned", pin);
      if (pin) n.lock();
      else n.unlock();
    });
  });
}

/** The neighbourhood of the element stands out and the rest fades; null clears it. */
export function highlightAround(cy: Core, id: string | null): void {
  cy.batch(() => {
    cy.elements().removeClass("faded highlighted hovered");
    if (!id) return;
    const element = cy.getElementById(id);
    if (element.empty()) return;
    const near = element.isNode() ? cy.$id(id).closedNeighborhood() : cy.$id(id).union(cy.$id(id).connectedNodes());
    cy.elements().not(near).addClass("faded");
    near.addClass("highlighted");
    if (element.isEdge()) element.addClass("hovered");
  });
}

/** A caption short enough for the canvas; the full name is in the details panel. */
export function shortCaption(name: string, max = 36): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}
