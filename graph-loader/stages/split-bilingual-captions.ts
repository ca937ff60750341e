import { countVietnameseWords, type SegmentLanguage } from "./detect-language.ts";
import { splitSentences } from "./split-sentences.ts";

/**
 * Photo captions in the bilingual provincial magazines:
 *
 *   Vietnamese caption. Ảnh: NAME/English caption. Photo: NAME
 *
 * become a Vietnamese caption, its credit, the English caption and its credit, the two captions
 * pointing at each other. Variants seen in print: no space or a line break after the slash,
 * "Ảnh sưu tầm" … "Collected photo" for archive pictures, a credit glued to the full stop
 * (".Photo:"), and captions without an English half.
 */

export type PieceRole = "caption" | "credit" | "rest";

/** A range [from, to) of the block text, trimmed, with its role and, for captions, its translation. */
export interface TextPiece {
  from: number;
  to: number;
  role: PieceRole;
  lang: SegmentLanguage | null;
  /** Index in the returned list of the other half of a bilingual caption. */
  pairedWith: number | null;
}

interface Credit {
  from: number;
  to: number;
  lang: "vi" | "en";
}

const VI_CREDIT = /Ảnh\s*:\s*|Ảnh\s+sưu\s+tầm/gu;
const EN_CREDIT = /Photo\s*:\s*|\b(?:Collected|Archived|File)\s+[Pp]hoto\b/gu;
/** How much text on each side of a separator tells its language. */
const SIDE_SAMPLE = 200;
const NAME_WORD = /\p{Lu}[\p{L}\p{M}.'’-]*/uy;

/** The pieces of a block that holds photo captions, or null when it holds none. */
export function splitCaptions(text: string): TextPiece[] | null {
  const credits = findCredits(text);
  if (credits.length === 0) return null;
  const pieces: TextPiece[] = [];
  let position = 0;
  for (let i = 0; i < credits.length; i++) {
    const credit = credits[i]!;
    if (credit.from < position) continue;
    const caption = addCaption(pieces, text, { from: position, to: credit.from, lang: credit.lang });
    pieces.push({ from: credit.from, to: credit.to, role: "credit", lang: credit.lang, pairedWith: null });
    position = credit.to;
    if (credit.lang !== "vi") continue;
    let englishFrom = skipSpaces(text, position);
    const slash = text[englishFrom] === "/";
    if (slash) englishFrom = skipSpaces(text, englishFrom + 1);
    const next = credits[i + 1];
    let english: number | null = null;
    if (next?.lang === "en") {
      english = addCaption(pieces, text, { from: englishFrom, to: next.from, lang: "en", wholeRange: true });
      pieces.push({ from: next.from, to: next.to, role: "credit", lang: "en", pairedWith: null });
      position = next.to;
      i++;
    } else if (slash) {
      const end = next === undefined ? text.length : lastSentenceStart(text, englishFrom, next.from);
      english = addCaption(pieces, text, { from: englishFrom, to: end, lang: "en", wholeRange: true });
      position = end;
    }
    if (caption !== null && english !== null) {
      pieces[caption]!.pairedWith = english;
      pieces[english]!.pairedWith = caption;
    }
  }
  addPiece(pieces, text, { from: position, to: text.length, role: "rest", lang: null });
  return pieces;
}

/**
 * Adds the caption that ends at a credit, returning its index. Only the last sentence before a
 * credit is taken for the caption unless told otherwise: what comes before it is body text that
 * the extraction ran into the caption.
 */
function addCaption(
  pieces: TextPiece[],
  text: string,
  caption: { from: number; to: number; lang: "vi" | "en"; wholeRange?: boolean },
): number | null {
  const { from, to, lang } = caption;
  const start = caption.wholeRange ? from : lastSentenceStart(text, from, to);
  addPiece(pieces, text, { from, to: start, role: "rest", lang: null });
  return addPiece(pieces, text, { from: start, to, role: "caption", lang });
}

function addPiece(pieces: TextPiece[], text: string, piece: Omit<TextPiece, "pairedWith">): number | null {
  let { from, to } = piece;
  while (from < to && /[\s/]/u.test(text[from]!)) from++;
  while (to > from && /\s/u.test(text[to - 1]!)) to--;
  if (from >= to) return null;
  pieces.push({ ...piece, from, to, pairedWith: null });
  return pieces.length - 1;
}

function lastSentenceStart(text: string, from: number, to: number): number {
  const sentences = splitSentences(text.slice(from, to));
  const last = sentences[sentences.length - 1];
  return last === undefined ? from : from + last[0];
}

function findCredits(text: string): Credit[] {
  const credits: Credit[] = [];
  for (const [pattern, lang] of [[VI_CREDIT, "vi"], [EN_CREDIT, "en"]] as const) {
    for (const m of text.matchAll(pattern)) {
      const from = m.index ?? 0;
      const labelEnd = from + m[0].length;
      // "Ảnh sưu tầm" and "Collected photo" name no one; "Ảnh:" and "Photo:" are followed by the name.
      const to = /[:：]\s*$/u.test(m[0]) ? readName(text, labelEnd) : labelEnd;
      if (to > labelEnd || !/[:：]\s*$/u.test(m[0])) credits.push({ from, to, lang });
    }
  }
  return credits.sort((x, y) => x.from - y.from);
}

/**
 * The end of the photographer's name at `at`: ALL-CAPS words ("BÙI THUẬN", "LIEU CHANG") as
 * long as they are ALL-CAPS, or up to three capitalised words ("Vũ Giang").
 */
function readName(text: string, at: number): number {
  let end = at;
  let allCaps: boolean | null = null;
  let words = 0;
  let position = at;
  while (words < 5) {
    NAME_WORD.lastIndex = position;
    const m = NAME_WORD.exec(text);
    if (m === null) break;
    const word = m[0].replace(/[.'’-]+$/u, "");
    const caps = !/\p{Ll}/u.test(word);
    if (allCaps === null) allCaps = caps;
    else if (allCaps !== caps || (!allCaps && words >= 3)) break;
    end = position + word.length;
    words++;
    if (word.length < m[0].length) break;
    position = end;
    if (text[position] !== " ") break;
    position++;
  }
  return end;
}

/**
 * The separator between a Vietnamese text and its English translation in one line of print:
 * "TIÊU ĐỀ/ENGLISH TITLE", "Chú thích - tháng 4/2025/English caption". Dates ("4/2025") and
 * Vietnamese alternatives ("Tỉnh ủy/Thành uỷ") are not separators.
 */
export function findBilingualSeparator(text: string, options: { separators: string; minWords: number }): number | null {
  const positions: number[] = [];
  for (const separator of options.separators) {
    for (let at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, at + 1)) positions.push(at);
  }
  for (const i of positions.sort((x, y) => x - y)) {
    if (/\p{N}/u.test(text[i - 1] ?? "") && /\p{N}/u.test(text[i + 1] ?? "")) continue;
    const right = text.slice(i + 1).trimStart();
    if (!/^[\p{Lu}\p{N}“"‘']/u.test(right)) continue;
    const before = countVietnameseWords(text.slice(Math.max(0, i - SIDE_SAMPLE), i));
    const after = countVietnameseWords(right.slice(0, SIDE_SAMPLE));
    if (before.words === 0 || after.words < options.minWords) continue;
    if (before.vietnamese / before.words >= 0.2 && after.vietnamese <= after.words * 0.05) return i;
  }
  return null;
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] === " ") i++;
  return i;
}
