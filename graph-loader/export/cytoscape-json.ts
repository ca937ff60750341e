/** Cytoscape.js JSON: {"elements":{"nodes":[{"data":…}],"edges":[{"data":…}]}}, the shape score.mjs reads. */
import type { MergedGraph } from "../graph/merge-graphs.ts";

export interface CytoscapeJson {
  elements: {
    nodes: { data: Record<string, unknown> }[];
    edges: { data: Record<string, unknown> }[];
  };
}

export function toCytoscapeJson(graph: MergedGraph): CytoscapeJson {
  const documents = graph.documents.map((d) => ({
    data: { id: d.id, label: "Document", name: d.title ?? d.path, path: d.path, date: d.date, lang: d.lang },
  }));
  const nodes = graph.nodes.map((n) => ({
    data: { id: n.id, label: n.label, name: n.name, nameVi: n.nameVi, aliases: n.aliases, ...n.props },
  }));
  const edges = graph.edges.map((e) => ({
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      rule: e.rule,
      confidence: e.confidence,
      evidence: e.evidence,
      ...e.props,
    },
  }));
  return { elements: { nodes: [...documents, ...nodes], edges } };
}
