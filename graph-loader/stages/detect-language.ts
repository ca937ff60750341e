import { franc } from "franc-min";

export type SegmentLanguage = "vi" | "en" | "und";

/**
 * Letters that mark a word as Vietnamese: the tone and vowel marks of Vietnamese (precomposed,
 * or as combining marks when the text arrives decomposed) and đ. English has none of them; the
 * few Western loan accents (é, à) count too, which costs little on this corpus.
 */
const VIETNAMESE_LETTERS =
  "àáâãèéêìíòóôõùúýăđĩũơưÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯ\u0300\u0301\u0303\u0306\u0309\u0323\u031b";
const VIETNAMESE_BLOCK = [0x1ea0, 0x1ef9];
const ENGLISH_FUNCTION_WORDS = new Set([
  "the", "of", "and", "to", "in", "for", "with", "on", "at", "by", "from", "is", "was", "are", "a", "an", "as",
]);

/** Lookup table over the code points that matter, so counting is one pass over char codes. */
const IS_VIETNAMESE = new Uint8Array(0x1f00);
for (const ch of VIETNAMESE_LETTERS) IS_VIETNAMESE[ch.charCodeAt(0)] = 1;
for (let code = VIETNAMESE_BLOCK[0]!; code <= VIETNAMESE_BLOCK[1]!; code++) IS_VIETNAMESE[code] = 1;

export interface WordCounts {
  words: number;
  vietnamese: number;
}

/** Counts words and Vietnamese-marked words in one pass over char codes. */
export function countVietnameseWords(text: string): WordCounts {
  let words = 0;
  let vietnamese = 0;
  let inWord = false;
  let marked = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWordCode(code)) {
      if (!inWord) {
        inWord = true;
        marked = false;
        words++;
      }
      if (!marked && code < 0x1f00 && IS_VIETNAMESE[code] === 1) {
        marked = true;
        vietnamese++;
      }
    } else {
      inWord = false;
    }
  }
  return { words, vietnamese };
}

/** Letters and combining marks, approximated by code ranges: exact for Latin and Vietnamese text. */
export function isWordCode(code: number): boolean {
  if (code < 0xc0) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 0xaa || code === 0xba;
  if (code === 0xd7 || code === 0xf7) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false;
  if (code >= 0x3000 && code <= 0x303f) return false;
  return code !== 0xfeff;
}

export function isVietnameseCode(code: number): boolean {
  return code < 0x1f00 && IS_VIETNAMESE[code] === 1;
}

/** Share of words carrying Vietnamese letters, 0 when there are no words. */
export function vietnameseWordShare(text: string): number {
  const { words, vietnamese } = countVietnameseWords(text);
  return words === 0 ? 0 : vietnamese / words;
}

/**
 * Vietnamese or English. Diacritics decide when they are clear either way: a fifth of Vietnamese
 * words carry marks even in lists of names, and English words carry none. Trigram statistics
 * (franc) only settle the grey zone of long mixed text, where they are reliable.
 */
export function detectLanguage(text: string): SegmentLanguage {
  const { words, vietnamese } = countVietnameseWords(text);
  if (words === 0) return "und";
  const share = vietnamese / words;
  if (share >= 0.2) return "vi";
  if (share >= 0.05 && words >= 20) {
    return franc(text, { only: ["vie", "eng"], minLength: 10 }) === "vie" ? "vi" : "en";
  }
  if (vietnamese > 0 && words < 3) return "vi";
  // Two unaccented words are as likely a Vietnamese name written without marks ("VU GIANG").
  if (vietnamese > 0 || words >= 3) return "en";
  return hasEnglishFunctionWord(text) ? "en" : "und";
}

function hasEnglishFunctionWord(text: string): boolean {
  return (text.match(/\p{L}+/gu) ?? []).some((word) => ENGLISH_FUNCTION_WORDS.has(word.toLowerCase()));
}
