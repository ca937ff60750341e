import type { ReadDocument } from "./segment-document.ts";

/**
 * A plain-text dump of how a document was read, for `--dump-segments`: a header with the
 * metadata, then one line per segment (index, role, language, offsets, the start of its text,
 * the segment it translates) with its sentences indented below. A segment that is a single
 * sentence does not repeat it.
 */

const SEGMENT_PREVIEW = 100;
const SENTENCE_PREVIEW = 120;

export function formatSegments(doc: ReadDocument): string {
  const lines = [...header(doc), ""];
  const indexWidth = String(Math.max(0, doc.segments.length - 1)).length;
  const pageOf = (offset: number) => doc.pages.find((page) => offset >= page.start && offset < page.end)?.page;
  for (const segment of doc.segments) {
    const page = pageOf(segment.start);
    const where = `[${segment.start},${segment.end})${page === undefined ? "" : ` p${page}`}`;
    const translation = segment.translationOf ? `  <-> s${segment.translationOf.split(":s").pop()}` : "";
    const label = `${String(segment.index).padStart(indexWidth)} ${segment.role.padEnd(9)} ${segment.lang.padEnd(3)}`;
    lines.push(`${label} ${where}  ${preview(segment.text, SEGMENT_PREVIEW)}${translation}`);
    if (segment.sentences.length < 2) continue;
    for (const sentence of segment.sentences) {
      const indent = " ".repeat(indexWidth + 6);
      lines.push(`${indent}[${sentence.start},${sentence.end})  ${preview(sentence.text, SENTENCE_PREVIEW)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function header(doc: ReadDocument): string[] {
  const roles = new Map<string, number>();
  for (const segment of doc.segments) roles.set(segment.role, (roles.get(segment.role) ?? 0) + 1);
  const roleCounts = [...roles].map(([role, n]) => `${role} ${n}`).join(", ");
  const sentences = doc.segments.reduce((sum, segment) => sum + segment.sentences.length, 0);
  const pages = doc.pages.length > 0 ? `, ${doc.pages.length} pages` : "";
  const date = doc.date ? `${doc.date.iso} (${doc.date.precision})` : "-";
  const languages = `vi ${percent(doc.languages.vi)}, en ${percent(doc.languages.en)}`;
  const { hyphenationsJoined, linesJoined } = doc.stats;
  return [
    `${doc.id}  ${doc.path}  (${doc.format}, ${doc.text.length} chars${pages})`,
    `title: ${doc.title ?? "-"}  date: ${date}  languages: ${languages}`,
    `segments: ${doc.segments.length} (${roleCounts})  sentences: ${sentences}  ` +
      `hyphenations joined: ${hyphenationsJoined}  lines joined: ${linesJoined}`,
    ...doc.warnings.map((warning) => `warning: ${warning}`),
    "(index role lang [start,end) text; sentences below segments that have more than one)",
  ];
}

function preview(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
