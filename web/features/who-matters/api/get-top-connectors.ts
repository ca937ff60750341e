import { queryOptions, useQuery } from "@tanstack/react-query";
import neo4j from "neo4j-driver";
import { useNeo4j } from "../../../app/neo4j-context.tsx";
import { toPlain } from "../../../lib/records-to-elements.ts";
import { runRead, type ReadTarget } from "../../../lib/run-read.ts";

export interface Connector {
  id: string;
  name: string;
  label: string;
  /** Distinct neighbours over every relationship but MENTIONED_IN, in the whole database. */
  degree: number;
}

export const TOP_CONNECTORS = 5;

/** The best-connected entities of one label in the whole database, most first. */
export async function getTopConnectors(target: ReadTarget, label: string): Promise<Connector[]> {
  const records = await runRead(target, "top-connectors", { label, limit: neo4j.int(TOP_CONNECTORS) });
  return records.map((r) => ({ id: String(r.get("id")), name: String(r.get("name")), label: String(r.get("label")), degree: Number(toPlain(r.get("degree"))) }));
}

export function topConnectorsOptions(target: ReadTarget & { generation: number }, label: string) {
  return queryOptions({ queryKey: ["who-matters", "top-connectors", target.generation, label], queryFn: () => getTopConnectors(target, label) });
}

export function useTopConnectors(label: string) {
  const { driver, database, generation } = useNeo4j();
  return useQuery({ ...topConnectorsOptions({ driver: driver!, database, generation }, label), enabled: driver !== null });
}
