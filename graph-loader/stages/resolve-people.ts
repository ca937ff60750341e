/**
 * One cluster per person in a document: the same folded name is the same person ("Trần Hồng
 * Hà" = "Tran Hong Ha"); the two halves of a bilingual caption name the same people in the
 * same order ("Trần Cương" = "Chen Gang"); "Mr. Son" is the only full name ending in Son.
 */
import { knownPersonByKey, type KnownPerson } from "../patterns/lexicon.ts";
import { asciiName, foldText, hasDiacritics } from "../text/fold.ts";
import type { AnalyzedSentence } from "./analyze-sentences.ts";
import type { PersonMention } from "./find-mentions.ts";

export interface PersonOccurrence {
  sentence: AnalyzedSentence;
  person: PersonMention;
}

export interface PersonCluster {
  keys: Set<string>;
  occurrences: PersonOccurrence[];
  /** Merged into another cluster (by caption alignment). */
  mergedInto?: PersonCluster;
}

export interface ResolvedPerson {
  name: string;
  /** The figure from the known-people list this is, if any. */
  known: KnownPerson | null;
  nameVi: string | null;
  aliases: string[];
  titles: string[];
  occurrences: PersonOccurrence[];
}

function live(cluster: PersonCluster): PersonCluster {
  let c = cluster;
  while (c.mergedInto) c = c.mergedInto;
  return c;
}

function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

/** The name as printed in English: an English mention's spelling when there is one, else the ASCII of the Vietnamese. */
function canonicalName(occurrences: readonly PersonOccurrence[]): string {
  const full = occurrences.filter((o) => o.person.form !== "short");
  const english = full.filter((o) => o.sentence.lang === "en" && !hasDiacritics(o.person.name));
  const pool = english.length ? english : full;
  const counts = new Map<string, number>();
  for (const o of pool) counts.set(o.person.name, (counts.get(o.person.name) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  // "Jean - François" as a Vietnamese text spaces it is "Jean-François".
  const ascii = asciiName(best).replace(/\s+-\s+/g, "-");
  return ascii === ascii.toUpperCase() ? titleCase(ascii) : ascii;
}

/**
 * Words the document's English text also writes in lower case ("business", "affairs"): common
 * words, not names. Only English: Vietnamese "lan" (to spread) says nothing about "Lan Tianli".
 */
function lowerCaseVocabulary(sentences: readonly AnalyzedSentence[]): Set<string> {
  const words = new Set<string>();
  for (const s of sentences) {
    if (s.lang !== "en") continue;
    for (const t of s.mentions.tokens) if (t.kind === "word" && !t.cap) words.add(t.text);
  }
  return words;
}

/**
 * A foreign-looking name only a title vouches for must not be made of the document's common
 * words. The vocabulary is read once, and only for a document that has such a name.
 */
function plausible(person: PersonMention, vocabulary: () => ReadonlySet<string>): boolean {
  if (person.form !== "anchored" || person.honorific) return true;
  return !person.name.split(/\s+/).some((w) => w.length > 1 && vocabulary().has(w.toLowerCase()));
}

export function resolvePeople(sentences: readonly AnalyzedSentence[]): ResolvedPerson[] {
  let words: Set<string> | undefined;
  const vocabulary = () => (words ??= lowerCaseVocabulary(sentences));
  const byKey = new Map<string, PersonCluster>();
  const clusters: PersonCluster[] = [];
  const clusterOf = new Map<PersonMention, PersonCluster>();
  const shorts: PersonOccurrence[] = [];

  // A name the document marks as a place somewhere ("huyện Lục Ngạn") is that place elsewhere too
  // ("vải thiều Lục Ngạn"), unless a title or an honorific makes it a person.
  const placeNames = new Set(sentences.flatMap((s) => s.mentions.placeNames));
  for (const sentence of sentences) {
    for (const person of sentence.mentions.people) {
      if (!plausible(person, vocabulary)) continue;
      if (placeNames.has(foldText(person.name)) && person.title === null && !person.honorific) continue;
      if (person.form === "short") {
        shorts.push({ sentence, person });
        continue;
      }
      const key = foldText(person.name);
      let cluster = byKey.get(key);
      if (!cluster) {
        cluster = { keys: new Set([key]), occurrences: [] };
        byKey.set(key, cluster);
        clusters.push(cluster);
      }
      cluster.occurrences.push({ sentence, person });
      clusterOf.set(person, cluster);
    }
  }

  // The halves of a bilingual caption name the same people in the same order.
  const bySegment = new Map<string, AnalyzedSentence[]>();
  for (const s of sentences) {
    const list = bySegment.get(s.segment.id);
    if (list) list.push(s);
    else bySegment.set(s.segment.id, [s]);
  }
  for (const [segmentId, segmentSentences] of bySegment) {
    const other = segmentSentences[0]!.segment.translationOf;
    if (!other || segmentSentences[0]!.lang !== "vi") continue;
    const people = (list: readonly AnalyzedSentence[] | undefined) =>
      (list ?? []).flatMap((s) => s.mentions.people.map((p) => clusterOf.get(p)).filter((c): c is PersonCluster => c !== undefined)).map(live);
    const vi = people(segmentSentences);
    const en = people(bySegment.get(other));
    if (vi.length === 0 || vi.length !== en.length || segmentId === other) continue;
    vi.forEach((viCluster, i) => {
      const enCluster = en[i]!;
      if (viCluster === enCluster) return;
      for (const k of viCluster.keys) enCluster.keys.add(k);
      enCluster.occurrences.push(...viCluster.occurrences);
      viCluster.mergedInto = enCluster;
    });
  }
  // "Mr. Van der Linden" after "Mr. Joost van der Linden": a name that ends the one longer name
  // of the document is that person.
  for (const cluster of clusters) {
    if (cluster.mergedInto) continue;
    const keys = [...cluster.keys];
    const longer = clusters.filter((c) => c !== cluster && !c.mergedInto && [...c.keys].some((k) => keys.some((key) => key.includes(" ") && k.endsWith(` ${key}`))));
    if (longer.length !== 1) continue;
    const target = longer[0]!;
    for (const k of cluster.keys) target.keys.add(k);
    target.occurrences.push(...cluster.occurrences);
    cluster.mergedInto = target;
  }
  const alive = clusters.filter((c) => !c.mergedInto);

  // "Mr. Son", "Ms. Jamir": the one full name in the document that ends (or, for Chinese and Korean names, starts) with it.
  for (const occurrence of shorts) {
    const word = foldText(occurrence.person.name);
    const last = alive.filter((c) => [...c.keys].some((k) => k.split(" ").at(-1) === word));
    const first = alive.filter((c) => [...c.keys].some((k) => k.split(" ")[0] === word));
    const match = last.length === 1 ? last[0] : last.length === 0 && first.length === 1 ? first[0] : undefined;
    match?.occurrences.push(occurrence);
  }

  return alive.map((cluster) => {
    const known = [...cluster.keys].map((k) => knownPersonByKey.get(k)).find((k) => k !== undefined) ?? null;
    const name = known?.name ?? canonicalName(cluster.occurrences);
    const surfaces = new Set(cluster.occurrences.filter((o) => o.person.form !== "short").map((o) => o.person.name.normalize("NFC")));
    const vi = [...surfaces].filter(hasDiacritics);
    const nameVi = vi.find((s) => s !== s.toUpperCase()) ?? (vi[0] ? titleCase(vi[0]) : null);
    const titles = new Set(cluster.occurrences.map((o) => o.person.title?.text).filter((t): t is string => !!t));
    return {
      name,
      known,
      nameVi,
      aliases: [...surfaces].filter((s) => s !== name),
      titles: [...titles],
      occurrences: cluster.occurrences.sort((a, b) => a.sentence.index - b.sentence.index),
    };
  });
}
