/** Stable ids: the same input gives the same ids on any machine. */
import { foldText } from "../text/fold.ts";
import { SYMMETRIC_TYPES, type EntityLabel, type RelationshipType } from "./model.ts";

/** "person:tran-hong-ha", "country:ru": label plus the folded canonical key. */
export function entityId(label: EntityLabel, key: string): string {
  return `${label.toLowerCase()}:${foldText(key).replace(/ /g, "-")}`;
}

export function edgeId(type: RelationshipType, source: string, target: string): string {
  const [a, b] = SYMMETRIC_TYPES.has(type) && target < source ? [target, source] : [source, target];
  return `${type}|${a}|${b}`;
}

/** The type and ends an edge id names (for symmetric types, in the order edgeId sorted them); null for anything else. */
export function edgeIdParts(id: string): { type: string; source: string; target: string } | null {
  const parts = id.split("|");
  if (parts.length !== 3 || parts.some((p) => p === "")) return null;
  const [type, source, target] = parts as [string, string, string];
  return { type, source, target };
}
