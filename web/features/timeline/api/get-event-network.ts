import { queryOptions } from "@tanstack/react-query";
import neo4j from "neo4j-driver";
import { earliestDay, latestDay } from "../../../lib/partial-dates.ts";
import { recordsToElements, type GraphElements } from "../../../lib/records-to-elements.ts";
import { runRead, type ReadTarget } from "../../../lib/run-read.ts";
import type { EventsRange } from "./get-events-in-time.ts";

const EVENT_LIMIT = 500;

/** The events of a range with who attended and where: the network the timeline plays through. */
export async function getEventNetwork(target: ReadTarget, range: EventsRange): Promise<GraphElements> {
  return recordsToElements(
    await runRead(target, "event-network-in-time", {
      from: range.from ? earliestDay(range.from) : null,
      to: range.to ? latestDay(range.to) : null,
      limit: neo4j.int(EVENT_LIMIT),
    }),
  );
}

export function eventNetworkOptions(target: ReadTarget & { generation: number }, range: EventsRange) {
  return queryOptions({ queryKey: ["timeline", "network", target.generation, range], queryFn: () => getEventNetwork(target, range) });
}
