/**
 * The one place driver types become plain data: Neo4j nodes and relationships in,
 * Cytoscape element definitions out (integers converted, ids our own stable ids).
 */
import neo4j, { isNode, isPath, isRelationship, type Node, type Record as Neo4jRecord, type Relationship } from "neo4j-driver";

export type PlainValue = string | number | boolean | null | PlainValue[] | { [key: string]: PlainValue };

export interface NodeData {
  id: string;
  label: string;
  name: string;
  [key: string]: PlainValue;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  [key: string]: PlainValue;
}

export interface GraphElements {
  nodes: { data: NodeData }[];
  edges: { data: EdgeData }[];
}

/** Neo4j integers become numbers (or strings when beyond 2^53); temporal values become ISO strings. */
export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") {
    const temporal = value as { toString(): string };
    if (
      neo4j.isDate(value) ||
      neo4j.isDateTime(value) ||
      neo4j.isLocalDateTime(value) ||
      neo4j.isTime(value) ||
      neo4j.isLocalTime(value) ||
      neo4j.isDuration(value)
    ) {
      return temporal.toString();
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** A column of a plain row as text: a non-empty string, or null for anything else. */
/** A record's columns as plain values, by column name. */
export function rowOf(record: { toObject(): object }): Record<string, PlainValue> {
  return toPlain(record.toObject()) as Record<string, PlainValue>;
}

export function textOf(value: unknown): string | null {
  return typeof value === "string" && value ? value : null;
}

/** A column of a plain row as a list: empty when it is missing or not a list. */
export function listOf(value: unknown): PlainValue[] {
  return Array.isArray(value) ? (value as PlainValue[]) : [];
}

/** The non-empty strings of a list column (names, fields), in their order. */
export function stringsOf(value: unknown): string[] {
  return listOf(value).filter((v): v is string => typeof v === "string" && v !== "");
}

/** The label that says what a node is: the first one other than the shared "Entity". */
export function primaryLabel(labels: readonly string[]): string {
  return labels.find((l) => l !== "Entity") ?? labels[0] ?? "Unknown";
}

/** A node's properties as plain data, with our id, its own label and a name to show. */
export function toNodeData(node: Node): NodeData {
  const props = toPlain(node.properties) as Record<string, PlainValue>;
  const id = typeof props.id === "string" ? props.id : node.elementId;
  return { ...props, id, label: primaryLabel(node.labels), name: String(props.name ?? props.title ?? id) };
}

/** Facts computed by a query for some nodes (e.g. their degree), merged into their data by id. */
export type NodeFacts = ReadonlyMap<string, Record<string, PlainValue>>;

export function toElements(nodes: readonly Node[], relationships: readonly Relationship[], facts: NodeFacts = new Map()): GraphElements {
  const idByElementId = new Map<string, string>();
  const nodeData = new Map<string, NodeData>();
  for (const node of nodes) {
    const data = toNodeData(node);
    idByElementId.set(node.elementId, data.id);
    nodeData.set(data.id, { ...data, ...facts.get(data.id) });
  }
  const edgeData = new Map<string, EdgeData>();
  for (const rel of relationships) {
    const source = idByElementId.get(rel.startNodeElementId);
    const target = idByElementId.get(rel.endNodeElementId);
    if (!source || !target) continue; // an end outside the fetched nodes cannot be drawn
    const props = toPlain(rel.properties) as Record<string, PlainValue>;
    const id = typeof props.id === "string" ? props.id : rel.elementId;
    edgeData.set(id, { ...props, id, source, target, type: rel.type });
  }
  return {
    nodes: [...nodeData.values()].map((data) => ({ data })),
    edges: [...edgeData.values()].map((data) => ({ data })),
  };
}

/**
 * The one function from query results to Cytoscape elements: every node, relationship and path
 * in any column (lists included) is drawn; a column named `facts`, a list of maps with an `id`,
 * adds per-node values such as the degree. Other columns are left to the caller.
 */
export function recordsToElements(records: readonly Neo4jRecord[]): GraphElements {
  const nodes: Node[] = [];
  const relationships: Relationship[] = [];
  const facts = new Map<string, Record<string, PlainValue>>();
  const visit = (value: unknown): void => {
    if (isNode(value)) nodes.push(value);
    else if (isRelationship(value)) relationships.push(value);
    else if (isPath(value)) {
      nodes.push(value.start, value.end);
      for (const segment of value.segments) {
        nodes.push(segment.start, segment.end);
        relationships.push(segment.relationship);
      }
    } else if (Array.isArray(value)) value.forEach(visit);
  };
  for (const record of records) {
    for (const key of record.keys) {
      const value = record.get(key);
      if (key !== "facts") {
        visit(value);
        continue;
      }
      for (const fact of (toPlain(value) ?? []) as PlainValue[]) {
        if (fact && typeof fact === "object" && !Array.isArray(fact) && typeof fact.id === "string") {
          const { id, ...rest } = fact;
          facts.set(id, { ...facts.get(id), ...rest });
        }
      }
    }
  }
  return toElements(nodes, relationships, facts);
}
