/** Word tokens with their offsets, and the keys the lexicons match on. */
import { foldText, viKey } from "./fold.ts";

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: "word" | "number" | "punct";
  /** First letter upper case. */
  cap: boolean;
  /** Every letter upper case (and more than one letter). */
  upper: boolean;
  /** Folded: lower-case ASCII ("lạng" -> "lang"). */
  fold: string;
  /** Vietnamese key: lower case with diacritics ("Lạng" -> "lạng"). */
  vi: string;
  /**
   * Shared by every token of the same word: what other modules work out once per word, in slots
   * of their own (wordSlots), instead of looking it up by the text at every token.
   */
  memo: unknown[];
}

let slots = 0;

/** `count` slots of its own in every token's memo: the index of the first. */
export function wordSlots(count: number): number {
  slots += count;
  return slots - count;
}

/**
 * What a token is, as one regular expression; tokenize() scans by hand to the same result
 * (tokenize.test.ts checks the two agree), because the regular expression costs more than
 * everything else the tokenizer does.
 *
 * A word: letters (with combining marks), inner apostrophes, inner dots of initials ("H.E.", "U.S."),
 * inner hyphens ("Jean-François", "Xi'an"). Numbers keep their separators ("1,690", "09/5/2025").
 */
export const TOKEN = /(\p{L}[\p{L}\p{M}]*(?:['’][\p{L}\p{M}]+)*(?:\.\p{L}(?=\.)|-[\p{L}\p{M}]+)*\.?)|(\p{N}+(?:[.,/:-]\p{N}+)*)|([^\s\p{L}\p{N}])/gu;

const CAPITALISED_COMPOUND = /^\p{Lu}[\p{L}\p{M}]*(?:-\p{Lu}[\p{L}\p{M}]*)+$/u;

const ABBREVIATION_DOT = /^(?:\p{L}\.){1,3}$|^(?:Mr|Mrs|Ms|Dr|St|No|Prof|TP|Jr|Sr|Co|Ltd|Inc)\.$/u;

type WordKeys = Pick<Token, "cap" | "upper" | "fold" | "vi" | "memo">;

/** A token cut from one match of TOKEN, at `offset` within the match, with its keys. */
interface Piece extends WordKeys {
  text: string;
  offset: number;
  kind: Token["kind"];
}

// Character classes by code point, as TOKEN's Unicode properties see them.
const LETTER = 1;
const MARK = 2;
const DIGIT = 3;
const SPACE = 4;
const OTHER = 5;

const BMP_CLASS = new Uint8Array(65536);
const ASTRAL_CLASS = new Map<number, number>();

function classify(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  if (/\p{L}/u.test(char)) return LETTER;
  if (/\p{M}/u.test(char)) return MARK;
  if (/\p{N}/u.test(char)) return DIGIT;
  if (/\s/u.test(char)) return SPACE;
  return OTHER;
}

function classOf(codePoint: number): number {
  if (codePoint < 65536) {
    let k = BMP_CLASS[codePoint]!;
    if (k === 0) BMP_CLASS[codePoint] = k = classify(codePoint);
    return k;
  }
  let k = ASTRAL_CLASS.get(codePoint);
  if (k === undefined) ASTRAL_CLASS.set(codePoint, (k = classify(codePoint)));
  return k;
}

/** Class of the code point at i; 0 past the end. Lone surrogates count as code points, as in a /u pattern. */
function classAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const unit = text.charCodeAt(i);
  return unit < 0xd800 || unit >= 0xe000 ? classOf(unit) : classOf(text.codePointAt(i)!);
}

/** Width in UTF-16 units of the code point at i: 2 for a surrogate pair. */
function widthAt(text: string, i: number): number {
  return (text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** End of the run of letters and marks from i. */
function skipLettersAndMarks(text: string, i: number): number {
  for (let k = classAt(text, i); k === LETTER || k === MARK; k = classAt(text, i)) i += widthAt(text, i);
  return i;
}

function skipDigits(text: string, i: number): number {
  while (classAt(text, i) === DIGIT) i += widthAt(text, i);
  return i;
}

/** End of the word TOKEN's first group matches at `start` (a letter). Greedy, as the pattern cannot backtrack into a failure. */
function wordEnd(text: string, start: number): number {
  let i = skipLettersAndMarks(text, start + widthAt(text, start));
  // (?:['’][\p{L}\p{M}]+)*
  for (;;) {
    const c = text.charCodeAt(i);
    if ((c !== 0x27 && c !== 0x2019) || !isLetterOrMark(classAt(text, i + 1))) break;
    i = skipLettersAndMarks(text, i + 1);
  }
  // (?:\.\p{L}(?=\.)|-[\p{L}\p{M}]+)*
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x2e && classAt(text, i + 1) === LETTER && text.charCodeAt(i + 1 + widthAt(text, i + 1)) === 0x2e) {
      i += 1 + widthAt(text, i + 1);
    } else if (c === 0x2d && isLetterOrMark(classAt(text, i + 1))) {
      i = skipLettersAndMarks(text, i + 1);
    } else {
      break;
    }
  }
  // \.?
  return text.charCodeAt(i) === 0x2e ? i + 1 : i;
}

const isLetterOrMark = (k: number) => k === LETTER || k === MARK;
const isNumberSeparator = (c: number) => c === 0x2e || c === 0x2c || c === 0x2f || c === 0x3a || c === 0x2d;

/** End of TOKEN's number group at `start` (a digit). */
function numberEnd(text: string, start: number): number {
  let i = skipDigits(text, start);
  while (isNumberSeparator(text.charCodeAt(i)) && classAt(text, i + 1) === DIGIT) i = skipDigits(text, i + 1);
  return i;
}

/**
 * Matches repeat: their tokens and keys are computed once. An open-addressing table keyed by the
 * match's place in the text, so that a match already seen costs a hash of its characters and one
 * comparison, not a new string and a Map lookup. Bounded: a huge corpus cannot grow it forever.
 */
const MATCHES_LIMIT = 200_000;
let matchSlots = 1 << 14;
let matchKeys: (string | undefined)[] = new Array<string | undefined>(matchSlots).fill(undefined);
let matchHashes = new Int32Array(matchSlots);
let matchPieces: (readonly Piece[] | undefined)[] = new Array<readonly Piece[] | undefined>(matchSlots).fill(undefined);
let matchCount = 0;

function hashOf(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

function sameText(key: string, text: string, start: number, end: number): boolean {
  return key.length === end - start && text.startsWith(key, start);
}

/** The tokens of the match text.slice(start, end). */
function piecesOf(text: string, start: number, end: number, kind: Token["kind"], hash = hashOf(text, start, end)): readonly Piece[] {
  const mask = matchSlots - 1;
  let slot = hash & mask;
  for (let key = matchKeys[slot]; key !== undefined; key = matchKeys[slot]) {
    if (matchHashes[slot] === hash && sameText(key, text, start, end)) return matchPieces[slot]!;
    slot = (slot + 1) & mask;
  }
  const match = text.slice(start, end);
  const pieces = kind === "word" ? wordPieces(match) : [piece(match, 0, kind)];
  if (matchCount >= MATCHES_LIMIT) resizeMatches(matchSlots, false);
  else if (2 * (matchCount + 1) > matchSlots) resizeMatches(2 * matchSlots, true);
  insertMatch(match, hash, pieces);
  return pieces;
}

function insertMatch(match: string, hash: number, pieces: readonly Piece[]): void {
  const mask = matchSlots - 1;
  let slot = hash & mask;
  while (matchKeys[slot] !== undefined) slot = (slot + 1) & mask;
  matchKeys[slot] = match;
  matchHashes[slot] = hash;
  matchPieces[slot] = pieces;
  matchCount++;
}

/** A table of `slots` slots, with the matches seen so far when `keep`, else empty. */
function resizeMatches(slots: number, keep: boolean): void {
  const [keys, hashes, pieces] = [matchKeys, matchHashes, matchPieces];
  matchSlots = slots;
  matchKeys = new Array<string | undefined>(slots).fill(undefined);
  matchHashes = new Int32Array(slots);
  matchPieces = new Array<readonly Piece[] | undefined>(slots).fill(undefined);
  matchCount = 0;
  if (!keep) return;
  for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== undefined) insertMatch(keys[slot]!, hashes[slot]!, pieces[slot]!);
}

function wordPieces(word: string): Piece[] {
  if (CAPITALISED_COMPOUND.test(word)) {
    // "Vietnam-Laos", "Jean-François": capitalised parts are separate words joined by a dash token.
    const pieces: Piece[] = [];
    let offset = 0;
    word.split("-").forEach((part, k) => {
      if (k > 0) pieces.push(piece("-", offset++, "punct"));
      pieces.push(piece(part, offset, "word"));
      offset += part.length;
    });
    return pieces;
  }
  // A trailing dot belongs to the word only for abbreviations and initials.
  if (word.endsWith(".") && !ABBREVIATION_DOT.test(word)) {
    const bare = word.slice(0, -1);
    return [piece(bare, 0, "word"), piece(".", bare.length, "punct")];
  }
  return [piece(word, 0, "word")];
}

/**
 * One string object per key: the lexicons' tries are built from tokens too, so a trie lookup
 * finds its key by identity instead of comparing characters.
 */
const interned = new Map<string, string>();

function intern(key: string): string {
  const known = interned.get(key);
  if (known !== undefined) return known;
  if (interned.size >= MATCHES_LIMIT) interned.clear();
  interned.set(key, key);
  return key;
}

function piece(text: string, offset: number, kind: Token["kind"]): Piece {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return {
    text,
    offset,
    kind,
    cap: kind === "word" && /^\p{Lu}/u.test(text),
    upper: kind === "word" && letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    // One key per token, without inner spaces: "People's" -> "peoples", "H.E." -> "he".
    fold: intern(kind === "punct" ? text : foldText(text).replace(/ /g, "")),
    vi: intern(kind === "word" ? viKey(text).replace(/ /g, "") : text),
    // Every slot there from the start: a packed array reads faster than one filled in out of order.
    memo: new Array<unknown>(slots).fill(undefined),
  };
}

/**
 * End of a plain word at `start` (BMP letters and marks, then a space, a comma or the like),
 * with its hash; -1 when anything else follows the letters (an apostrophe, a dot, a hyphen, a
 * surrogate) and wordEnd() must decide. Most words are plain: this reads each character once.
 */
let plainHash = 0;
function plainWordEnd(text: string, start: number): number {
  let hash = 0;
  let i = start;
  const length = text.length;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c < 0xe000) return -1;
    const k = classOf(c);
    if (k !== LETTER && k !== MARK) {
      // What wordEnd() goes on with: ' ’ . - after the letters.
      if (c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d) return -1;
      break;
    }
    hash = (Math.imul(hash, 31) + c) | 0;
  }
  plainHash = hash;
  return i;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  for (let i = 0; i < length; ) {
    const k = classAt(text, i);
    if (k === SPACE) {
      i += widthAt(text, i);
      continue;
    }
    const kind: Token["kind"] = k === LETTER ? "word" : k === DIGIT ? "number" : "punct";
    const plain = k === LETTER ? plainWordEnd(text, i) : -1;
    const end = plain >= 0 ? plain : k === LETTER ? wordEnd(text, i) : k === DIGIT ? numberEnd(text, i) : i + widthAt(text, i);
    for (const p of plain >= 0 ? piecesOf(text, i, end, kind, plainHash) : piecesOf(text, i, end, kind)) {
      const start = i + p.offset;
      tokens.push({ text: p.text, start, end: start + p.text.length, kind: p.kind, cap: p.cap, upper: p.upper, fold: p.fold, vi: p.vi, memo: p.memo });
    }
    i = end;
  }
  return tokens;
}
