import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Node } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { useNeo4j } from "../../../app/neo4j-context.tsx";
import { toNodeData, toPlain, type NodeData } from "../../../lib/records-to-elements.ts";
import { runRead, type ReadTarget } from "../../../lib/run-read.ts";

export interface RelationshipSummary {
  id: string;
  type: string;
  /** The start entity: relationships are looked up from it. */
  source: string;
  outgoing: boolean;
  confidence: number | null;
  other: { id: string; label: string; name: string; nameVi: string | null };
}

export interface EntityDetails {
  entity: NodeData;
  country: { name: string; nameVi: string | null } | null;
  counts: { type: string; count: number }[];
  relationships: RelationshipSummary[];
}

const LISTED_RELATIONSHIPS = 100;

export async function getEntityDetails(target: ReadTarget, id: string): Promise<EntityDetails | null> {
  const [record] = await runRead(target, "entity-details", { id, limit: neo4j.int(LISTED_RELATIONSHIPS) });
  if (!record) return null;
  const countryName = toPlain(record.get("countryName"));
  return {
    entity: toNodeData(record.get("n") as Node),
    country: typeof countryName === "string" ? { name: countryName, nameVi: (toPlain(record.get("countryNameVi")) as string | null) ?? null } : null,
    counts: toPlain(record.get("counts")) as EntityDetails["counts"],
    relationships: toPlain(record.get("relationships")) as unknown as RelationshipSummary[],
  };
}

export function entityDetailsOptions(target: ReadTarget & { generation: number }, id: string) {
  return queryOptions({ queryKey: ["details", "entity", target.generation, id], queryFn: () => getEntityDetails(target, id) });
}

export function useEntityDetails(id: string) {
  const { driver, database, generation } = useNeo4j();
  return useQuery({ ...entityDetailsOptions({ driver: driver!, database, generation }, id), enabled: driver !== null });
}
