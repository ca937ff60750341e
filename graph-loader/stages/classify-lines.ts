import type { SourceFormat } from "../read/source-document.ts";
import { countVietnameseWords, isVietnameseCode, isWordCode } from "./detect-language.ts";
import { codeMayChangeUnderNfc, isSpaceCode } from "./mapped-text.ts";

/**
 * The non-blank lines of a document with the features that decide where text flows on and
 * where it breaks: capitals, bylines, photo credits, page numbers, markdown markers.
 */

export type LineKind =
  | "text"
  /** A bare page number left by PDF extraction: no segment, and a break. */
  | "page-number"
  /** An ALL-CAPS personal name alone on its line ("KIỀU ANH", "VŨ GIANG tổng hợp"). */
  | "name"
  /** An ALL-CAPS name with a title ("TRỊNH TUYẾT MAI - Giám đốc Sở Ngoại vụ"). */
  | "author"
  | "md-heading"
  | "md-list-item"
  /** Markdown furniture without text: rules, code fences. */
  | "md-skip";

export interface TextLine {
  /** Content [start, end) in doc.text, without surrounding whitespace or markdown markers. */
  start: number;
  end: number;
  /** The content, NFC. */
  text: string;
  /** The content was not NFC in doc.text. */
  composed: boolean;
  /** Blank lines between the previous non-blank line and this one. */
  gapBefore: number;
  /** PDF extraction starts a new text box with a space. */
  leadingSpace: boolean;
  /** No lower-case letters and at least three capitals. */
  caps: boolean;
  /** Upper- and lower-case letters on the line. */
  upper: number;
  lower: number;
  /** No whitespace but single spaces inside the line. */
  singleSpaced: boolean;
  kind: LineKind;
  /** Ends with a photo credit ("Photo: BUI THUAN", "Ảnh sưu tầm"): the caption is over. */
  endsWithCredit: boolean;
  /** Starts with a photo credit label ("Ảnh:", "Photo:"): it belongs to the caption above. */
  startsWithCredit: boolean;
  language: LineLanguage;
}

const NAME_WORD = /^\p{Lu}{1,7}$/u;
const NAME_STOPWORDS = new Set([
  "THE", "OF", "AND", "IN", "FOR", "TO", "ON", "AT", "BY", "WITH", "FROM", "VÀ", "CỦA", "CÁC", "NHỮNG", "VỚI",
  "TẠI", "TRONG", "LÀ", "MỘT", "NĂM", "NGÀY", "THÁNG", "VỀ", "CHO", "TỪ", "ĐẾN", "TỈNH", "SỞ", "BAN",
]);
const COMPILED_BY = /\s+(?:tổng hợp|Tổng hợp|TỔNG HỢP)$/u;
const AUTHOR = /^(\p{Lu}+(?:\s+\p{Lu}+){1,3})\s+[-–]\s+(.*\p{Ll}.*)$/u;
const CREDIT_AT_END = /(?:\bPhoto\s*:\s*[\p{L} .'’-]{2,40}|\b(?:Collected|Archived|File)\s+[Pp]hoto|Ảnh\s+sưu\s+tầm)\s*$/u;
const CREDIT_AT_START = /^(?:Ảnh\s*:|Ảnh\s+sưu\s+tầm|Photo\s*:|(?:Collected|Archived|File)\s+[Pp]hoto\b)/u;
const MD_HEADING = /^(#{1,6})[ \t]+/u;
const MD_LIST_ITEM = /^(?:[-*+]|\d{1,3}[.)])[ \t]+/u;
const MD_SKIP = /^(?:(?:[-*_][ \t]*){3,}|```.*|~~~.*|=+)$/u;

export function classifyLines(text: string, format: SourceFormat): TextLine[] {
  const lines: TextLine[] = [];
  let gap = 0;
  for (let lineStart = 0; lineStart < text.length; ) {
    const lineEnd = endOfLine(text, lineStart);
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    const leadingSpace = start > lineStart;
    lineStart = nextLineStart(text, lineEnd);
    if (start === end) {
      gap++;
      continue;
    }
    lines.push(
      describeLine({
        start,
        raw: text.slice(start, end),
        gapBefore: gap,
        leadingSpace,
        previous: lines[lines.length - 1],
        markdown: format === "md",
      }),
    );
    gap = 0;
  }
  return lines;
}

/** Where the line starting at `from` ends: the next \n or \r, or the end of the text. */
function endOfLine(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return i;
  }
  return text.length;
}

function nextLineStart(text: string, lineEnd: number): number {
  if (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10) return lineEnd + 2;
  return lineEnd + 1;
}

interface LineInput {
  start: number;
  raw: string;
  gapBefore: number;
  leadingSpace: boolean;
  previous: TextLine | undefined;
  markdown: boolean;
}

function describeLine(input: LineInput): TextLine {
  let start = input.start;
  let end = input.start + input.raw.length;
  let kind: LineKind = "text";
  let content = input.raw;
  if (input.markdown) {
    const heading = content.match(MD_HEADING);
    const item = content.match(MD_LIST_ITEM);
    if (MD_SKIP.test(content)) kind = "md-skip";
    else if (heading) {
      kind = "md-heading";
      const closing = content.match(/[ \t]+#+$/u);
      if (closing) end -= closing[0].length;
      start += heading[0].length;
    } else if (item) {
      kind = "md-list-item";
      start += item[0].length;
    }
    content = input.raw.slice(start - input.start, end - input.start);
  }
  let text = content;
  let scan = scanLine(text);
  if (scan.mayChangeUnderNfc) {
    text = content.normalize("NFC");
    if (text !== content) scan = scanLine(text);
  }
  const { upper, lower } = scan;
  const caps = upper >= 3 && lower === 0;
  if (kind === "text") {
    if (/^\d{1,3}$/u.test(text)) kind = "page-number";
    else if (caps && isPersonalName(text) && startsAnew(input)) kind = "name";
    else if (endsWithCompiledBy(text) && isPersonalName(text.replace(COMPILED_BY, ""))) kind = "name";
    else if (upper >= 4 && isAuthorLine(text)) kind = "author";
  }
  // The credit patterns are costly to try at every position; most lines have no credit label at all.
  const mayHaveCredit = /hoto|Ảnh/u.test(text);
  return {
    start,
    end,
    text,
    composed: text !== content,
    gapBefore: input.gapBefore,
    leadingSpace: input.leadingSpace,
    caps,
    upper,
    lower,
    singleSpaced: scan.singleSpaced,
    kind,
    endsWithCredit: mayHaveCredit && CREDIT_AT_END.test(text),
    startsWithCredit: mayHaveCredit && CREDIT_AT_START.test(text),
    language: { words: scan.words, share: scan.words === 0 ? 0 : scan.vietnamese / scan.words },
  };
}

function endsWithCompiledBy(text: string): boolean {
  return (text.endsWith("hợp") || text.endsWith("HỢP")) && COMPILED_BY.test(text);
}

/** Not the second line of an ALL-CAPS heading: a short caps line there is part of the heading. */
function startsAnew(input: LineInput): boolean {
  return !input.previous?.caps || input.leadingSpace || input.gapBefore > 0;
}

/** Two to four short capitalised words that could be a Vietnamese (or unaccented) personal name. */
export function isPersonalName(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 4) return false;
  return words.every(
    (word) => NAME_WORD.test(word) && !NAME_STOPWORDS.has(word) && /[AEIOUY]/u.test(word.normalize("NFD")),
  );
}

function isAuthorLine(text: string): boolean {
  const m = text.match(AUTHOR);
  return m !== null && isPersonalName(m[1]!) && m[2]!.length <= 100;
}

export interface LineLanguage {
  words: number;
  /** Share of Vietnamese-marked words. */
  share: number;
}

/** The language signal of a text, for spotting a switch between two text flows. */
export function textLanguage(text: string): LineLanguage {
  const { words, vietnamese } = countVietnameseWords(text);
  return { words, share: words === 0 ? 0 : vietnamese / words };
}

/** Letter case by code unit below U+2000 (Latin, Greek, Cyrillic, Vietnamese): 1 upper, 2 lower. */
const CASE = new Uint8Array(0x2000);
for (let code = 0; code < CASE.length; code++) {
  const ch = String.fromCharCode(code);
  if (ch !== ch.toLowerCase()) CASE[code] = 1;
  else if (ch !== ch.toUpperCase()) CASE[code] = 2;
}

interface LineScan {
  upper: number;
  lower: number;
  words: number;
  vietnamese: number;
  mayChangeUnderNfc: boolean;
  singleSpaced: boolean;
}

/**
 * Case, words and Vietnamese marks of a line in a single pass over its char codes: this runs on
 * every line of every document, so it avoids regular expressions and allocation.
 */
function scanLine(text: string): LineScan {
  const scan: LineScan = { upper: 0, lower: 0, words: 0, vietnamese: 0, mayChangeUnderNfc: false, singleSpaced: true };
  let inWord = false;
  let marked = false;
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code === 32 && previous === 32) || (code !== 32 && isSpaceCode(code))) scan.singleSpaced = false;
    previous = code;
    const kind = code < 0x2000 ? CASE[code] : caseOf(text[i]!);
    if (kind === 1) scan.upper++;
    else if (kind === 2) scan.lower++;
    if (codeMayChangeUnderNfc(code)) scan.mayChangeUnderNfc = true;
    if (!isWordCode(code)) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      marked = false;
      scan.words++;
    }
    if (!marked && isVietnameseCode(code)) {
      marked = true;
      scan.vietnamese++;
    }
  }
  return scan;
}

function caseOf(ch: string): number {
  if (ch !== ch.toLowerCase()) return 1;
  return ch !== ch.toUpperCase() ? 2 : 0;
}
