/** Unites document graphs the way the database does: one node per id, one edge per id. */
import type { DocumentGraph, DocumentNode, Evidence, GraphEdge, GraphNode } from "./model.ts";

export interface MergedGraph {
  documents: DocumentNode[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

function evidenceKey(e: Evidence): string {
  return `${e.doc}|${e.start}|${e.end}`;
}

export function mergeGraphs(graphs: readonly DocumentGraph[]): MergedGraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const graph of graphs) {
    for (const node of graph.nodes) {
      const seen = nodes.get(node.id);
      nodes.set(
        node.id,
        seen
          ? { ...seen, nameVi: seen.nameVi ?? node.nameVi, aliases: union(seen.aliases, node.aliases), props: { ...node.props, ...seen.props } }
          : node,
      );
    }
    for (const edge of graph.edges) {
      const seen = edges.get(edge.id);
      if (!seen) {
        edges.set(edge.id, edge);
        continue;
      }
      const keys = new Set(seen.evidence.map(evidenceKey));
      edges.set(edge.id, {
        ...seen,
        evidence: [...seen.evidence, ...edge.evidence.filter((e) => !keys.has(evidenceKey(e)))],
        confidence: Math.max(seen.confidence, edge.confidence),
      });
    }
  }
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    documents: graphs.map((g) => g.document).sort(byId),
    nodes: [...nodes.values()].sort(byId),
    edges: [...edges.values()].sort(byId),
  };
}
