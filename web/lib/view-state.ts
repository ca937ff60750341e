/**
 * What the explorer shows, as plain data: the entities on the canvas, how far each was
 * expanded, the filters, the layout and the selection. The URL carries all of it (view-url.ts).
 */

import { ENTITY_LABELS, type EntityLabel, type RelationshipType as StoredRelationshipType } from "../../graph-loader/graph/model.ts";

/** Entity labels the canvas draws, in legend order: the loader's own list. */
export { ENTITY_LABELS, type EntityLabel };

/**
 * Relationship types drawn between entities, in legend order (MENTIONED_IN leads to documents
 * and is never drawn); each must be one the loader writes.
 */
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
] as const satisfies readonly Exclude<StoredRelationshipType, "MENTIONED_IN">[];
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

/** The explorer's views, each answering one question users come with (tabs in the header). */
export const VIEW_NAMES = ["explore", "met", "partners", "paths", "timeline", "rank"] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

/** How nodes can be ranked in "who matters". */
export const MEASURES = ["degree", "betweenness", "pagerank"] as const;
export type MeasureName = (typeof MEASURES)[number];

/** The longest path the paths view looks for (paths-between-entities.cypher stops at 4). */
export const MAX_PATH_LENGTH = 4;

/**
 * The open view and what each view was asked, kept per view so switching back finds it as left.
 * Dates are the filters' own range: the views work with the filters, not beside them.
 */
export interface Question {
  view: ViewName;
  /** Who met whom: the person at the centre (null: everyone in the date range), steps out (1–3), the other side's country. */
  person: string | null;
  depth: number;
  metCountry: string | null;
  /** Partner network: from one place, or from the places of one country (ISO2). */
  place: string | null;
  partnerCountry: string | null;
  /** Paths: between two entities, up to maxLength steps. */
  pathFrom: string | null;
  pathTo: string | null;
  maxLength: number;
  /** Who matters: the measure nodes are sized and ranked by. */
  measure: MeasureName;
}

export const DEFAULT_QUESTION: Question = {
  view: "explore",
  person: null,
  depth: 1,
  metCountry: null,
  place: null,
  partnerCountry: null,
  pathFrom: null,
  pathTo: null,
  maxLength: MAX_PATH_LENGTH,
  measure: "degree",
};

/**
 * The question whose answer the canvas holds, as it was asked: the form and the filters may have
 * moved on since (the timeline's brush narrows the dates without asking again). A shared link
 * asks it again, so it opens on exactly that drawing. Paths are drawn beside what was there:
 * `base` is how many of the canvas's entities (the first ones) were there before them.
 */
export type Answer =
  | { view: "met"; person: string | null; depth: number; from: string | null; to: string | null; country: string | null }
  | { view: "partners"; place: string | null; country: string | null }
  | { view: "timeline"; from: string | null; to: string | null }
  | { view: "paths"; from: string; to: string; maxLength: number; base: number };
export type AnsweringView = Answer["view"];

export const ANSWERING_VIEWS = ["met", "partners", "timeline", "paths"] as const satisfies readonly AnsweringView[];

export function isAnsweringView(value: string): value is AnsweringView {
  return (ANSWERING_VIEWS as readonly string[]).includes(value);
}

/**
 * What a view's "Show" button asks, from its form and the filters' dates; null when it cannot
 * ask yet (paths without both ends). `base` is the canvas's size now.
 */
export function questionFor(name: AnsweringView, view: Pick<ViewState, "question" | "filters" | "nodes">): Answer | null {
  const { question: q, filters } = view;
  switch (name) {
    case "met":
      return { view: "met", person: q.person, depth: q.depth, from: filters.from, to: filters.to, country: q.metCountry };
    case "partners":
      // One place wins over a country: the country list is disabled while a place is chosen.
      return { view: "partners", place: q.place, country: q.place ? null : q.partnerCountry };
    case "timeline":
      return { view: "timeline", from: filters.from, to: filters.to };
    case "paths":
      return q.pathFrom && q.pathTo ? { view: "paths", from: q.pathFrom, to: q.pathTo, maxLength: q.maxLength, base: view.nodes.length } : null;
  }
}

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
  question: Question;
  /** The question the canvas answers, or null when it was built by browsing. */
  answer: Answer | null;
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
  question: DEFAULT_QUESTION,
  answer: null,
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

export function isViewName(value: string): value is ViewName {
  return (VIEW_NAMES as readonly string[]).includes(value);
}

export function isMeasureName(value: string): value is MeasureName {
  return (MEASURES as readonly string[]).includes(value);
}
