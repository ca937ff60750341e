/**
 * The extraction lexicons, built once from the JSON word lists beside this file. Every
 * entry that can produce an edge carries the `reason` of its list, which ends up on the edge.
 */
import cooperation from "./cooperation.json" with { type: "json" };
import eventTriggers from "./event-triggers.json" with { type: "json" };
import organizations from "./organizations.json" with { type: "json" };
import organs from "./organs.json" with { type: "json" };
import surnames from "./surnames.json" with { type: "json" };
import titles from "./titles.json" with { type: "json" };
import notPersonNames from "./not-person-names.json" with { type: "json" };
import knownPeopleList from "./known-people.json" with { type: "json" };
import gazetteerStopPhrases from "../gazetteer/stop-phrases.json" with { type: "json" };
import { foldText, viKey } from "../text/fold.ts";
import { PhraseMatcher } from "../text/phrase-matcher.ts";
import type { Token } from "../text/tokenize.ts";

export type Language = "vi" | "en";
export type OfficeLevel = "national" | "province" | "city" | "district" | "diplomatic" | "local" | "abroad";
export type EventType = (typeof eventTriggers.types)[number]["type"];

export interface EventTrigger {
  type: string;
  meeting: boolean;
  reason: string;
}

export interface CooperationCue {
  kind: string;
  strength: number;
  reason: string;
  /** Pairs places only as "between A and B" (a relationship is not yet a cooperation). */
  betweenOnly: boolean;
}

export interface OrganizationHead {
  kind: string;
}

export interface KnownOrganization {
  name: string;
  aliases: string[];
  kind: string;
}

/** A pair of matchers, English on folded keys and Vietnamese on diacritic keys. */
export interface BilingualMatcher<T> {
  en: PhraseMatcher<T>;
  vi: PhraseMatcher<T>;
}

function bilingual<T>(entries: { en: readonly string[]; vi: readonly string[] }, value: (phrase: string) => T): BilingualMatcher<T> {
  const en = new PhraseMatcher<T>("fold");
  const vi = new PhraseMatcher<T>("vi");
  for (const phrase of entries.en) en.add(phrase, value(phrase));
  for (const phrase of entries.vi) vi.add(phrase, value(phrase));
  return { en, vi };
}

export const OFFICE_REASON = titles.reason;
export const offices = bilingual(titles.offices, (phrase) => phrase);
export const honorifics = bilingual(titles.honorifics, (phrase) => phrase);

export const levels: BilingualMatcher<OfficeLevel> = { en: new PhraseMatcher("fold"), vi: new PhraseMatcher("vi") };
for (const [level, words] of Object.entries(titles.levels.en)) for (const w of words) levels.en.add(w, level as OfficeLevel);
for (const [level, words] of Object.entries(titles.levels.vi)) for (const w of words) levels.vi.add(w, level as OfficeLevel);

/** null marks a longer word that contains a trigger but is not one ("tiếp tục", "dự án"): the longest match wins. */
export const eventWords: BilingualMatcher<EventTrigger | null> = { en: new PhraseMatcher("fold"), vi: new PhraseMatcher("vi") };
for (const t of eventTriggers.types) {
  const trigger: EventTrigger = { type: t.type, meeting: t.meeting, reason: t.reason };
  for (const w of t.en) eventWords.en.add(w, trigger);
  for (const w of t.vi) eventWords.vi.add(w, trigger);
}
export const PARTICIPATION_REASON = eventTriggers.participation.reason;
export const participationWords = bilingual<boolean>(eventTriggers.participation, () => true);
for (const w of eventTriggers.exclude.en) {
  eventWords.en.add(w, null);
  participationWords.en.add(w, false);
}
for (const w of eventTriggers.exclude.vi) {
  eventWords.vi.add(w, null);
  participationWords.vi.add(w, false);
}

export const SPEECH_REASON = eventTriggers.speech.reason;
export const DELEGATION_REASON = eventTriggers.delegation.reason;
export const speechWords = bilingual<boolean>(eventTriggers.speech, () => true);

export const cooperationWords: BilingualMatcher<CooperationCue> = { en: new PhraseMatcher("fold"), vi: new PhraseMatcher("vi") };
for (const f of cooperation.families) {
  const cue: CooperationCue = { kind: f.kind, strength: f.strength, reason: f.reason, betweenOnly: "betweenOnly" in f && f.betweenOnly === true };
  for (const w of f.en) cooperationWords.en.add(w, cue);
  for (const w of f.vi) cooperationWords.vi.add(w, cue);
}

export const ORGANIZATION_REASON = organizations.reason;
export const organizationHeads: BilingualMatcher<OrganizationHead> = { en: new PhraseMatcher("fold"), vi: new PhraseMatcher("vi") };
for (const [phrase, kind] of Object.entries(organizations.heads.en)) organizationHeads.en.add(phrase, { kind });
for (const [phrase, kind] of Object.entries(organizations.heads.vi)) organizationHeads.vi.add(phrase, { kind });

export const knownOrganizations = new PhraseMatcher<KnownOrganization>("fold");
for (const org of organizations.known) for (const name of [org.name, ...org.aliases]) knownOrganizations.add(name, org);

export const SURNAME_REASON = surnames.reason;
/** Vietnamese surnames by Vietnamese key ("nguyễn") and folded ("nguyen"), for text with or without diacritics. */
export const vietnameseSurnames = {
  vi: new Set(surnames.vi.map(viKey)),
  fold: new Set(surnames.vi.map(foldText)),
};
export const foreignSurnames = new Set(surnames.foreign.map(foldText));

/** Phrases shaped like names that are regions, seas or streets ("Thái Bình Dương", "Châu Âu"). */
export const notPersonNamePhrases = new PhraseMatcher<true>("vi");
for (const phrase of [...notPersonNames.phrases, ...gazetteerStopPhrases["oceans, continents and regions that contain a place name"]]) {
  notPersonNamePhrases.add(phrase, true);
}

/**
 * The words of the fields of state organs ("Foreign Affairs", "Agriculture and Rural
 * Development", from the organs' names in organs.json, and its other fields), folded:
 * capitalised in titles ("Minister of Foreign Affairs Batjargal Khongorzul"), never part of a
 * person's name.
 */
export const fieldWords = new Set<string>(organs.fields.words);
for (const organ of organs.organs) {
  const field = /^(?:Department|Ministry) of (.+)$/.exec(organ.name)?.[1];
  for (const word of field?.split(/[\s,]+/) ?? []) if (word !== "and") fieldWords.add(foldText(word));
}

/** Whether an honorific ("Mr.", "Dr.", "ông", "đồng chí") ends right before token i. */
export function honorificEndsAt(tokens: readonly Token[], i: number): boolean {
  for (const start of [i - 1, i - 2]) {
    if (start < 0) continue;
    const m = honorifics.en.matchAt(tokens, start) ?? honorifics.vi.matchAt(tokens, start);
    if (m && m.end === i) return true;
  }
  return false;
}

// The syllable of a Vietnamese name, folded: an initial consonant, a vowel nucleus, a final.
const VIETNAMESE_SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnpqrstvx])?(uye|uya|uyu|oai|oay|uay|uoi|uou|ieu|yeu|oeo|uye|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|a|e|i|o|u|y)(ng|nh|ch|[cmnpt])?$/;

/** True when every word is a Vietnamese syllable: "Nguyen Van Son", but not "Duong Lake Window". */
export function isVietnameseSyllables(words: readonly string[]): boolean {
  return words.every((w) => VIETNAMESE_SYLLABLE.test(foldText(w)));
}

export interface KnownPerson {
  name: string;
  aliases: string[];
  /** ISO2 of the state whose office they hold or held; "" for international officials. */
  country: string;
  died?: number;
}

export const KNOWN_PERSON_REASON = knownPeopleList.reason;
/** Well-known figures by any of their names, folded ("Tập Cận Bình" -> Xi Jinping). */
export const knownPeople = new PhraseMatcher<KnownPerson>("fold");
export const knownPersonByKey = new Map<string, KnownPerson>();
for (const person of knownPeopleList.people as KnownPerson[]) {
  for (const name of [person.name, ...person.aliases]) {
    // One-word names ("Putin", "Lenin") only through the phrase matcher after a title; keys need two words.
    knownPeople.add(name, person);
    knownPersonByKey.set(foldText(name), person);
  }
}
