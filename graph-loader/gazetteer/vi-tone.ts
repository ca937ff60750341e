/**
 * Vietnamese tone-mark helpers for the gazetteer.
 *
 * Vietnamese writes the tone of an open "oa", "oe" or "uy" syllable on either vowel
 * ("Hòa"/"Hoà", "Thụy"/"Thuỵ", "Ủy"/"Uỷ"): both spellings are in print, often in the
 * same document, so the gazetteer lists both and compares spellings tone-position-blind.
 */

/** The five tone marks as combining characters (grave, acute, tilde, hook above, dot below). */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * A spelling's comparison form: lower case, split into words on punctuation, each word's
 * tone mark moved to its end. Unlike foldText it keeps diacritics, so "Huế" (the city) and
 * "Huệ" (a given name) differ, while "Khánh Hòa" and "Khánh Hoà" are equal.
 */
export function toneSignature(text: string): string {
  const words = text.normalize("NFD").toLowerCase().replace(/ð/g, "đ").match(WORD);
  if (!words) return "";
  return words
    .map((word) => {
      let tone = "";
      const bare = word.replace(TONE_MARK, (mark) => {
        if (!tone) tone = mark;
        return "";
      });
      return bare + tone;
    })
    .join(" ");
}

/** Moves the tone of one word to the first ("old") or second ("new") vowel of a final oa/oe/uy. */
function placeTone(word: string, style: "old" | "new"): string {
  const decomposed = word.normalize("NFD");
  const tones = decomposed.match(TONE_MARK);
  if (!tones || tones.length !== 1) return word;
  const bare = decomposed.replace(TONE_MARK, "");
  const lower = bare.toLowerCase();
  // "quy" is q+u+y: its u belongs to the consonant, so the tone always sits on y.
  if (!/(?:oa|oe|uy)$/.test(lower) || /quy$/.test(lower)) return word;
  const at = style === "old" ? bare.length - 1 : bare.length;
  return (bare.slice(0, at) + tones[0] + bare.slice(at)).normalize("NFC");
}

/**
 * The spelling itself plus its all-old and all-new tone placements, without duplicates:
 * "Khánh Hòa" -> ["Khánh Hòa", "Khánh Hoà"].
 */
export function toneVariants(text: string): string[] {
  const nfc = text.normalize("NFC");
  const restyle = (style: "old" | "new") => nfc.replace(WORD, (word) => placeTone(word, style));
  return [...new Set([nfc, restyle("old"), restyle("new")])];
}
