/**
 * Agreements: a sentence that reports a signing (signed, ký kết) of an instrument (agreement,
 * MoU, minutes, sister-city agreement) names an Agreement, with its kind, date, fields, the
 * parties named in that sentence, and who signed and who witnessed it.
 */
import agreementWords from "../patterns/agreements.json" with { type: "json" };
import type { Place } from "../gazetteer/places.ts";
import { PhraseMatcher } from "../text/phrase-matcher.ts";
import type { AnalyzedSentence } from "./analyze-sentences.ts";
import type { FoundEvent } from "./find-events.ts";
import type { OrganizationMention, PersonMention } from "./find-mentions.ts";

export interface FoundAgreement {
  key: string;
  kind: string;
  title: string;
  date: string | null;
  fields: string[];
  places: Place[];
  organizations: OrganizationMention[];
  signatories: PersonMention[];
  witnesses: PersonMention[];
  sentence: AnalyzedSentence;
  event: FoundEvent;
  reason: string;
}

const kinds = new PhraseMatcher<string>("fold", { scanned: false });
const kindsVi = new PhraseMatcher<string>("vi", { scanned: false });
for (const k of agreementWords.kinds) {
  for (const w of k.en) kinds.add(w, k.kind);
  for (const w of k.vi) kindsVi.add(w, k.kind);
}
const fields = new PhraseMatcher<string>("fold", { scanned: false });
const fieldsVi = new PhraseMatcher<string>("vi", { scanned: false });
for (const f of agreementWords.fields) {
  for (const w of f.en) fields.add(w, f.field);
  for (const w of f.vi) fieldsVi.add(w, f.field);
}

const TITLE_MAX_TOKENS = 16;

/**
 * partnersIn: the places the partnership rules paired in a sentence — the parties. Without
 * such a pair, the places of the sentence that are not only where the signing took place.
 */
export function findAgreements(events: readonly FoundEvent[], partnersIn: (sentence: AnalyzedSentence) => Place[]): FoundAgreement[] {
  const found: FoundAgreement[] = [];
  for (const event of events) {
    if (event.type !== "signing") continue;
    for (const sentence of new Set(event.sentences)) {
      const { tokens } = sentence.mentions;
      const matcher = sentence.lang === "vi" ? kindsVi : kinds;
      const instrument = matcher.findAll(tokens)[0];
      if (!instrument) continue;
      // The title: the instrument word and what follows it up to the next punctuation.
      let end = instrument.end;
      while (end < tokens.length && end < instrument.start + TITLE_MAX_TOKENS && tokens[end]!.kind !== "punct") end++;
      const title = sentence.sentence.text.slice(tokens[instrument.start]!.start, tokens[end - 1]!.end);
      const fieldMatcher = sentence.lang === "vi" ? fieldsVi : fields;
      const attendance = event.attendance.filter((a) => a.sentence === sentence);
      const paired = partnersIn(sentence);
      const places = paired.length
        ? paired
        : [...new Map(sentence.mentions.places.filter((p) => !p.adjective && p.place !== event.place).map((p) => [p.place.key, p.place])).values()];
      // An organisation named in someone's title is where that person works, not a party.
      const inTitle = (o: OrganizationMention) =>
        sentence.mentions.people.some((person) => person.titles.some((t) => t.tokenStart <= o.tokenStart && o.tokenEnd <= t.tokenEnd));
      const organizations = sentence.mentions.organizations.filter((o) => !inTitle(o));
      const signatories = attendance.filter((a) => a.role === "signatory").map((a) => a.person);
      // Witnesses may be named in a later sentence of the same signing ("The ceremony was witnessed by …").
      const witnesses = event.attendance.filter((a) => a.role === "witness").map((a) => a.person);
      // "agreements were signed": an instrument nobody and no party is named for is not clearly identified.
      if (places.length + organizations.length + signatories.length === 0) continue;
      found.push({
        key: `${instrument.values[0]} ${event.date ?? event.key} ${places.map((p) => p.key).sort().join(" ")}`,
        kind: instrument.values[0]!,
        title,
        date: event.date,
        fields: [...new Set(fieldMatcher.findAll(tokens).map((m) => m.values[0]!))],
        places,
        organizations,
        signatories,
        witnesses,
        sentence,
        event,
        reason: agreementWords.reason,
      });
    }
  }
  return found;
}
