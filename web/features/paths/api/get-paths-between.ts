import { queryOptions, useQuery } from "@tanstack/react-query";
import neo4j, { type Node, type Path } from "neo4j-driver";
import { useNeo4j } from "../../../app/neo4j-context.tsx";
import { recordsToElements, toNodeData, toPlain, type EdgeData, type GraphElements, type PlainValue } from "../../../lib/records-to-elements.ts";
import { runRead, type ReadTarget } from "../../../lib/run-read.ts";
import { stepsOf, type PathStep } from "../lib/describe-path.ts";

export interface PathsRequest {
  from: string;
  to: string;
  /** 1–4 steps. */
  maxLength: number;
}

export interface FoundPaths {
  elements: GraphElements;
  /** Each path as steps in reading order, from `from` to `to`. */
  paths: PathStep[][];
}

const PATH_LIMIT = 50;

/** A driver path as steps: nodes in order, each relationship with our ids for its ends. */
export function pathSteps(path: Path): PathStep[] {
  const nodes = [path.start, ...path.segments.map((s) => s.end)];
  const idOf = new Map(nodes.map((n: Node) => [n.elementId, toNodeData(n).id]));
  const edges: EdgeData[] = path.segments.map(({ relationship: r }) => {
    const props = toPlain(r.properties) as Record<string, PlainValue>;
    const id = typeof props.id === "string" ? props.id : r.elementId;
    return { ...props, id, source: idOf.get(r.startNodeElementId)!, target: idOf.get(r.endNodeElementId)!, type: r.type };
  });
  return stepsOf(nodes.map(toNodeData), edges);
}

/** The shortest paths between two entities, all of them up to the limit, never through documents. */
export async function getPathsBetween(target: ReadTarget, request: PathsRequest): Promise<FoundPaths> {
  const records = await runRead(target, "paths-between-entities", {
    from: request.from,
    to: request.to,
    maxLength: neo4j.int(request.maxLength),
    limit: neo4j.int(PATH_LIMIT),
  });
  return { elements: recordsToElements(records), paths: records.map((r) => pathSteps(r.get("p") as Path)) };
}

export function pathsBetweenOptions(target: ReadTarget & { generation: number }, request: PathsRequest) {
  return queryOptions({ queryKey: ["paths", "between", target.generation, request], queryFn: () => getPathsBetween(target, request) });
}

/** The paths for the request, once there is one (both ends chosen). */
export function usePathsBetween(request: PathsRequest | null) {
  const { driver, database, generation } = useNeo4j();
  const fallback = { from: "", to: "", maxLength: 1 };
  return useQuery({ ...pathsBetweenOptions({ driver: driver!, database, generation }, request ?? fallback), enabled: driver !== null && request !== null });
}
