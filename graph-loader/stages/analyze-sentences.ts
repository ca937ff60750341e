/**
 * Runs the sentence-level finder over every sentence a reader would read as text (not photo
 * credits or bylines), and keeps what the document-level stages need around each result.
 */
import type { Evidence } from "../graph/model.ts";
import type { Language } from "../patterns/lexicon.ts";
import { findMentions, type SentenceMentions } from "./find-mentions.ts";
import type { ReadDocument, Segment, Sentence } from "./segment-document.ts";

export interface AnalyzedSentence {
  /** Position in reading order across the document. */
  index: number;
  segment: Segment;
  sentence: Sentence;
  lang: Language;
  mentions: SentenceMentions;
  evidence: Evidence;
}

const SKIPPED_ROLES = new Set(["credit", "byline"]);

/** The year to assume for "ngày 29/10": the document's own date, else the year it names most. */
export function defaultYear(doc: ReadDocument): number | undefined {
  if (doc.date) return Number(doc.date.iso.slice(0, 4));
  const counts = new Map<number, number>();
  for (const m of doc.text.matchAll(/\b(19[5-9]\d|20[0-4]\d)\b/g)) counts.set(+m[1]!, (counts.get(+m[1]!) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}

export function analyzeSentences(doc: ReadDocument): AnalyzedSentence[] {
  const year = defaultYear(doc);
  const out: AnalyzedSentence[] = [];
  for (const segment of doc.segments) {
    if (SKIPPED_ROLES.has(segment.role)) continue;
    const lang: Language = segment.lang === "vi" ? "vi" : "en";
    for (const sentence of segment.sentences) {
      out.push({
        index: out.length,
        segment,
        sentence,
        lang,
        mentions: findMentions(sentence.text, { lang, defaultYear: year }),
        evidence: { doc: doc.id, start: sentence.start, end: sentence.end, quote: sentence.text },
      });
    }
  }
  return out;
}
