/**
 * Who matters on the canvas: degree, betweenness and PageRank, computed with Cytoscape's own
 * algorithms over the elements drawn (headless, so it runs in tests and workers alike).
 */
import cytoscape from "cytoscape";
import type { GraphElements } from "../../../lib/records-to-elements.ts";

export type Measure = "degree" | "betweenness" | "pagerank";

export interface RankedNode {
  id: string;
  name: string;
  label: string;
  score: number;
}

/** Scores of every node by the measure, over all edges but MENTIONED_IN, highest first. */
export function rankNodes(elements: GraphElements, measure: Measure): RankedNode[] {
  const cy = cytoscape({ headless: true, styleEnabled: false });
  const edges = elements.edges.filter((e) => e.data.type !== "MENTIONED_IN");
  // Cytoscape's PageRank follows edge direction; influence here flows both ways, so each edge
  // also stands reversed.
  const reversed = measure === "pagerank" ? edges.map((e) => ({ data: { ...e.data, id: `${e.data.id}~reversed`, source: e.data.target, target: e.data.source } })) : [];
  cy.add([...elements.nodes, ...edges, ...reversed]);
  const nodes = cy.nodes();
  let score: (id: string) => number;
  if (measure === "degree") {
    score = (id) => cy.getElementById(id).degree(false);
  } else if (measure === "betweenness") {
    const result = cy.elements().betweennessCentrality({ directed: false });
    score = (id) => result.betweenness(cy.getElementById(id));
  } else {
    const result = cy.elements().pageRank({ dampingFactor: 0.85, precision: 0.000001, iterations: 200 });
    score = (id) => result.rank(cy.getElementById(id));
  }
  const ranked = nodes.map((n) => ({ id: n.id(), name: String(n.data("name")), label: String(n.data("label")), score: score(n.id()) }));
  cy.destroy();
  return ranked.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
}

/** The top connectors of each label. */
export function topByLabel(ranked: readonly RankedNode[], perLabel: number): Map<string, RankedNode[]> {
  const out = new Map<string, RankedNode[]>();
  for (const node of ranked) {
    const list = out.get(node.label) ?? [];
    if (list.length < perLabel) list.push(node);
    out.set(node.label, list);
  }
  return out;
}
