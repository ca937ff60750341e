import { queryOptions, useQuery } from "@tanstack/react-query";
import neo4j, { type Node, type Relationship } from "neo4j-driver";
import { useNeo4j } from "../../../app/neo4j-context.tsx";
import { toElements, type GraphElements } from "../../../lib/records-to-elements.ts";
import { runRead, type ReadTarget } from "../../../lib/run-read.ts";

export interface PartnerNetworkRequest {
  /** From one place (a country, province or city), or null. */
  place: string | null;
  /** From the places of one country (ISO2), or null; both null: every partnership. */
  country: string | null;
}

const PARTNERSHIP_LIMIT = 500;

/**
 * Places linked by PARTNERS_WITH. The agreements come back as a count on each line (the
 * details panel lists them); they are not drawn, so the picture stays a map of places.
 */
export async function getPartnerNetwork(target: ReadTarget, request: PartnerNetworkRequest): Promise<GraphElements> {
  const records = await runRead(target, "partner-network", { placeId: request.place, country: request.country, limit: neo4j.int(PARTNERSHIP_LIMIT) });
  const nodes = records.flatMap((r) => [r.get("a") as Node, r.get("b") as Node]);
  const relationships = records.map((r) => r.get("p") as Relationship);
  const agreements = new Map(records.map((r) => [(r.get("p") as Relationship).elementId, (r.get("agreements") as Node[]).length]));
  const elements = toElements(nodes, relationships);
  const byElementId = new Map(relationships.map((rel) => [String(rel.properties.id ?? rel.elementId), agreements.get(rel.elementId) ?? 0]));
  return { nodes: elements.nodes, edges: elements.edges.map(({ data }) => ({ data: { ...data, agreementCount: byElementId.get(data.id) ?? 0 } })) };
}

export function partnerNetworkOptions(target: ReadTarget & { generation: number }, request: PartnerNetworkRequest) {
  return queryOptions({ queryKey: ["partners", "network", target.generation, request], queryFn: () => getPartnerNetwork(target, request) });
}

export function usePartnerNetwork(request: PartnerNetworkRequest, enabled = true) {
  const { driver, database, generation } = useNeo4j();
  return useQuery({ ...partnerNetworkOptions({ driver: driver!, database, generation }, request), enabled: enabled && driver !== null });
}
