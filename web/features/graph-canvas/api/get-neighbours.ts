import { queryOptions } from "@tanstack/react-query";
import neo4j from "neo4j-driver";
import { filterParams } from "../../../lib/filter-params.ts";
import { recordsToElements, toPlain, type GraphElements } from "../../../lib/records-to-elements.ts";
import { runRead, type ReadTarget } from "../../../lib/run-read.ts";
import type { Filters, RelationshipType } from "../../../lib/view-state.ts";

export interface NeighboursRequest {
  id: string;
  filters: Filters;
  /** Only these relationship types (within the filters); empty for all. */
  types: RelationshipType[];
  skip: number;
  limit: number;
  /** Entities already drawn: relationships from the new page to them come along. */
  onCanvas: string[];
}

export interface NeighboursPage {
  elements: GraphElements;
  /** Neighbours in this page. */
  count: number;
  /** Neighbours that pass the filters, in all. */
  total: number;
}

export async function getNeighbours(target: ReadTarget, request: NeighboursRequest): Promise<NeighboursPage> {
  const records = await runRead(target, "neighbours-of-entity", {
    ...filterParams(request.filters, request.types),
    id: request.id,
    skip: neo4j.int(request.skip),
    limit: neo4j.int(request.limit),
    onCanvas: request.onCanvas,
  });
  const record = records[0];
  if (!record) return { elements: { nodes: [], edges: [] }, count: 0, total: 0 };
  return {
    elements: recordsToElements(records),
    count: (record.get("neighbours") as unknown[]).length,
    total: Number(toPlain(record.get("total"))),
  };
}

export function neighboursOptions(target: ReadTarget & { generation: number }, request: NeighboursRequest) {
  return queryOptions({
    queryKey: ["graph-canvas", "neighbours", target.generation, request],
    queryFn: () => getNeighbours(target, request),
  });
}
