import type { ReadDocument } from "./segment-document.ts";

/**
 * The provenance invariant the extractor relies on, checked independently of how the reflow
 * works: the original text of every segment and sentence, normalised the same way (NFC,
 * whitespace collapsed, line-end hyphen + break either removed or kept as a plain hyphen),
 * is its clean text; and every sentence's map is strictly increasing inside [start, end).
 * Returns one message per violation, empty when all is well.
 */

const LINE_END_HYPHEN_BREAK = /(?<=[\p{L}\p{N}])([-\u00ad\u2010])[ \t]*(?:\r\n|\r|\n)\s*(?=[\p{L}\p{N}])/gu;

export function provenanceViolations(doc: ReadDocument): string[] {
  const violations: string[] = [];
  for (const segment of doc.segments) {
    if (!matchesOriginal(doc.text.slice(segment.start, segment.end), segment.text)) {
      violations.push(`${segment.id}: text does not match [${segment.start},${segment.end})`);
    }
    for (const [n, sentence] of segment.sentences.entries()) {
      const where = `${segment.id} sentence ${n}`;
      if (sentence.start < segment.start || sentence.end > segment.end) violations.push(`${where}: outside its segment`);
      if (!matchesOriginal(doc.text.slice(sentence.start, sentence.end), sentence.text)) {
        const quote = JSON.stringify(sentence.text.slice(0, 60));
        violations.push(`${where}: text ${quote} does not match [${sentence.start},${sentence.end})`);
      }
      violations.push(...mapViolations(sentence, where));
    }
  }
  return violations;
}

function mapViolations(sentence: { text: string; start: number; end: number; map: number[] }, where: string): string[] {
  const { map } = sentence;
  if (map.length !== sentence.text.length + 1) {
    return [`${where}: map has ${map.length} entries for ${sentence.text.length} units`];
  }
  if (map[0] !== sentence.start || map[map.length - 1] !== sentence.end) return [`${where}: map does not span [start, end]`];
  for (let i = 1; i < map.length - 1; i++) {
    if (!(map[i]! > map[i - 1]!) || map[i]! >= sentence.end) {
      return [`${where}: map not strictly increasing within [start, end) at ${i}`];
    }
  }
  return [];
}

/** True when `clean` is `original` normalised: NFC, collapsed whitespace, line-end hyphens dropped or kept. */
export function matchesOriginal(original: string, clean: string): boolean {
  const text = original.normalize("NFC");
  let pattern = "";
  let last = 0;
  for (const m of text.matchAll(LINE_END_HYPHEN_BREAK)) {
    const at = m.index ?? 0;
    // A soft hyphen only marks where a word may break: it never stays.
    const hyphen = m[1] === "\u00ad" ? "" : `${escape(m[1]!)}?`;
    pattern += escape(collapse(text.slice(last, at))) + hyphen;
    last = at + m[0].length;
  }
  pattern += escape(collapse(text.slice(last)));
  return new RegExp(`^${pattern}$`, "u").test(clean);
}

function collapse(text: string): string {
  return text.replace(/\s+/gu, " ");
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}
