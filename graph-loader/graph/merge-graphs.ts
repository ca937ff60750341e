/**
 * Unites document graphs the way the database does, so an export and the database agree.
 *
 * A node or relationship is what the documents that contribute it say about it, united by rules
 * that do not depend on the order the documents arrive in: a name is the one most documents use
 * (ties: the first in code-point order); lists (aliases, titles, kinds) are unions, the most used
 * first; a confidence or strength is the highest; MET's events, count and dates are computed from
 * every document's events; evidence is every document's, sorted by document and offset.
 *
 * Each element keeps its contributions as a tally (what was said → how many documents said it),
 * so adding or removing one document re-unites an element without reading the other documents.
 */
import { edgeId, edgeIdParts } from "./ids.ts";
import {
  ENTITY_LABELS,
  RELATIONSHIP_TYPES,
  SYMMETRIC_TYPES,
  type DocumentGraph,
  type DocumentNode,
  type EntityLabel,
  type Evidence,
  type GraphEdge,
  type GraphNode,
  type Properties,
  type PropertyValue,
  type RelationshipType,
} from "./model.ts";

export interface MergedGraph {
  documents: DocumentNode[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** What documents said about one node or relationship (canonical JSON) → how many documents said it. */
export type Tally = Map<string, number>;

/** One document's part of the graph, in the form the database keeps. */
export interface DocumentContribution {
  document: DocumentNode;
  /** Entities, each with what this document says about it. */
  nodes: { id: string; label: EntityLabel; contribution: string }[];
  /** Relationships between entities, which other documents may share; ends in canonical order. */
  sharedEdges: { id: string; type: RelationshipType; source: string; target: string; contribution: string; evidence: Evidence[] }[];
  /** Relationships to the document itself (MENTIONED_IN): this document's alone, kept as extracted. */
  documentEdges: GraphEdge[];
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** JSON with object keys sorted, so equal values give equal strings on any machine. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => byCodePoint(a, b)))
      : v,
  );
}

function byEvidence(a: Evidence, b: Evidence): number {
  return byCodePoint(a.doc, b.doc) || a.start - b.start || a.end - b.end;
}

/** Evidence sorted by document and offsets, each place once. */
export function sortedEvidence(evidence: Iterable<Evidence>): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const e of evidence) {
    const key = `${e.doc}|${e.start}|${e.end}`;
    if (!seen.has(key)) seen.set(key, e);
  }
  return [...seen.values()].sort(byEvidence);
}

/** Why a document graph cannot be written as it is, or null when it can. */
export function problemsOf(graph: DocumentGraph): string | null {
  const docId = graph.document.id;
  if (!docId) return "the document has no id";
  const labels: readonly string[] = ENTITY_LABELS;
  const types: readonly string[] = RELATIONSHIP_TYPES;
  const nodeIds = new Set<string>();
  for (const node of graph.nodes) {
    if (!node.id || node.id.includes("|")) return `entity id "${node.id}" is empty or contains "|"`;
    if (nodeIds.has(node.id)) return `entity ${node.id} appears twice`;
    if (!labels.includes(node.label)) return `entity ${node.id} has label ${node.label}, which is not one of ${labels.join(", ")}`;
    const bad = badProperty(node.props);
    if (bad) return `entity ${node.id}: property ${bad}`;
    nodeIds.add(node.id);
  }
  const edgeIds = new Set<string>();
  for (const edge of graph.edges) {
    if (!types.includes(edge.type)) return `relationship ${edge.id} has type ${edge.type}, which is not one of ${types.join(", ")}`;
    if (edge.id !== edgeId(edge.type, edge.source, edge.target)) return `relationship id ${edge.id} does not name its type and ends`;
    if (edgeIds.has(edge.id)) return `relationship ${edge.id} appears twice`;
    if (!nodeIds.has(edge.source)) return `relationship ${edge.id} starts at ${edge.source}, which is not among the document's entities`;
    if (!nodeIds.has(edge.target) && edge.target !== docId) return `relationship ${edge.id} ends at ${edge.target}, which is neither an entity of the document nor the document`;
    if (edge.source === docId) return `relationship ${edge.id} starts at the document; relationships to a document must end there`;
    const foreign = edge.evidence.find((e) => e.doc !== docId);
    if (foreign) return `relationship ${edge.id} cites document ${foreign.doc}, not ${docId}`;
    const bad = badProperty(edge.props);
    if (bad) return `relationship ${edge.id}: property ${bad}`;
    edgeIds.add(edge.id);
  }
  return null;
}

/** Neo4j stores scalars and lists of one scalar type, never null inside a list or nested values. */
function badProperty(props: Properties): string | null {
  for (const [key, value] of Object.entries(props)) {
    if (value === null || ["string", "boolean"].includes(typeof value)) continue;
    if (typeof value === "number" && Number.isFinite(value)) continue;
    if (Array.isArray(value)) {
      const kinds = new Set(value.map((v) => (v === null ? "null" : typeof v)));
      if (kinds.size <= 1 && !kinds.has("null") && !kinds.has("object")) continue;
    }
    return `${key} = ${JSON.stringify(value)} cannot be stored (a scalar, or a list of one scalar type without null)`;
  }
  return null;
}

/**
 * Derived relationship properties: what one document says, and how all documents' words unite.
 * MET says at which events (and on which dates) two people met; events, count, dates, firstDate
 * and lastDate are computed over every document's events, so a shared event counts once.
 */
const DERIVED: Partial<Record<RelationshipType, { contribute(edge: GraphEdge, graph: DocumentGraph): Properties; unite(said: Said[]): Properties }>> = {
  MET: {
    contribute(edge, graph) {
      const events = [...new Set((edge.props.events as string[] | undefined) ?? [])].sort(byCodePoint);
      const dateOf = new Map(graph.nodes.map((n) => [n.id, typeof n.props.date === "string" ? n.props.date : null]));
      return { events, eventDates: events.map((e) => dateOf.get(e) ?? "") };
    },
    unite(said) {
      const dates = new Map<string, [PropertyValue, number][]>();
      for (const { props, weight } of said) {
        const events = (props.events as string[] | undefined) ?? [];
        const eventDates = (props.eventDates as string[] | undefined) ?? [];
        events.forEach((event, i) => {
          const list = dates.get(event) ?? [];
          list.push([eventDates[i] || null, weight]);
          dates.set(event, list);
        });
      }
      const events = [...dates.keys()].sort(byCodePoint);
      const days = events.map((e) => mostUsed(dates.get(e)!)).filter((d): d is string => typeof d === "string").sort(byCodePoint);
      return { events, count: events.length, dates: days, firstDate: days[0] ?? null, lastDate: days.at(-1) ?? null };
    },
  },
};

interface Said {
  props: Properties;
  weight: number;
}

/** The value most documents give (null values ignored); ties go to the first in canonical order. */
function mostUsed(values: Iterable<[PropertyValue | undefined, number]>): PropertyValue {
  const weights = new Map<string, { value: PropertyValue; weight: number }>();
  for (const [value, weight] of values) {
    if (value === null || value === undefined) continue;
    const key = canonicalJson(value);
    const entry = weights.get(key) ?? { value, weight: 0 };
    entry.weight += weight;
    weights.set(key, entry);
  }
  let best: { key: string; value: PropertyValue; weight: number } | null = null;
  for (const [key, { value, weight }] of weights) {
    if (!best || weight > best.weight || (weight === best.weight && key < best.key)) best = { key, value, weight };
  }
  return best?.value ?? null;
}

/** Every item of the lists, the most used first (ties in canonical order). */
function weightedUnion(lists: Iterable<[readonly (string | number | boolean)[], number]>): (string | number | boolean)[] {
  const weights = new Map<string, { item: string | number | boolean; weight: number }>();
  for (const [list, weight] of lists) {
    for (const item of new Set(list)) {
      const key = canonicalJson(item);
      const entry = weights.get(key) ?? { item, weight: 0 };
      entry.weight += weight;
      weights.set(key, entry);
    }
  }
  return [...weights.entries()].sort(([ka, a], [kb, b]) => b.weight - a.weight || byCodePoint(ka, kb)).map(([, e]) => e.item);
}

/** Lists unite, numbers take the highest, anything else the value most documents give. */
function uniteProperties(said: readonly Said[]): Properties {
  const keys = [...new Set(said.flatMap((s) => Object.keys(s.props)))].sort(byCodePoint);
  const united: Properties = {};
  for (const key of keys) {
    const given = said.map((s) => [s.props[key], s.weight] as const).filter(([v]) => v !== null && v !== undefined) as [PropertyValue, number][];
    if (given.length === 0) united[key] = null;
    else if (given.some(([v]) => Array.isArray(v))) {
      united[key] = weightedUnion(given.map(([v, w]) => [Array.isArray(v) ? v : [v as string | number | boolean], w])) as PropertyValue;
    } else if (given.every(([v]) => typeof v === "number")) united[key] = Math.max(...given.map(([v]) => v as number));
    else united[key] = mostUsed(given);
  }
  return united;
}

function entries(tally: Tally): { said: Record<string, unknown>; weight: number }[] {
  return [...tally.entries()].filter(([, n]) => n > 0).map(([json, weight]) => ({ said: JSON.parse(json) as Record<string, unknown>, weight }));
}

export function nodeContribution(node: GraphNode): string {
  return canonicalJson({ label: node.label, name: node.name, nameVi: node.nameVi, aliases: node.aliases, props: node.props });
}

/** The node all its documents describe together. */
export function uniteNode(id: string, tally: Tally): GraphNode {
  const said = entries(tally).map(({ said, weight }) => ({ node: said as unknown as Omit<GraphNode, "id">, weight }));
  const name = String(mostUsed(said.map(({ node, weight }) => [node.name, weight])) ?? id);
  return {
    id,
    label: (mostUsed(said.map(({ node, weight }) => [node.label, weight])) ?? "Organization") as EntityLabel,
    name,
    nameVi: mostUsed(said.map(({ node, weight }) => [node.nameVi, weight])) as string | null,
    aliases: weightedUnion(said.map(({ node, weight }) => [node.aliases, weight])).filter((a) => a !== name) as string[],
    props: uniteProperties(said.map(({ node, weight }) => ({ props: node.props, weight }))),
  };
}

export function edgeContribution(edge: GraphEdge, graph: DocumentGraph): string {
  const props = DERIVED[edge.type]?.contribute(edge, graph) ?? edge.props;
  return canonicalJson({ rule: edge.rule, confidence: edge.confidence, props });
}

/** The relationship all its documents describe together (evidence apart); ends from the id. */
export function uniteEdge(id: string, tally: Tally): Omit<GraphEdge, "evidence"> {
  const parts = edgeIdParts(id);
  if (!parts || !(RELATIONSHIP_TYPES as readonly string[]).includes(parts.type)) throw new Error(`"${id}" is not a relationship id`);
  const type = parts.type as RelationshipType;
  const said = entries(tally).map(({ said, weight }) => ({ edge: said as { rule: string; confidence: number; props: Properties }, weight }));
  const confidence = Math.max(...said.map(({ edge }) => edge.confidence));
  const rule = String(mostUsed(said.filter(({ edge }) => edge.confidence === confidence).map(({ edge, weight }) => [edge.rule, weight])) ?? "");
  const props = said.map(({ edge, weight }) => ({ props: edge.props, weight }));
  return { id, type, source: parts.source, target: parts.target, rule, confidence, props: DERIVED[type]?.unite(props) ?? uniteProperties(props) };
}

/** What one document contributes, split into entities, shared relationships and its own relationships. */
export function documentContribution(graph: DocumentGraph): DocumentContribution {
  const docId = graph.document.id;
  const sharedEdges: DocumentContribution["sharedEdges"] = [];
  const documentEdges: GraphEdge[] = [];
  for (const edge of graph.edges) {
    if (edge.target === docId) {
      documentEdges.push({ ...edge, evidence: sortedEvidence(edge.evidence) });
      continue;
    }
    const [source, target] = SYMMETRIC_TYPES.has(edge.type) && edge.target < edge.source ? [edge.target, edge.source] : [edge.source, edge.target];
    sharedEdges.push({ id: edge.id, type: edge.type, source, target, contribution: edgeContribution(edge, graph), evidence: sortedEvidence(edge.evidence) });
  }
  return {
    document: graph.document,
    nodes: graph.nodes.map((node) => ({ id: node.id, label: node.label, contribution: nodeContribution(node) })),
    sharedEdges,
    documentEdges,
  };
}

/** Adds `weight` (1 or -1) documents saying `contribution` to the tally of `id`. */
export function count(tallies: Map<string, Tally>, id: string, contribution: string, weight: number): void {
  const tally = tallies.get(id) ?? new Map<string, number>();
  const n = (tally.get(contribution) ?? 0) + weight;
  if (n > 0) tally.set(contribution, n);
  else tally.delete(contribution);
  tallies.set(id, tally);
}

export function mergeGraphs(graphs: readonly DocumentGraph[]): MergedGraph {
  const documents = new Map<string, DocumentNode>();
  const nodes = new Map<string, Tally>();
  const edges = new Map<string, Tally>();
  const evidence = new Map<string, Evidence[]>();
  const documentEdges: GraphEdge[] = [];
  for (const graph of graphs) {
    if (documents.has(graph.document.id)) continue; // the same content read twice
    documents.set(graph.document.id, graph.document);
    const contribution = documentContribution(graph);
    for (const node of contribution.nodes) count(nodes, node.id, node.contribution, 1);
    for (const edge of contribution.sharedEdges) {
      count(edges, edge.id, edge.contribution, 1);
      evidence.set(edge.id, [...(evidence.get(edge.id) ?? []), ...edge.evidence]);
    }
    documentEdges.push(...contribution.documentEdges);
  }
  const byId = <T extends { id: string }>(a: T, b: T) => byCodePoint(a.id, b.id);
  return {
    documents: [...documents.values()].sort(byId),
    nodes: [...nodes.entries()].map(([id, tally]) => uniteNode(id, tally)).sort(byId),
    edges: [
      ...[...edges.entries()].map(([id, tally]) => ({ ...uniteEdge(id, tally), evidence: sortedEvidence(evidence.get(id) ?? []) })),
      ...documentEdges,
    ].sort(byId),
  };
}
