import { queryOptions, useQuery } from "@tanstack/react-query";
import neo4j from "neo4j-driver";
import { useNeo4j } from "../../../app/neo4j-context.tsx";
import { earliestDay, latestDay } from "../../../lib/partial-dates.ts";
import { recordsToElements, type GraphElements } from "../../../lib/records-to-elements.ts";
import { runRead, type ReadTarget } from "../../../lib/run-read.ts";

export interface PeopleWhoMetRequest {
  /** The person at the centre, or null for everyone. */
  person: string | null;
  /** Steps out from the person, 1–3. */
  depth: number;
  /** The filters' date range (ISO, any precision). */
  from: string | null;
  to: string | null;
  /** Only the other side's people affiliated with this country (ISO2). */
  country: string | null;
}

/** More meetings than this would not be readable on one canvas. */
const MEETING_LIMIT = 500;

/** The people network: people and the MET relationships among them that answer the request. */
export async function getPeopleWhoMet(target: ReadTarget, request: PeopleWhoMetRequest): Promise<GraphElements> {
  return recordsToElements(
    await runRead(target, "people-who-met", {
      personId: request.person,
      depth: neo4j.int(request.depth),
      from: request.from ? earliestDay(request.from) : null,
      to: request.to ? latestDay(request.to) : null,
      country: request.country,
      limit: neo4j.int(MEETING_LIMIT),
    }),
  );
}

export function peopleWhoMetOptions(target: ReadTarget & { generation: number }, request: PeopleWhoMetRequest) {
  return queryOptions({ queryKey: ["who-met", "people", target.generation, request], queryFn: () => getPeopleWhoMet(target, request) });
}

export function usePeopleWhoMet(request: PeopleWhoMetRequest, enabled = true) {
  const { driver, database, generation } = useNeo4j();
  return useQuery({ ...peopleWhoMetOptions({ driver: driver!, database, generation }, request), enabled: enabled && driver !== null });
}
