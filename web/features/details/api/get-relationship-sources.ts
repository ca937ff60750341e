import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Node } from "neo4j-driver";
import { useNeo4j } from "../../../app/neo4j-context.tsx";
import { recordsToElements, toNodeData, toPlain, type EdgeData, type NodeData } from "../../../lib/records-to-elements.ts";
import { runRead, type ReadTarget } from "../../../lib/run-read.ts";
import { zipEvidence, type DocumentSummary, type Evidence } from "./evidence.ts";

export interface RelationshipSources {
  relationship: EdgeData;
  from: NodeData;
  to: NodeData;
  /** The events and agreements it rests on, earliest first. */
  basis: NodeData[];
  evidence: Evidence[];
}

export async function getRelationshipSources(target: ReadTarget, ref: { id: string; source: string }): Promise<RelationshipSources | null> {
  const records = await runRead(target, "relationship-sources", ref);
  const record = records[0];
  if (!record) return null;
  const elements = recordsToElements(records);
  const relationship = elements.edges.find((e) => e.data.id === ref.id)?.data;
  if (!relationship) return null;
  const node = (id: string) => elements.nodes.find((n) => n.data.id === id)!.data;
  return {
    relationship,
    from: node(relationship.source),
    to: node(relationship.target),
    basis: (record.get("basis") as Node[]).map(toNodeData),
    evidence: zipEvidence(relationship, toPlain(record.get("documents")) as unknown as DocumentSummary[]),
  };
}

export function relationshipSourcesOptions(target: ReadTarget & { generation: number }, ref: { id: string; source: string }) {
  return queryOptions({ queryKey: ["details", "relationship", target.generation, ref], queryFn: () => getRelationshipSources(target, ref) });
}

export function useRelationshipSources(ref: { id: string; source: string }) {
  const { driver, database, generation } = useNeo4j();
  return useQuery({ ...relationshipSourcesOptions({ driver: driver!, database, generation }, ref), enabled: driver !== null });
}
