import { queryOptions } from "@tanstack/react-query";
import { filterParams } from "../../../lib/filter-params.ts";
import { toPlain } from "../../../lib/records-to-elements.ts";
import { runRead, type ReadTarget } from "../../../lib/run-read.ts";
import type { Expansion, Filters } from "../../../lib/view-state.ts";

/** For each expanded entity, how many neighbours pass the filters: its "+N more". */
export async function getNeighbourCounts(target: ReadTarget, request: { expansions: Expansion[]; filters: Filters }): Promise<Record<string, number>> {
  if (request.expansions.length === 0) return {};
  const records = await runRead(target, "neighbour-counts", {
    ...filterParams(request.filters),
    expansions: request.expansions.map((x) => ({ id: x.id, types: filterParams(request.filters, x.types).types })),
  });
  return Object.fromEntries(records.map((r) => [String(r.get("id")), Number(toPlain(r.get("total")))]));
}

export function neighbourCountsOptions(target: ReadTarget & { generation: number }, request: { expansions: Expansion[]; filters: Filters }) {
  return queryOptions({
    queryKey: ["graph-canvas", "neighbour-counts", target.generation, request],
    queryFn: () => getNeighbourCounts(target, request),
  });
}
