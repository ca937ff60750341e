import type { SourceFormat } from "../read/source-document.ts";
import { classifyLines, textLanguage, type TextLine } from "./classify-lines.ts";
import { buildVocabulary, decideLineEndHyphen, isWordChar, type DocumentVocabulary } from "./line-end-hyphens.ts";
import { MappedTextBuilder, type MappedText } from "./mapped-text.ts";
import { endsWithSentenceEnd } from "./split-sentences.ts";

/**
 * Puts back together the lines that PDF columns and hard-wrapped text broke apart, and keeps
 * apart the blocks that belong apart: paragraphs, headings, captions, bylines.
 *
 * Magazine PDFs give little to go on: columns come out with a blank line after every line,
 * text boxes start with a space, and headings, captions and bylines sit between the lines of
 * the article. The rules below read those signs in order; the first that applies decides.
 */

export type BlockKind = "text" | "caps" | "name" | "author" | "md-heading" | "md-list-item";

export interface TextBlock {
  kind: BlockKind;
  lines: TextLine[];
  /** The block's text, reflowed, with offsets into doc.text. */
  clean: MappedText;
}

export interface ReflowResult {
  blocks: TextBlock[];
  hyphenationsJoined: number;
  linesJoined: number;
}

type Join = "break" | "space" | "hyphen-join" | "hyphen-keep";

const HYPHENS = "-\u00ad\u2010";
const STARTS_LOWER = /^\p{Ll}/u;
const STARTS_DIGIT = /^\p{N}/u;
/** "… Ảnh: KIỀU" at a line end: the photographer's name continues on the next line. */
const CREDIT_NAME_GOES_ON = /Ảnh\s*:[\s\p{Lu}]*$/u;
const STARTS_LOWER_OR_DIGIT = /^[\p{Ll}\p{N}]/u;
const CONTINUES = /[,;:(“‘/–-]$/u;
const NUMBERED_ITEM = /^\d{1,2}\s*[-–.)]\s/u;
/** A line shorter than this share of the widest line around it ends its paragraph. */
const FULL_LINE_SHARE = 0.6;
/** How many lines up and down show the column width. */
const WINDOW = 4;

export function reflowText(text: string, format: SourceFormat = "txt"): ReflowResult {
  const lines = classifyLines(text, format);
  const context: JoinContext = { lines, vocabulary: null, text };
  const blocks: TextBlock[] = [];
  let hyphenationsJoined = 0;
  let linesJoined = 0;
  let current: TextLine[] = [];
  let joins: Join[] = [];
  const builder = new MappedTextBuilder(text, text.length + 1);
  const flush = () => {
    if (current.length > 0) blocks.push(buildBlock(builder, current, joins));
    current = [];
    joins = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "page-number" || line.kind === "md-skip") {
      flush();
      continue;
    }
    const previous = current[current.length - 1];
    const join = previous === undefined ? "break" : decideJoin(previous, i, context);
    if (join === "break") {
      flush();
    } else {
      linesJoined++;
      if (join === "hyphen-join") hyphenationsJoined++;
      joins.push(join);
    }
    current.push(line);
  }
  flush();
  return { blocks, hyphenationsJoined, linesJoined };
}

interface JoinContext {
  lines: TextLine[];
  text: string;
  /** Built on the first line-end hyphen: most documents without one never pay for it. */
  vocabulary: DocumentVocabulary | null;
}

/** How line `index` attaches to `a`, the last line of the block being built. */
function decideJoin(a: TextLine, index: number, context: JoinContext): Join {
  const join = decideLineJoin(a, index, context);
  // Whatever joined them, a word hyphen at a line end never turns into "word- word".
  if (join === "space" && endsWithWordHyphen(a.text) && isWordChar(context.lines[index]!.text.charCodeAt(0))) {
    return a.text.endsWith("\u00ad") ? "hyphen-join" : "hyphen-keep";
  }
  return join;
}

function endsWithWordHyphen(text: string): boolean {
  return HYPHENS.includes(text[text.length - 1]!) && isWordChar(text.charCodeAt(text.length - 2));
}

function decideLineJoin(a: TextLine, index: number, context: JoinContext): Join {
  const b = context.lines[index]!;
  if (a.kind.startsWith("md-") || b.kind === "md-heading" || b.kind === "md-list-item") return "break";
  const hyphen = hyphenJoin(a, b, context);
  if (hyphen !== null) return hyphen;
  if (b.leadingSpace || a.endsWithCredit) return "break";
  if (isNameKind(a) || isNameKind(b) || NUMBERED_ITEM.test(b.text)) return "break";
  const closeGap = b.gapBefore === 0 || isNoiseGap(index, context.lines);
  if (a.caps) {
    if (endsWithSentenceEnd(a.text)) return "break";
    if (b.caps || b.lower === 0) return closeGap ? "space" : "break";
    // A bilingual heading may continue in mixed case after its slash: "TRONG TỈNH/ Enterprise - branding".
    return /[/|]$/u.test(a.text) && b.gapBefore <= 1 ? "space" : "break";
  }
  if (b.caps) return "break";
  if (b.startsWithCredit || a.text.endsWith("/") || CREDIT_NAME_GOES_ON.test(a.text)) {
    return b.gapBefore <= 1 ? "space" : "break";
  }
  if (!STARTS_DIGIT.test(b.text) && switchesLanguage(a, b)) return "break";
  if (endsWithSentenceEnd(a.text)) return STARTS_LOWER.test(b.text) ? "space" : "break";
  if (b.gapBefore >= 2) return STARTS_LOWER.test(b.text) ? "space" : "break";
  if (STARTS_LOWER_OR_DIGIT.test(b.text) || CONTINUES.test(a.text)) return "space";
  if (b.gapBefore === 1) return closeGap && isFullLine(index - 1, context.lines) ? "space" : "break";
  return "space";
}

/** A line-end hyphen between two word pieces: join the word or keep a compound; null when not the case. */
function hyphenJoin(a: TextLine, b: TextLine, context: JoinContext): Join | null {
  const hyphenAt = a.text.length - 1;
  if (!HYPHENS.includes(a.text[hyphenAt]!) || a.kind !== "text" || b.kind !== "text" || a.caps !== b.caps) return null;
  const headStart = wordStartBefore(a.text, hyphenAt);
  const tailEnd = wordEndAfter(b.text, 0);
  if (headStart === hyphenAt || tailEnd === 0) return null;
  const tail = b.text.slice(0, tailEnd);
  if (!STARTS_LOWER.test(tail) && (b.leadingSpace || b.gapBefore > 1)) return null;
  context.vocabulary ??= buildVocabulary(context.text, context.lines);
  const before = a.text.charCodeAt(headStart - 1);
  const decision = decideLineEndHyphen(
    {
      hyphen: a.text[hyphenAt]!,
      head: a.text.slice(headStart, hyphenAt),
      tail,
      headInCompound: (before === 0x2d || before === 0x2010) && isWordChar(a.text.charCodeAt(headStart - 2)),
    },
    context.vocabulary,
  );
  return decision === "join" ? "hyphen-join" : "hyphen-keep";
}

function wordStartBefore(text: string, end: number): number {
  let i = end;
  while (i > 0 && isWordChar(text.charCodeAt(i - 1))) i--;
  return i;
}

function wordEndAfter(text: string, start: number): number {
  let i = start;
  while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
  return i;
}

function isNameKind(line: TextLine): boolean {
  return line.kind === "name" || line.kind === "author";
}

/** A blank line inside a run of blank-line-separated lines: how PDF extraction spaces some columns. */
function isNoiseGap(index: number, lines: TextLine[]): boolean {
  const b = lines[index]!;
  if (b.gapBefore !== 1) return false;
  return lines[index - 1]?.gapBefore === 1 || lines[index + 1]?.gapBefore === 1;
}

/** True when the line runs (nearly) to the column edge, so the text flows on to the next line. */
function isFullLine(index: number, lines: TextLine[]): boolean {
  const line = lines[index]!;
  let widest = line.text.length;
  // Neighbours count only while they belong to the same column: no big gap, new text box, heading or byline.
  const sameColumn = (neighbour: TextLine, nextDown: TextLine) =>
    nextDown.gapBefore < 2 && !nextDown.leadingSpace && neighbour.kind === "text" && neighbour.caps === line.caps;
  for (let i = index - 1; i >= Math.max(0, index - WINDOW); i--) {
    if (!sameColumn(lines[i]!, lines[i + 1]!)) break;
    widest = Math.max(widest, lines[i]!.text.length);
  }
  for (let i = index + 1; i <= Math.min(lines.length - 1, index + WINDOW); i++) {
    if (!sameColumn(lines[i]!, lines[i]!)) break;
    widest = Math.max(widest, lines[i]!.text.length);
  }
  return line.text.length >= FULL_LINE_SHARE * widest;
}

/** A Vietnamese line followed by an English one (or the reverse): two text flows, not one sentence. */
function switchesLanguage(a: TextLine, b: TextLine): boolean {
  // After a slash the line has already switched: "… Ảnh: LIỄU CHANG/ The Management" goes on in English.
  const slash = a.text.lastIndexOf("/");
  const first = slash < 0 ? a.language : textLanguage(a.text.slice(slash + 1));
  const second = b.language;
  if (first.words < 3 || second.words < 3) return false;
  return (first.share >= 0.3 && second.share === 0) || (first.share === 0 && second.share >= 0.5);
}

function buildBlock(builder: MappedTextBuilder, lines: TextLine[], joins: Join[]): TextBlock {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const joinAfter = joins[i];
    // A hyphen that splits a word is dropped together with the line break after it.
    const end = joinAfter === "hyphen-join" ? line.end - 1 : line.end;
    builder.appendSource(line.start, end, { nfc: !line.composed, singleSpaced: line.singleSpaced });
    if (joinAfter === "space") builder.appendSpace(line.end, lines[i + 1]!.start);
  }
  return { kind: blockKind(lines), lines, clean: builder.build() };
}

function blockKind(lines: TextLine[]): BlockKind {
  const first = lines[0]!;
  if (first.kind !== "text" && first.kind !== "page-number" && first.kind !== "md-skip") return first.kind;
  if (!first.caps) return "text";
  let upper = 0;
  let lower = 0;
  for (const line of lines) {
    upper += line.upper;
    lower += line.lower;
  }
  return upper >= 0.6 * (upper + lower) ? "caps" : "text";
}
