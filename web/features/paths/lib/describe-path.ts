/**
 * A path as a sentence a person reads aloud: "Hoang Van Nghiem — attended → Reception on
 * 2025-05-06 ← attended — Tran Hong Ha". Arrows follow each relationship's own direction.
 */
import type { EdgeData, NodeData } from "../../../lib/records-to-elements.ts";

export interface PathStep {
  edge: EdgeData;
  /** The node the step leaves from and the one it reaches, in the path's reading order. */
  from: NodeData;
  to: NodeData;
}

const VERBS: Record<string, string> = {
  MET: "met",
  ATTENDED: "attended",
  AFFILIATED_WITH: "affiliated with",
  PARTNERS_WITH: "partners with",
  SIGNED: "signed",
  WITNESSED: "witnessed",
  PARTY_TO: "party to",
  HELD_IN: "held in",
  LOCATED_IN: "located in",
  MENTIONED_IN: "mentioned in",
};

/** The words for a relationship type: "attended", "partners with". */
export function relationshipVerb(type: string): string {
  return VERBS[type] ?? type.toLowerCase().replace(/_/g, " ");
}

/** How a path is worded: English by default; the app passes the interface language's words. */
export interface PathWording {
  verb(type: string): string;
  name(node: NodeData): string;
  onDate(name: string, date: string): string;
}

const ENGLISH: PathWording = { verb: relationshipVerb, name: (node) => String(node.name), onDate: (name, date) => `${name} on ${date}` };

function nodeText(node: NodeData, wording: PathWording): string {
  const name = wording.name(node);
  if (node.label === "Event" && typeof node.date === "string" && !name.includes(node.date)) return wording.onDate(name, node.date);
  return name;
}

const SYMMETRIC = new Set(["MET", "PARTNERS_WITH"]);

export function describePath(steps: readonly PathStep[], wording: PathWording = ENGLISH): string {
  if (steps.length === 0) return "";
  const parts = [nodeText(steps[0]!.from, wording)];
  for (const step of steps) {
    const verb = wording.verb(step.edge.type);
    if (SYMMETRIC.has(step.edge.type)) parts.push(`— ${verb} —`);
    else if (step.edge.source === step.from.id) parts.push(`— ${verb} →`);
    else parts.push(`← ${verb} —`);
    parts.push(nodeText(step.to, wording));
  }
  return parts.join(" ");
}

/** Steps from path parts as the driver gives them: each segment's start, relationship and end. */
export function stepsOf(nodes: readonly NodeData[], edges: readonly EdgeData[]): PathStep[] {
  return edges.map((edge, i) => ({ edge, from: nodes[i]!, to: nodes[i + 1]! }));
}
