import { queryOptions, useQuery } from "@tanstack/react-query";
import { useNeo4j } from "../../../app/neo4j-context.tsx";
import { toPlain } from "../../../lib/records-to-elements.ts";
import { runRead, type ReadTarget } from "../../../lib/run-read.ts";
import type { MonthBucket } from "../lib/histogram.ts";

/** Dated events per month, over the whole database: the timeline's histogram. */
export async function getEventCounts(target: ReadTarget): Promise<MonthBucket[]> {
  const records = await runRead(target, "event-counts-by-month");
  return records.map((r) => ({ month: String(r.get("month")), count: Number(toPlain(r.get("count"))) }));
}

export function eventCountsOptions(target: ReadTarget & { generation: number }) {
  return queryOptions({ queryKey: ["timeline", "counts", target.generation], queryFn: () => getEventCounts(target) });
}

export function useEventCounts() {
  const { driver, database, generation } = useNeo4j();
  return useQuery({ ...eventCountsOptions({ driver: driver!, database, generation }), enabled: driver !== null });
}
