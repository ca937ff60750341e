/**
 * What the explorer shows, as plain data: the entities on the canvas, how far each was
 * expanded, the filters, the layout and the selection. The URL carries all of it (view-url.ts).
 */

/** Entity labels the canvas draws, in legend order. */
export const ENTITY_LABELS = ["Person", "Country", "Province", "City", "Organization", "Event", "Agreement"] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** Relationship types drawn between entities (MENTIONED_IN leads to documents and is never drawn). */
export const RELATIONSHIP_TYPES = [
  "MET",
  "ATTENDED",
  "AFFILIATED_WITH",
  "PARTNERS_WITH",
  "SIGNED",
  "WITNESSED",
  "PARTY_TO",
  "HELD_IN",
  "LOCATED_IN",
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const LAYOUT_NAMES = ["fcose", "concentric", "breadthfirst", "grid"] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export interface Filters {
  labels: EntityLabel[];
  types: RelationshipType[];
  /** ISO2 codes; empty means every country. */
  countries: string[];
  /** ISO dates (YYYY-MM-DD) or null for an open end. */
  from: string | null;
  to: string | null;
  /** 0..1 */
  minConfidence: number;
}

export const DEFAULT_FILTERS: Filters = {
  labels: [...ENTITY_LABELS],
  types: [...RELATIONSHIP_TYPES],
  countries: [],
  from: null,
  to: null,
  minConfidence: 0,
};

/** How far one entity was expanded: how many neighbours were fetched, of which types. */
export interface Expansion {
  id: string;
  loaded: number;
  /** Empty means every type the filters allow. */
  types: RelationshipType[];
}

export type Selection = { kind: "node"; id: string } | { kind: "edge"; id: string; source: string } | null;

export interface ViewState {
  /** Entity ids on the canvas, in the order they arrived. */
  nodes: string[];
  expansions: Expansion[];
  hidden: string[];
  filters: Filters;
  layout: LayoutName;
  selection: Selection;
  /** Neighbours fetched per expansion page. */
  limit: number;
}

export const DEFAULT_LIMIT = 50;

export const EMPTY_VIEW: ViewState = {
  nodes: [],
  expansions: [],
  hidden: [],
  filters: DEFAULT_FILTERS,
  layout: "fcose",
  selection: null,
  limit: DEFAULT_LIMIT,
};

export function isEntityLabel(value: string): value is EntityLabel {
  return (ENTITY_LABELS as readonly string[]).includes(value);
}

export function isRelationshipType(value: string): value is RelationshipType {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}

export function isLayoutName(value: string): value is LayoutName {
  return (LAYOUT_NAMES as readonly string[]).includes(value);
}
