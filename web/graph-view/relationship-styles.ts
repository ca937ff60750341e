/** What each relationship type looks like on the canvas (also the legend). */
import type { RelationshipType } from "../lib/view-state.ts";

export interface RelationshipStyle {
  type: RelationshipType;
  color: string;
  line: "solid" | "dashed" | "dotted";
  /** Symmetric relationships (met, partners with) are drawn without an arrow. */
  directed: boolean;
  width: number;
}

export const RELATIONSHIP_STYLES: readonly RelationshipStyle[] = [
  { type: "MET", color: "#2563eb", line: "solid", directed: false, width: 3 },
  { type: "PARTNERS_WITH", color: "#16a34a", line: "solid", directed: false, width: 3 },
  { type: "ATTENDED", color: "#9333ea", line: "solid", directed: true, width: 1.5 },
  { type: "AFFILIATED_WITH", color: "#64748b", line: "solid", directed: true, width: 1.5 },
  { type: "SIGNED", color: "#0d9488", line: "solid", directed: true, width: 2 },
  { type: "WITNESSED", color: "#0d9488", line: "dotted", directed: true, width: 1.5 },
  { type: "PARTY_TO", color: "#0e7490", line: "dashed", directed: true, width: 1.5 },
  { type: "HELD_IN", color: "#c026d3", line: "dashed", directed: true, width: 1.5 },
  { type: "LOCATED_IN", color: "#a8a29e", line: "dotted", directed: true, width: 1.5 },
];
