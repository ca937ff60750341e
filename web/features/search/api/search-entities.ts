import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { Node } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { useNeo4j } from "../../../app/neo4j-context.tsx";
import { listOf, textOf, toNodeData, toPlain } from "../../../lib/records-to-elements.ts";
import { runRead, type ReadTarget } from "../../../lib/run-read.ts";
import { luceneQuery } from "./lucene-query.ts";

export interface SearchResult {
  id: string;
  label: string;
  name: string;
  nameVi: string | null;
  /** What to show beside the name: a title, the country of a place, a kind or a date. */
  detail: string | null;
  detailVi: string | null;
}

const RESULT_LIMIT = 30;

function detailOf(data: Record<string, unknown>, country: { name: string | null; nameVi: string | null }): { detail: string | null; detailVi: string | null } {
  const nameVi = textOf(data.nameVi);
  const titles = listOf(data.titles).filter((t): t is string => typeof t === "string");
  switch (data.label) {
    case "Person":
      return { detail: titles[0] ?? null, detailVi: titles[0] ?? null };
    case "Province":
    case "City":
      return { detail: country.name, detailVi: country.nameVi ?? country.name };
    case "Organization":
      // The name in the other language: "Lang Son Department of Foreign Affairs" beside "Sở Ngoại vụ tỉnh Lạng Sơn".
      return nameVi && nameVi !== data.name ? { detail: nameVi, detailVi: textOf(data.name) } : { detail: textOf(data.kind), detailVi: textOf(data.kind) };
    case "Event":
    case "Agreement": {
      const parts = [textOf(data.date), textOf(data.eventType) ?? textOf(data.kind)].filter(Boolean).join(" · ");
      return { detail: parts || null, detailVi: parts || null };
    }
    default:
      return { detail: null, detailVi: null };
  }
}

export async function searchEntities(target: ReadTarget, input: string): Promise<SearchResult[]> {
  const query = luceneQuery(input);
  if (!query) return [];
  const records = await runRead(target, "search-entities", { query, limit: neo4j.int(RESULT_LIMIT) });
  return records.map((record) => {
    const data = toNodeData(record.get("node") as Node);
    const country = { name: textOf(toPlain(record.get("countryName"))), nameVi: textOf(toPlain(record.get("countryNameVi"))) };
    return { id: data.id, label: data.label, name: data.name, nameVi: textOf(data.nameVi), ...detailOf(data, country) };
  });
}

export function searchEntitiesOptions(target: ReadTarget & { generation: number }, input: string) {
  return queryOptions({
    queryKey: ["search", "entities", target.generation, input.trim()],
    queryFn: () => searchEntities(target, input),
  });
}

/** Type-ahead results for the input (already debounced by the caller). */
export function useSearchEntities(input: string) {
  const { driver, database, generation } = useNeo4j();
  const target = { driver: driver!, database, generation };
  return useQuery({
    ...searchEntitiesOptions(target, input),
    enabled: driver !== null && luceneQuery(input) !== null,
    placeholderData: keepPreviousData,
  });
}
