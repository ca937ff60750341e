import { findDocumentDate, parseDateline } from "../stages/find-document-date.ts";
import type { ReaderResult } from "./source-document.ts";

/**
 * Plain text and Markdown: the text is the file. The title is the first Markdown heading, or
 * else the first line that stands alone between blank lines and reads like a title.
 */

const TITLE_SEARCH_LINES = 80;
const TITLE_MAX_LENGTH = 200;
const ATX_HEADING = /^#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/u;
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/u;
const NOT_A_TITLE_ENDING = /[.:;,]$/u;

export function readPlainText(text: string, format: "txt" | "md"): ReaderResult {
  return {
    text,
    title: (format === "md" ? markdownTitle(text) : null) ?? plainTextTitle(text),
    date: findDocumentDate(text),
    pages: [],
    warnings: [],
  };
}

function markdownTitle(text: string): string | null {
  const lines = text.split(/\r\n|\r|\n/u, TITLE_SEARCH_LINES);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const atx = line.match(ATX_HEADING);
    if (atx) return clean(atx[1]!);
    const next = lines[i + 1];
    if (line.trim() !== "" && next !== undefined && SETEXT_UNDERLINE.test(next) && /=/u.test(next)) return clean(line);
  }
  return null;
}

/** The first line standing alone between blank lines that is neither a sentence, a label nor a date. */
export function plainTextTitle(text: string): string | null {
  const lines = text.split(/\r\n|\r|\n/u, TITLE_SEARCH_LINES).map((line) => line.trim());
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const alone = (lines[i - 1] ?? "") === "" && (lines[i + 1] ?? "") === "";
    if (line === "" || !alone || line.length > TITLE_MAX_LENGTH || NOT_A_TITLE_ENDING.test(line)) continue;
    const letters = line.match(/\p{L}/gu)?.length ?? 0;
    if (letters < 0.5 * line.replace(/\s/gu, "").length) continue;
    if (parseDateline(line.normalize("NFC"), "en") !== null) continue;
    return clean(line);
  }
  return null;
}

function clean(title: string): string {
  return title.normalize("NFC").replace(/\s+/gu, " ").trim();
}
