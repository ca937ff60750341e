/**
 * The pairs of people on the canvas who met, most meetings first: the list beside the people
 * network, read from what is drawn (so it follows the filters and what the user hid).
 */
import type { EdgeData, NodeData } from "../../../lib/records-to-elements.ts";

export interface MeetingPair {
  edgeId: string;
  a: NodeData;
  b: NodeData;
  count: number;
  firstDate: string | null;
  lastDate: string | null;
}

export function meetingPairs(nodes: ReadonlyMap<string, NodeData>, edges: Iterable<EdgeData>): MeetingPair[] {
  const pairs: MeetingPair[] = [];
  for (const edge of edges) {
    if (edge.type !== "MET") continue;
    const a = nodes.get(edge.source);
    const b = nodes.get(edge.target);
    if (!a || !b) continue;
    const count = typeof edge.count === "number" ? edge.count : 1;
    const date = (value: unknown) => (typeof value === "string" ? value : null);
    pairs.push({ edgeId: edge.id, a, b, count, firstDate: date(edge.firstDate), lastDate: date(edge.lastDate) });
  }
  return pairs.sort((x, y) => y.count - x.count || x.a.name.localeCompare(y.a.name) || x.b.name.localeCompare(y.b.name));
}
