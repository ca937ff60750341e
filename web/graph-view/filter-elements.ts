/**
 * Which drawn elements the filters keep: the same rules the queries apply in Cypher
 * (lib/filter-params.ts), so what is on the canvas and what the next expansion fetches agree.
 * Elements without a country or a date are never filtered out by those filters.
 */
import { spanMeetsRange } from "../lib/partial-dates.ts";
import type { EdgeData, NodeData } from "../lib/records-to-elements.ts";
import type { Filters } from "../lib/view-state.ts";

export function countryOf(node: NodeData): string | null {
  const code = node.iso2 ?? node.country;
  return typeof code === "string" ? code : null;
}

export function nodePasses(node: NodeData, filters: Filters): boolean {
  if (!(filters.labels as string[]).includes(node.label)) return false;
  const country = countryOf(node);
  if (filters.countries.length > 0 && country !== null && !filters.countries.includes(country)) return false;
  return spanMeetsRange({ start: node.date, end: node.date }, filters);
}

export function edgePasses(edge: EdgeData, filters: Filters): boolean {
  if (!(filters.types as string[]).includes(edge.type)) return false;
  const confidence = typeof edge.confidence === "number" ? edge.confidence : 1;
  if (confidence < filters.minConfidence) return false;
  return spanMeetsRange({ start: edge.firstDate ?? edge.date, end: edge.lastDate ?? edge.date }, filters);
}
