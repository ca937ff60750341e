/**
 * One name for an organ of a state or party, however a document writes it: "Sở Ngoại vụ tỉnh
 * Lạng Sơn", "Sở Ngoại vụ Lạng Sơn", "Department of Foreign Affairs of Lang Son Province" and a
 * bare "Sở Ngoại vụ" in a Lạng Sơn document are all "Lang Son Department of Foreign Affairs";
 * "Đại sứ quán Ấn Độ tại Hà Nội" and "Indian Embassy in Hanoi" are "Embassy of India in Vietnam".
 *
 * Only a name made of an organ (patterns/organs.json), its places and connecting words is
 * renamed; a name with anything else in it ("Sở Ngoại vụ và Ngoại giao văn hóa") stays as printed.
 */
import { getPlace, type Place } from "../gazetteer/places.ts";
import organs from "../patterns/organs.json" with { type: "json" };
import { PhraseMatcher } from "../text/phrase-matcher.ts";
import type { Token } from "../text/tokenize.ts";
import type { OrganizationMention, PlaceMention } from "./find-mentions.ts";

type Scope = "local" | "national" | "mission";
type Level = "Provincial" | "City";

interface Organ {
  name: string;
  scope: Scope;
  /** "Provincial" or "City" goes before the organ's name ("Lang Son Provincial People's Committee"). */
  provincial: boolean;
  /** The level the printed form itself fixes ("tỉnh ủy": a province's). */
  level: Level | null;
}

export const ORGAN_REASON = organs.reason;

const organsVi = new PhraseMatcher<Organ>("vi", { scanned: false });
const organsEn = new PhraseMatcher<Organ>("fold", { scanned: false });
for (const entry of organs.organs) {
  const base = { name: entry.name, scope: entry.scope as Scope, provincial: "provincial" in entry && entry.provincial === true };
  for (const form of entry.vi) {
    if (typeof form === "string") organsVi.add(form, { ...base, level: null });
    else organsVi.add(form.form, { ...base, level: form.level as Level });
  }
  for (const form of entry.en) {
    const fold = form.toLowerCase();
    organsEn.add(form, { ...base, level: fold.startsWith("provincial ") ? "Provincial" : fold.startsWith("city ") || fold.startsWith("municipal ") ? "City" : null });
  }
}
const FILLERS = new Set(organs.fillers.words);
const PROVINCE_WORDS = new Set(["tinh", "province", "provincial"]);
const CITY_WORDS = new Set(["thanh", "city", "municipal", "municipality", "tp"]);
const HOST_WORDS = new Set(["in", "tai", "o", "to", "canh"]);

export interface OrganizationName {
  name: string;
  /** Where the organisation sits: its province or city, its country, or where a mission is. */
  seat: Place | null;
}

/** A country's name as it follows "of": "the Republic of Korea", "the Russian Federation", "India". */
function countryName(country: Place): string {
  return /^(Republic|United|Russian Federation|Netherlands|Philippines|Lao People|Democratic|Czech|Dominican|Gambia|Bahamas)\b/.test(country.name)
    ? `the ${country.name}`
    : country.name;
}

/** The country a place is in (itself for a country). */
function countryOf(place: Place): Place | null {
  return place.label === "Country" ? place : (getPlace(`country:${place.country.toLowerCase()}`) ?? null);
}

/**
 * The canonical name of an organ named by `o` in a sentence with these tokens and places, or
 * null when the name is not just an organ and its places. `home` and `homeCountry`: the
 * document's own place and country, for an organ named without one ("Sở Ngoại vụ", "the Foreign
 * Ministry").
 */
export function organizationName(
  o: OrganizationMention,
  tokens: readonly Token[],
  places: readonly PlaceMention[],
  where: { home: Place | null; homeCountry: Place | null },
): OrganizationName | null {
  const span = tokens.slice(o.tokenStart, o.tokenEnd);
  const organ = organsVi.findAll(span)[0] ?? organsEn.findAll(span)[0];
  if (!organ) return null;
  const inside = places.filter((p) => p.tokenStart >= o.tokenStart && p.tokenEnd <= o.tokenEnd);
  const covered = new Array<boolean>(span.length).fill(false);
  for (let i = organ.start; i < organ.end; i++) covered[i] = true;
  for (const p of inside) for (let i = p.tokenStart; i < p.tokenEnd; i++) covered[i - o.tokenStart] = true;
  let level: Level | null = organ.values[0]!.level;
  for (let i = 0; i < span.length; i++) {
    if (covered[i]) continue;
    const word = span[i]!.fold;
    if (!FILLERS.has(word)) return null;
    if (!level && PROVINCE_WORDS.has(word)) level = "Provincial";
    else if (!level && CITY_WORDS.has(word)) level = "City";
  }
  // One organ per name: "UBND tỉnh và Sở Ngoại vụ" is two organisations, not one.
  if (organsVi.findAll(span).length + organsEn.findAll(span).length > 1) return null;
  const value = organ.values[0]!;
  const hostAt = (p: PlaceMention) => p.tokenStart > o.tokenStart && HOST_WORDS.has(tokens[p.tokenStart - 1]!.fold);

  if (value.scope === "mission") {
    const sending = inside.find((p) => !hostAt(p))?.place ?? null;
    const hostPlace = inside.find((p) => hostAt(p))?.place ?? null;
    if (!sending) return null;
    const sendingCountry = countryOf(sending);
    if (!sendingCountry) return null;
    // An embassy is in a country; a consulate in a city. Unnamed, the host is the document's country.
    const host = hostPlace
      ? value.name === "Embassy" ? countryOf(hostPlace) : hostPlace
      : sendingCountry !== where.homeCountry ? where.homeCountry : null;
    const of = `${value.name} of ${countryName(sendingCountry)}`;
    return { name: host ? `${of} in ${host.label === "Country" ? countryName(host) : host.name}` : of, seat: host };
  }
  if (value.scope === "national") {
    const named = inside.map((p) => countryOf(p.place)).find((c) => c !== null) ?? null;
    if (inside.length > 1 || (inside.length === 1 && inside[0]!.place.label !== "Country")) return null;
    const country = named ?? where.homeCountry;
    return country ? { name: `${value.name} of ${countryName(country)}`, seat: country } : null;
  }
  // A local organ: of the one province or city its name gives, else of the document's own.
  const local = inside.filter((p) => p.place.label !== "Country");
  if (local.length > 1) return null;
  let place = local[0]?.place ?? (inside.length === 0 ? where.home : null);
  // A province's organ named in a city's document ("Tỉnh ủy" in a Hội An story) is its province's.
  if (place && level === "Provincial" && place.label === "City" && local.length === 0) place = place.parent ? (getPlace(place.parent) ?? null) : null;
  if (!place) return null;
  // "Luang Prabang Province" (the gazetteer's name, apart from the city) makes a "Provincial" body.
  const bare = place.name.replace(/ Province$/, "");
  if (bare !== place.name) level ??= "Provincial";
  // "Provincial" and "City" as Vietnamese bodies are named; elsewhere only when printed.
  const shown = level ?? (place.country === "VN" ? (place.label === "City" ? "City" : "Provincial") : null);
  const prefix = value.provincial && shown ? `${shown} ` : "";
  return { name: `${bare} ${prefix}${value.name}`, seat: place };
}
