/**
 * The one place driver types become plain data: Neo4j nodes and relationships in,
 * Cytoscape element definitions out (integers converted, ids our own stable ids).
 */
import neo4j, { type Node, type Relationship } from "neo4j-driver";

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

/** The label that says what a node is: the first one other than the shared "Entity". */
export function primaryLabel(labels: readonly string[]): string {
  return labels.find((l) => l !== "Entity") ?? labels[0] ?? "Unknown";
}

export function toElements(nodes: readonly Node[], relationships: readonly Relationship[]): GraphElements {
  const idByElementId = new Map<string, string>();
  const nodeData = new Map<string, NodeData>();
  for (const node of nodes) {
    const props = toPlain(node.properties) as Record<string, PlainValue>;
    const id = typeof props.id === "string" ? props.id : node.elementId;
    idByElementId.set(node.elementId, id);
    nodeData.set(id, { ...props, id, label: primaryLabel(node.labels), name: String(props.name ?? id) });
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
