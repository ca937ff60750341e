/**
 * Sentence boundaries inside one clean segment text (single spaces, no line breaks).
 *
 * A sentence ends at . ! ? … (with any closing quotes or brackets) followed by a space and a
 * capital, a digit or an opening quote. A full stop does not end a sentence after a title or
 * other abbreviation ("Mr.", "H.E.", "TP."), an initial ("T. Ajungla Jamir") or a dotted acronym
 * ("U.S."); numbers and dates never qualify because their dots are not followed by a space.
 */

const ABBREVIATIONS = new Set([
  // English titles and references
  "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "No", "Nos", "Gen", "Col", "Lt", "Capt", "Sen", "Rep", "Gov",
  "Amb", "Hon", "Rev", "Mt", "Ft", "Co", "Corp", "Inc", "Ltd", "vs", "etc", "e.g", "i.e", "cf", "approx", "ca",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "p", "pp", "para", "Art",
  // Vietnamese: city, district, ward, degrees
  "TP", "Tp", "Q", "P", "TX", "TT", "GS", "PGS", "TS", "ThS", "Th.S", "BS", "KS", "CN", "NXB",
]);

const TERMINAL = new Set([".", "!", "?", "…"]);
const TERMINAL_SEARCH = /[.!?…]/g;
const CLOSING = new Set(['"', "”", "’", "'", "»", ")", "]"]);
const STARTS_SENTENCE = /[\p{Lu}\p{N}“"‘'«(\[]/u;
const INITIAL_OR_DOTTED_ACRONYM = /^(?:\p{Lu}|(?:\p{L}\.)+\p{L})$/u;

/** Trimmed [start, end) ranges of the sentences of `text`, in order, covering all its non-space text. */
export function splitSentences(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = skipSpaces(text, 0);
  TERMINAL_SEARCH.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = TERMINAL_SEARCH.exec(text)) !== null) {
    const i = found.index;
    const ch = found[0];
    let end = i + 1;
    while (end < text.length && TERMINAL.has(text[end] as string)) end++;
    while (end < text.length && CLOSING.has(text[end] as string)) end++;
    const next = skipSpaces(text, end);
    const startsNext = next > end && next < text.length && STARTS_SENTENCE.test(text[next] as string);
    const endsHere = startsNext && !(ch === "." && isAbbreviation(text, i));
    if (endsHere) {
      ranges.push([start, end]);
      start = next;
    }
    TERMINAL_SEARCH.lastIndex = end;
  }
  const last = trimEnd(text, text.length);
  if (last > start) ranges.push([start, last]);
  return ranges;
}

/** True when `text` ends a sentence: terminal punctuation (and closing quotes) not closing an abbreviation. */
export function endsWithSentenceEnd(text: string): boolean {
  let end = trimEnd(text, text.length);
  while (end > 0 && CLOSING.has(text[end - 1] as string)) end--;
  const last = text[end - 1];
  if (last === undefined || !TERMINAL.has(last)) return false;
  return !(last === "." && isAbbreviation(text, end - 1));
}

/** True when the full stop at `dot` closes an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && !/[\s(“"‘']/.test(text[from - 1] as string)) from--;
  const word = text.slice(from, dot);
  if (word === "") return false;
  return ABBREVIATIONS.has(word) || INITIAL_OR_DOTTED_ACRONYM.test(word);
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  return i;
}

function trimEnd(text: string, to: number): number {
  let i = to;
  while (i > 0 && text.charCodeAt(i - 1) === 32) i--;
  return i;
}
