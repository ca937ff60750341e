/**
 * Places coloured by their country, so a partner network reads as countries at a glance: each
 * country with places on the canvas gets a colour (the most represented first), and its
 * provinces, cities and the country itself are drawn in it.
 */
import { countryOf } from "../../../graph-view/filter-elements.ts";
import type { NodeData } from "../../../lib/records-to-elements.ts";

/** Distinct, readable on white, and apart from the label colours' blues and purples. */
export const COUNTRY_PALETTE = ["#dc2626", "#16a34a", "#d97706", "#0891b2", "#c026d3", "#4d7c0f", "#be123c", "#0f766e", "#a16207", "#7c3aed", "#ea580c", "#475569"] as const;
/** Countries past the palette share this colour. */
export const OTHER_COUNTRIES = "#94a3b8";

export interface CountryTint {
  country: string;
  color: string;
  places: number;
}

const PLACE_LABELS = new Set(["Country", "Province", "City"]);

export function countryTints(nodes: Iterable<NodeData>): { tints: Map<string, string>; legend: CountryTint[] } {
  const byCountry = new Map<string, string[]>();
  for (const node of nodes) {
    const country = PLACE_LABELS.has(node.label) ? countryOf(node) : null;
    if (country) byCountry.set(country, [...(byCountry.get(country) ?? []), node.id]);
  }
  const ordered = [...byCountry].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
  const tints = new Map<string, string>();
  const legend = ordered.map(([country, ids], i) => {
    const color = COUNTRY_PALETTE[i] ?? OTHER_COUNTRIES;
    for (const id of ids) tints.set(id, color);
    return { country, color, places: ids.length };
  });
  return { tints, legend };
}
