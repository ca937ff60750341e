/**
 * Generates countries.json: every ISO 3166-1 entry with all its English and Vietnamese
 * names from i18n-iso-countries, merged with the hand-written country-overrides.json
 * (canonical short names as the gold uses them, Vietnamese press forms, demonyms,
 * ambiguity marks, historical states).
 *
 *   npx tsx graph-loader/gazetteer/build-countries.ts
 *
 * The output is deterministic (sorted entries and aliases), so a rebuild only shows a diff
 * when the package or the overrides change.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import isoCountries from "i18n-iso-countries";
import { asciiName } from "../text/fold.ts";
import overridesJson from "./country-overrides.json" with { type: "json" };
import type { CountryRecord } from "./places.ts";
import { toneVariants } from "./vi-tone.ts";

interface CountryOverride {
  iso3?: string;
  name?: string;
  nameVi?: string;
  aliases?: string[];
  dropAliases?: string[];
  adjectives?: string[];
  ambiguousAliases?: string[];
  sovereign?: boolean;
  historical?: boolean;
  subdivisionOf?: string;
}

const overrides = overridesJson as Record<string, CountryOverride>;

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Readable forms of ISO's catalogue names: "Korea, Republic of" -> "Republic of Korea",
 * "Virgin Islands, British" -> "British Virgin Islands", "Falkland Islands (Malvinas)" ->
 * "Falkland Islands" and "Malvinas". A lower-case parenthesis ("French part") is a note, not a name.
 */
function readableForms(name: string): string[] {
  const forms: string[] = [];
  const paren = /^(.*?)\s*\(([^)]*)\)\s*(.*)$/.exec(name);
  if (paren) {
    const [, before = "", inside = "", after = ""] = paren;
    forms.push(`${before} ${after}`.trim());
    if (!after && inside.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) forms.push(inside);
  }
  // Only an inverted qualifier moves to the front; "Taiwan, Province of China" is not "Province of China Taiwan".
  const comma = /^([^,]+),\s*(.+)$/.exec(name);
  if (comma && (/ of$/.test(comma[2] ?? "") || !/\s/.test(comma[2] ?? ""))) forms.push(`${comma[2]} ${comma[1]}`);
  return forms;
}

function asList(names: string | string[] | undefined): string[] {
  if (names === undefined) return [];
  return Array.isArray(names) ? names : [names];
}

function buildEntry(iso2: string, en: string[], vi: string[], override: CountryOverride): CountryRecord {
  const iso3 = override.iso3 ?? isoCountries.alpha2ToAlpha3(iso2);
  if (!iso3) throw new Error(`${iso2}: no ISO alpha-3 code and no iso3 override`);
  const catalogueName = en[0] ?? iso2;
  const name = override.name ?? asciiName(readableForms(catalogueName)[0] ?? catalogueName);
  const nameVi = override.nameVi ?? vi[0] ?? name;
  const english = [...en, ...en.flatMap(readableForms)];
  const candidates = [...english, ...english.map(asciiName), ...vi, nameVi, ...(override.aliases ?? [])];
  const dropped = new Set(override.dropAliases ?? []);
  const own = new Set([name, nameVi]);
  const aliases = [...new Set(candidates.filter((a) => !dropped.has(a)).flatMap(toneVariants))]
    .filter((a) => a.trim() && !own.has(a))
    .sort(byCodePoint);
  const known = new Set([name, ...toneVariants(nameVi), ...aliases]);
  const ambiguous = (override.ambiguousAliases ?? []).flatMap(toneVariants);
  for (const a of ambiguous) if (!known.has(a)) throw new Error(`${iso2}: ambiguous alias "${a}" is not one of its names`);
  const entry: CountryRecord = {
    iso2,
    iso3,
    name,
    nameVi,
    aliases,
    adjectives: [...(override.adjectives ?? [])].sort(byCodePoint),
    sovereign: override.sovereign ?? true,
  };
  if (ambiguous.length) entry.ambiguousAliases = [...new Set(ambiguous)].sort(byCodePoint);
  if (override.historical) entry.historical = true;
  if (override.subdivisionOf) entry.subdivisionOf = override.subdivisionOf;
  return entry;
}

export function buildCountries(): CountryRecord[] {
  const en = isoCountries.getNames("en", { select: "all" });
  const vi = isoCountries.getNames("vi", { select: "all" });
  const codes = new Set([...Object.keys(en), ...Object.keys(overrides)]);
  return [...codes].sort(byCodePoint).map((iso2) => buildEntry(iso2, asList(en[iso2]), asList(vi[iso2]), overrides[iso2] ?? {}));
}

/** One entry per line: the file stays readable and a changed country is a one-line diff. */
export function formatCountries(entries: CountryRecord[]): string {
  return `[\n${entries.map((e) => `  ${JSON.stringify(e)}`).join(",\n")}\n]\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = fileURLToPath(new URL("./countries.json", import.meta.url));
  const entries = buildCountries();
  writeFileSync(out, formatCountries(entries));
  console.log(`wrote ${entries.length} countries to ${out}`);
}
