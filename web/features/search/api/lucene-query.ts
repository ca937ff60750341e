/**
 * What a person types, as a query for the `entity_names` full-text index (standard-folding).
 * The index folds diacritics, but Lucene does not analyse prefix and fuzzy terms, so we fold
 * them ourselves: "tran hong ha", "Trần Hồng Hà" and "TRAN HONG H" all find Trần Hồng Hà.
 * Every word must match, as itself (boosted), as a prefix, or within one edit for longer words.
 */

// English stop words: the analyser drops them from the index, so a required one would match nothing.
const STOP_WORDS = new Set(
  "a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with".split(" "),
);
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function foldDiacritics(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** The words of the input, folded and lower-cased; Lucene operators become plain words. */
export function searchWords(input: string): string[] {
  const words = foldDiacritics(input)
    .toLowerCase()
    .split(/[\s,;.]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter(Boolean);
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  return meaningful.length > 0 ? meaningful : words;
}

/** The Lucene query for the input, or null when there is nothing to search for. */
export function luceneQuery(input: string): string | null {
  const words = searchWords(input);
  if (words.length === 0) return null;
  const clauses = words.map((word) => {
    const term = escapeLucene(word);
    const fuzzy = word.length >= 4 ? ` OR ${term}~1` : "";
    return `(${term}^3 OR ${term}*${fuzzy})`;
  });
  return clauses.join(" AND ");
}
