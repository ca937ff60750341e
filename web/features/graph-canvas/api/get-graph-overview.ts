import { queryOptions } from "@tanstack/react-query";
import neo4j from "neo4j-driver";
import { recordsToElements, type GraphElements } from "../../../lib/records-to-elements.ts";
import { runRead, type ReadTarget } from "../../../lib/run-read.ts";

/** The most connected entities and the relationships among them: a place to start. */
export async function getGraphOverview(target: ReadTarget, options: { limit: number }): Promise<GraphElements> {
  return recordsToElements(await runRead(target, "graph-overview", { limit: neo4j.int(options.limit) }));
}

export function graphOverviewOptions(target: ReadTarget & { generation: number }, options: { limit: number }) {
  return queryOptions({
    queryKey: ["graph-canvas", "overview", target.generation, options],
    queryFn: () => getGraphOverview(target, options),
  });
}
