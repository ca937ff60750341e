import type { SourceDocument } from "../read/source-document.ts";
import { detectLanguage, type SegmentLanguage } from "./detect-language.ts";
import { findTrailingByline } from "./find-bylines.ts";
import { offsetMap, trimRange, type MappedText } from "./mapped-text.ts";
import { reflowText, type TextBlock } from "./reflow-text.ts";
import { findBilingualSeparator, splitCaptions, type TextPiece } from "./split-bilingual-captions.ts";
import { splitSentences } from "./split-sentences.ts";

/**
 * Cuts a document into segments (paragraphs, headings, captions, bylines, photo credits) with
 * their language and sentences, each pointing back into doc.text.
 */

export type SegmentRole = "heading" | "paragraph" | "caption" | "byline" | "credit";

export interface Sentence {
  /** Clean text: NFC, whitespace collapsed, line-end hyphenation removed. */
  text: string;
  /** [start, end) in doc.text. */
  start: number;
  end: number;
  /** map[i]: offset in doc.text of text[i]; map[text.length] === end. */
  map: number[];
}

export interface Segment {
  /** `${docId}:s${index}` */
  id: string;
  docId: string;
  index: number;
  role: SegmentRole;
  lang: SegmentLanguage;
  text: string;
  start: number;
  end: number;
  /** For each half of a bilingual caption or heading: the id of the other half. */
  translationOf: string | null;
  sentences: Sentence[];
}

export interface ReadDocument extends SourceDocument {
  segments: Segment[];
  /** Share of segment characters in each language. */
  languages: { vi: number; en: number };
  stats: { hyphenationsJoined: number; linesJoined: number };
}

/** A segment before numbering: a range of one block's clean text. */
interface Draft {
  clean: MappedText;
  from: number;
  to: number;
  role: SegmentRole;
  lang: SegmentLanguage | null;
  pair: Draft | null;
}

/** A caps block longer than this that ends a sentence is a lead paragraph printed in capitals. */
const CAPS_LEAD_MIN_LENGTH = 150;
const TERMINAL_AT_END = /[.!?…]["”’)]*$/u;
/** Vietnamese counts syllables as words: a 30-syllable title is a 12-word English one. */
const TITLE_MAX_WORDS = 30;
const TITLE_MAX_LENGTH = 140;
const TITLE_CANNOT_END_WITH = new Set([
  "the", "of", "and", "a", "an", "to", "in", "on", "at", "for", "with", "by", "from", "as", "that", "or", "its",
  "their", "various", "của", "và", "các", "những", "với", "tại", "trong", "là", "một", "cho", "từ", "đến", "về",
  "được", "đã", "sẽ", "có", "như", "mà", "thì", "gồm", "nhằm", "hoặc", "bởi", "do",
]);
const UNCREDITED_CAPTION_MAX_LENGTH = 1500;

export function segmentDocument(doc: SourceDocument): ReadDocument {
  const reflow = reflowText(doc.text, doc.format);
  const drafts: Draft[] = [];
  for (const block of reflow.blocks) draftBlock(block, drafts);
  pairAdjacentHeadings(drafts);
  markClosingByline(drafts);
  const segments = numberSegments(doc.id, drafts);
  return {
    ...doc,
    segments,
    languages: languageShares(segments),
    stats: { hyphenationsJoined: reflow.hyphenationsJoined, linesJoined: reflow.linesJoined },
  };
}

/** Two to four capitalised words and nothing else: "Hoàng Nga", "Hoang Minh Chau". */
const TITLE_CASE_NAME = /^\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*){1,3}$/u;

/** A news item signed at its end with the writer's name alone on the last line: a byline, not a person in the story. */
function markClosingByline(drafts: Draft[]): void {
  const last = drafts.at(-1);
  if (!last || drafts.length < 3 || last.pair !== null || (last.role !== "paragraph" && last.role !== "heading")) return;
  if (TITLE_CASE_NAME.test(last.clean.text.slice(last.from, last.to))) last.role = "byline";
}

function draftBlock(block: TextBlock, drafts: Draft[]): void {
  const { clean } = block;
  const whole = { from: 0, to: clean.text.length };
  switch (block.kind) {
    case "name":
    case "author":
      addDraft(drafts, { clean, ...whole, role: "byline" });
      return;
    case "md-heading":
      addHeading(drafts, clean, whole);
      return;
    case "caps":
      if (clean.text.length > CAPS_LEAD_MIN_LENGTH && TERMINAL_AT_END.test(clean.text)) {
        addDraft(drafts, { clean, ...whole, role: "paragraph" });
      } else {
        addHeading(drafts, clean, whole);
      }
      return;
    case "text":
    case "md-list-item": {
      const pieces = splitCaptions(clean.text);
      if (pieces === null) addBodyText(drafts, clean, whole);
      else addCaptionPieces(drafts, clean, pieces);
    }
  }
}

/** Captions and credits as found, the text around them as body text; translations point at each other. */
function addCaptionPieces(drafts: Draft[], clean: MappedText, pieces: TextPiece[]): void {
  const byPiece = new Map<number, Draft>();
  pieces.forEach((piece, index) => {
    if (piece.role === "rest") {
      addBodyText(drafts, clean, piece);
      return;
    }
    const draft = addDraft(drafts, { clean, from: piece.from, to: piece.to, role: piece.role, lang: piece.lang });
    if (draft) byPiece.set(index, draft);
  });
  pieces.forEach((piece, index) => {
    const draft = byPiece.get(index);
    const other = piece.pairedWith === null ? undefined : byPiece.get(piece.pairedWith);
    if (draft && other) draft.pair = other;
  });
}

/** Text outside captions: an uncredited bilingual caption, a paragraph (with a glued byline) or a title line. */
function addBodyText(drafts: Draft[], clean: MappedText, range: { from: number; to: number }): void {
  const text = clean.text.slice(range.from, range.to);
  if (text.length <= UNCREDITED_CAPTION_MAX_LENGTH && !looksLikeTitle(text)) {
    const separator = findBilingualSeparator(text, { separators: "/", minWords: 3 });
    if (separator !== null) {
      addPair(drafts, { clean, from: range.from, to: range.to, at: range.from + separator, role: "caption" });
      return;
    }
  }
  const byline = findTrailingByline(text);
  if (byline !== null) {
    addDraft(drafts, { clean, from: range.from, to: range.from + byline, role: "paragraph" });
    addDraft(drafts, { clean, from: range.from + byline, to: range.to, role: "byline" });
    return;
  }
  if (looksLikeTitle(text)) addHeading(drafts, clean, range);
  else addDraft(drafts, { clean, ...range, role: "paragraph" });
}

/** A heading, split in two aligned headings when it is "VIETNAMESE TITLE/ENGLISH TITLE". */
function addHeading(drafts: Draft[], clean: MappedText, range: { from: number; to: number }): void {
  const separator = findBilingualSeparator(clean.text.slice(range.from, range.to), { separators: "/|", minWords: 2 });
  if (separator === null) addDraft(drafts, { clean, ...range, role: "heading" });
  else addPair(drafts, { clean, ...range, at: range.from + separator, role: "heading" });
}

/** The two halves of `pair`, split at the separator `at`: Vietnamese before it, English after. */
function addPair(
  drafts: Draft[],
  pair: { clean: MappedText; from: number; to: number; at: number; role: SegmentRole },
): void {
  const vi = addDraft(drafts, { clean: pair.clean, from: pair.from, to: pair.at, role: pair.role, lang: "vi" });
  const en = addDraft(drafts, { clean: pair.clean, from: pair.at + 1, to: pair.to, role: pair.role, lang: "en" });
  if (vi && en) {
    vi.pair = en;
    en.pair = vi;
  }
}

function addDraft(
  drafts: Draft[],
  draft: { clean: MappedText; from: number; to: number; role: SegmentRole; lang?: SegmentLanguage | null },
): Draft | null {
  const range = trimRange(draft.clean, draft.from, draft.to);
  if (range === null) return null;
  const [from, to] = range;
  const added: Draft = { clean: draft.clean, from, to, role: draft.role, lang: draft.lang ?? null, pair: null };
  drafts.push(added);
  return added;
}

/**
 * A Vietnamese heading directly followed by an English one is the same title in both languages,
 * printed as two blocks ("LỄ KỶ NIỆM 20 NĂM …" then "THE 20TH ANNIVERSARY …").
 */
function pairAdjacentHeadings(drafts: Draft[]): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const [first, second] = [drafts[i]!, drafts[i + 1]!];
    if (first.role !== "heading" || second.role !== "heading" || first.pair || second.pair) continue;
    const firstText = first.clean.text.slice(first.from, first.to);
    const secondText = second.clean.text.slice(second.from, second.to);
    if (detectLanguage(firstText) === "vi" && detectLanguage(secondText) === "en") {
      first.pair = second;
      second.pair = first;
      i++;
    }
  }
}

/**
 * A short line without closing punctuation, mostly letters: a title or subheading. A line that
 * stops on a function word ("of the", "bao gồm") or inside a quotation is a paragraph cut short
 * by the layout instead.
 */
function looksLikeTitle(text: string): boolean {
  if (text.length > TITLE_MAX_LENGTH || /[.!?…:;,]["”’)]?$/u.test(text)) return false;
  if (!/^[\p{Lu}\p{N}“"‘'(]/u.test(text)) return false;
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length === 0 || words.length > TITLE_MAX_WORDS) return false;
  if (TITLE_CANNOT_END_WITH.has(words[words.length - 1]!.toLowerCase())) return false;
  if ((text.match(/["“”]/gu)?.length ?? 0) % 2 === 1) return false;
  const letters = words.reduce((sum, word) => sum + word.length, 0);
  return letters >= 0.5 * text.replace(/\s/gu, "").length;
}

function numberSegments(docId: string, drafts: Draft[]): Segment[] {
  const ids = new Map<Draft, string>();
  drafts.forEach((draft, index) => ids.set(draft, `${docId}:s${index}`));
  let previousLang: SegmentLanguage = "und";
  return drafts.map((draft, index) => {
    const text = draft.clean.text.slice(draft.from, draft.to);
    let lang = draft.lang ?? detectLanguage(text);
    // Names and short labels carry no language of their own; they belong to the text around them.
    if (lang === "und" && draft.role !== "paragraph") lang = previousLang;
    if (lang !== "und") previousLang = lang;
    return {
      id: ids.get(draft)!,
      docId,
      index,
      role: draft.role,
      lang,
      text,
      start: draft.clean.starts[draft.from]!,
      end: draft.clean.ends[draft.to - 1]!,
      translationOf: draft.pair ? (ids.get(draft.pair) ?? null) : null,
      sentences: sentencesOf(draft, text),
    };
  });
}

function sentencesOf(draft: Draft, text: string): Sentence[] {
  return splitSentences(text).map(([from, to]) => {
    const map = offsetMap(draft.clean, draft.from + from, draft.from + to);
    return { text: text.slice(from, to), start: map[0]!, end: map[map.length - 1]!, map };
  });
}

function languageShares(segments: Segment[]): { vi: number; en: number } {
  let vi = 0;
  let en = 0;
  let total = 0;
  for (const segment of segments) {
    total += segment.text.length;
    if (segment.lang === "vi") vi += segment.text.length;
    else if (segment.lang === "en") en += segment.text.length;
  }
  return total === 0 ? { vi: 0, en: 0 } : { vi: round(vi / total), en: round(en / total) };
}

function round(share: number): number {
  return Math.round(share * 1000) / 1000;
}
