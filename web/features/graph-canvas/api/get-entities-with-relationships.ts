import { queryOptions } from "@tanstack/react-query";
import { recordsToElements, type GraphElements } from "../../../lib/records-to-elements.ts";
import { runRead, type ReadTarget } from "../../../lib/run-read.ts";

/** Entities by id and the relationships among them: a shared view put back on the canvas. */
export async function getEntitiesWithRelationships(target: ReadTarget, ids: readonly string[]): Promise<GraphElements> {
  return recordsToElements(await runRead(target, "entities-with-relationships", { ids: [...ids] }));
}

export function entitiesWithRelationshipsOptions(target: ReadTarget & { generation: number }, ids: readonly string[]) {
  return queryOptions({
    queryKey: ["graph-canvas", "entities", target.generation, ids],
    queryFn: () => getEntitiesWithRelationships(target, ids),
  });
}
