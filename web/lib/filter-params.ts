/**
 * The filters as Cypher parameters, shared by every query that fetches what the canvas draws,
 * so the database applies the same rules as graph-view/filter-elements.ts.
 */
import { earliestDay, latestDay } from "./partial-dates.ts";
import type { Filters, RelationshipType } from "./view-state.ts";

export interface FilterParams {
  labels: string[];
  types: string[];
  countries: string[] | null;
  from: string | null;
  to: string | null;
  minConfidence: number;
}

/** `onlyTypes` narrows the relationship types further (an expansion of chosen types). */
export function filterParams(filters: Filters, onlyTypes: readonly RelationshipType[] = []): FilterParams {
  return {
    labels: [...filters.labels],
    types: onlyTypes.length > 0 ? filters.types.filter((t) => onlyTypes.includes(t)) : [...filters.types],
    countries: filters.countries.length > 0 ? [...filters.countries] : null,
    from: filters.from ? earliestDay(filters.from) : null,
    to: filters.to ? latestDay(filters.to) : null,
    minConfidence: filters.minConfidence,
  };
}
