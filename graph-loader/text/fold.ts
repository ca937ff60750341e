// Names are folded over and over (ids, clustering, matching): short texts are folded once.
const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 100_000;
const FOLD_CACHE_MAX_LENGTH = 80;

/**
 * Folding for matching names across spellings: "Lạng Sơn", "Lang Son" and "LANG SON"
 * all fold to "lang son". Diacritics and case go, đ becomes d, punctuation becomes one space.
 */
export function foldText(text: string): string {
  if (text.length > FOLD_CACHE_MAX_LENGTH) return fold(text);
  let folded = foldCache.get(text);
  if (folded === undefined) {
    folded = fold(text);
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    foldCache.set(text, folded);
  }
  return folded;
}

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** ASCII form of a name as printed, keeping case and punctuation: "Trần Hồng Hà" -> "Tran Hong Ha". */
export function asciiName(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFC");
}

/** True when the text carries Vietnamese diacritics (or đ), i.e. differs from its ASCII form. */
export function hasDiacritics(text: string): boolean {
  return asciiName(text) !== text.normalize("NFC");
}

// Old-style tone placement ("hoà", "thuỷ") and new-style ("hòa", "thủy") are the same word.
const TONE_PLACEMENT: Record<string, string> = {
  oà: "òa", oá: "óa", oả: "ỏa", oã: "õa", oạ: "ọa",
  oè: "òe", oé: "óe", oẻ: "ỏe", oẽ: "õe", oẹ: "ọe",
  uỳ: "ùy", uý: "úy", uỷ: "ủy", uỹ: "ũy", uỵ: "ụy",
};
const TONE_PATTERN = new RegExp(Object.keys(TONE_PLACEMENT).join("|"), "g");

/**
 * Vietnamese matching key: lower case, NFC, one tone placement, diacritics KEPT — folding
 * them away would make "làng" (village) equal "Lạng" (Lạng Sơn) and "bản" equal "Ban".
 */
export function viKey(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(TONE_PATTERN, (m) => TONE_PLACEMENT[m]!)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
