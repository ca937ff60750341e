/** The partnerships drawn on the canvas, strongest tie first: the list beside the partner network. */
import type { EdgeData, NodeData } from "../../../lib/records-to-elements.ts";

export interface Partnership {
  edgeId: string;
  a: NodeData;
  b: NodeData;
  /** 3 signed agreement, 2 joint committee, 1 stated cooperation (the loader's strength). */
  strength: number;
  agreements: number;
}

export function partnerships(nodes: ReadonlyMap<string, NodeData>, edges: Iterable<EdgeData>): Partnership[] {
  const list: Partnership[] = [];
  for (const edge of edges) {
    if (edge.type !== "PARTNERS_WITH") continue;
    const a = nodes.get(edge.source);
    const b = nodes.get(edge.target);
    if (!a || !b) continue;
    list.push({
      edgeId: edge.id,
      a,
      b,
      strength: typeof edge.strength === "number" ? edge.strength : 1,
      agreements: typeof edge.agreementCount === "number" ? edge.agreementCount : 0,
    });
  }
  return list.sort((x, y) => y.strength - x.strength || y.agreements - x.agreements || `${x.a.name}${x.b.name}`.localeCompare(`${y.a.name}${y.b.name}`));
}
