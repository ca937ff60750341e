import { toNfc } from "./mapped-text.ts";

/**
 * Whether a hyphen at the end of a line splits one word ("coop-" + "eration") or joins two
 * ("provincial-" + "level"). The document is its own dictionary: words it prints unbroken
 * elsewhere, and hyphenated compounds it prints on one line elsewhere, decide; a short list of
 * English prefixes and function words covers fragments that happen to be words ("in-dustries").
 */

/**
 * Word counts keyed by a 30-bit hash of the folded (NFC, lower-case) word. Hashing char codes
 * instead of slicing strings keeps this pass over the whole document cheap; a collision could
 * at worst flip one hyphenation decision, with odds of about one in a billion per lookup.
 */
export interface DocumentVocabulary {
  /** Words seen whole, not as a fragment of a line-end hyphenation. */
  words: Map<number, number>;
  /** Hyphenated pairs seen within one line ("socio-economic"; "face-to" and "to-face"). */
  compounds: Map<number, number>;
}

export type HyphenDecision = "join" | "keep";

export interface HyphenCandidate {
  /** The hyphen as printed: a soft hyphen (U+00AD) only ever marks a break inside a word. */
  hyphen: string;
  /** The letters before the hyphen, as printed ("Rus"). */
  head: string;
  /** The letters that open the next line, as printed ("sian"). */
  tail: string;
  /** The head is itself the end of a compound on its line ("face-to-" before "face"). */
  headInCompound: boolean;
}

/** Line-start fragments never stand as words in a compound, however often they occur alone. */
const NOT_COMPOUND_HEADS = new Set([
  "a", "an", "as", "at", "be", "by", "co", "com", "con", "de", "dis", "em", "en", "ex", "for", "im", "in", "is",
  "it", "of", "on", "or", "pre", "pro", "re", "to", "un", "up",
]);
/** Short words found inside longer compounds ("face-to-face", "state-of-the-art", "mother-in-law"). */
const COMPOUND_MIDDLES = new Set(["a", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to"]);
/** First parts that form compounds even when the document never prints them alone. */
const COMPOUND_HEADS = new Set(["well", "self", "long", "short", "cross", "full", "half", "non", "multi", "high", "low", "far"]);

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** A line of the document: its range in the source, and its NFC text when that differs. */
export interface VocabularyLine {
  start: number;
  end: number;
  text: string;
  composed: boolean;
}

/**
 * Counts the words and compounds of the document's lines. The last word of a line
 * that ends with a hyphen, and the first word of the line after it, are fragments, not words.
 */
export function buildVocabulary(source: string, lines: readonly VocabularyLine[]): DocumentVocabulary {
  const words = new Map<number, number>();
  const compounds = new Map<number, number>();
  const partStarts: number[] = [];
  let previousEndsWithHyphen = false;
  for (const line of lines) {
    // Reading the source in place is faster than reading each line's copy; only composed lines need theirs.
    const text = line.composed ? line.text : source;
    const from = line.composed ? 0 : line.start;
    const to = line.composed ? line.text.length : line.end;
    const endsWithHyphen = isHyphenCode(text.charCodeAt(to - 1)) && isWordChar(text.charCodeAt(to - 2));
    let first = true;
    let i = from;
    while (i < to) {
      if (!isWordChar(text.charCodeAt(i))) {
        i++;
        continue;
      }
      // A token is a run of word characters; a hyphen between two runs makes it a compound.
      const start = i;
      let parts = 0;
      partStarts[parts++] = i;
      while (true) {
        while (i < to && isWordChar(text.charCodeAt(i))) i++;
        if (i + 1 < to && isHyphen(text.charCodeAt(i)) && isWordChar(text.charCodeAt(i + 1))) {
          partStarts[parts++] = ++i;
          continue;
        }
        break;
      }
      const fragmentAtStart = first && previousEndsWithHyphen;
      const fragmentAtEnd = endsWithHyphen && i === to - 1;
      first = false;
      if (parts === 1) {
        if (!fragmentAtStart && !fragmentAtEnd) increment(words, hashRange(text, start, i));
        continue;
      }
      partStarts[parts++] = i + 1;
      for (let k = 0; k + 2 < parts; k++) {
        const touchesBreak = (k === 0 && fragmentAtStart) || (k + 3 === parts && fragmentAtEnd);
        if (!touchesBreak) increment(compounds, hashRange(text, partStarts[k]!, partStarts[k + 2]! - 1));
      }
    }
    previousEndsWithHyphen = endsWithHyphen;
  }
  return { words, compounds };
}

export function decideLineEndHyphen(candidate: HyphenCandidate, vocabulary: DocumentVocabulary): HyphenDecision {
  const { head, tail } = candidate;
  if (candidate.hyphen === "\u00ad") return "join";
  if (/^\p{N}/u.test(tail) || /\p{N}$/u.test(head)) return "keep";
  // A capital after the break starts a new word (Jean-François, Việt-Trung); all-caps lines are the exception.
  if (/^\p{Lu}/u.test(tail) && /\p{Ll}/u.test(head)) return "keep";
  const joined = vocabulary.words.get(wordKey(head + tail)) ?? 0;
  const compound = vocabulary.compounds.get(wordKey(`${head}-${tail}`)) ?? 0;
  if (compound > joined) return "keep";
  if (joined > 0) return "join";
  const tailIsWord = vocabulary.words.has(wordKey(tail));
  // "face-to-" + "face", "up-to-" + "date": the break falls between two parts of a longer compound.
  if (candidate.headInCompound && (COMPOUND_MIDDLES.has(head.toLowerCase()) || tailIsWord)) return "keep";
  return isCompoundHead(head, vocabulary) && tailIsWord ? "keep" : "join";
}

/** The vocabulary key of a word or hyphenated pair as printed. */
export function wordKey(word: string): number {
  const composed = toNfc(word);
  return hashRange(composed, 0, composed.length);
}

/** Letters, combining marks and digits, by code range: exact for Latin and Vietnamese text. */
/** Below U+00C0, the letters and numbers besides ASCII's that \p{L} and \p{N} count: ª ² ³ µ ¹ º ¼ ½ ¾. */
const LATIN1_LETTERS_AND_NUMBERS = new Set([0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe]);

export function isWordChar(code: number): boolean {
  // Also false for NaN, the code past the end of the text.
  if (!(code >= 0xc0)) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || LATIN1_LETTERS_AND_NUMBERS.has(code);
  }
  if (code === 0xd7 || code === 0xf7 || code === 0xfeff) return false;
  return !(code >= 0x2000 && code <= 0x2bff) && !(code >= 0x3000 && code <= 0x303f);
}

function isCompoundHead(head: string, vocabulary: DocumentVocabulary): boolean {
  const word = head.toLowerCase();
  if (NOT_COMPOUND_HEADS.has(word)) return false;
  return COMPOUND_HEADS.has(word) || vocabulary.words.has(wordKey(head));
}

/** Lower case by code unit below U+2000, where case mapping keeps one unit per character. */
const LOWER = new Uint16Array(0x2000);
for (let code = 0; code < LOWER.length; code++) {
  const lower = String.fromCharCode(code).toLowerCase();
  LOWER[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
}

/**
 * FNV-1a over the lower-cased UTF-16 units of text[from, to), cut to 30 bits so that V8 keeps
 * the keys as small integers.
 */
function hashRange(text: string, from: number, to: number): number {
  let hash = FNV_OFFSET;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    hash = Math.imul(hash ^ (code < 0x2000 ? LOWER[code]! : code), FNV_PRIME);
  }
  return hash & 0x3fffffff;
}

function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010;
}

/** A hyphen that may end a line: a soft hyphen too. */
function isHyphenCode(code: number): boolean {
  return isHyphen(code) || code === 0xad;
}

function increment(map: Map<number, number>, key: number): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
