/** The graph the loader produces: what a document contributes, before and after Neo4j. */

export const ENTITY_LABELS = ["Person", "Country", "Province", "City", "Organization", "Event", "Agreement"] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  "AFFILIATED_WITH",
  "ATTENDED",
  "MET",
  "PARTNERS_WITH",
  "SIGNED",
  "WITNESSED",
  "PARTY_TO",
  "HELD_IN",
  "LOCATED_IN",
  "MENTIONED_IN",
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Relationships whose direction carries no meaning; their ids sort the endpoints. */
export const SYMMETRIC_TYPES: ReadonlySet<RelationshipType> = new Set(["MET", "PARTNERS_WITH"]);

export type PropertyValue = string | number | boolean | string[] | number[] | null;
export type Properties = Record<string, PropertyValue>;

/** Where a fact was read: the document and the [start, end) character offsets of the sentence. */
export interface Evidence {
  doc: string;
  start: number;
  end: number;
  quote: string;
}

export interface GraphNode {
  id: string;
  label: EntityLabel;
  /** As printed in English/ASCII. */
  name: string;
  /** With Vietnamese diacritics, when seen. */
  nameVi: string | null;
  aliases: string[];
  props: Properties;
}

export interface GraphEdge {
  id: string;
  type: RelationshipType;
  source: string;
  target: string;
  props: Properties;
  evidence: Evidence[];
  /** The reason of the rule or gazetteer entry that produced the edge. */
  rule: string;
  confidence: number;
}

export interface DocumentNode {
  id: string;
  path: string;
  title: string | null;
  date: string | null;
  datePrecision: string | null;
  lang: string;
  text: string;
  /** The fingerprint of the extractor that read it (extractor-version.ts). */
  extractor: string;
}

/** One document's contribution to the graph. */
export interface DocumentGraph {
  document: DocumentNode;
  nodes: GraphNode[];
  edges: GraphEdge[];
}
