/**
 * Folding for matching names across spellings: "Lạng Sơn", "Lang Son" and "LANG SON"
 * all fold to "lang son". Diacritics and case go, đ becomes d, punctuation becomes one space.
 */
export function foldText(text: string): string {
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
