import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { findDocumentDate, parseIsoDate } from "../stages/find-document-date.ts";
import { decodeUtf8, ReadError, type DocumentDate, type ReaderResult } from "./source-document.ts";

/**
 * Web pages: the article (Readability), not the navigation, scripts, footers and sidebars
 * around it. Each block of the article (paragraph, heading, list item, caption) becomes one
 * line, blocks separated by a blank line, so the segmenter sees clean paragraphs.
 */

/** Elements that hold no readable text. */
const NEVER_TEXT = "script, style, noscript, template, iframe, svg, button";
/** Page furniture around the article, removed when Readability finds no article. */
const NOT_CONTENT = `${NEVER_TEXT}, nav, header, footer, aside, form, menu`;
const BLOCK_ELEMENTS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CAPTION", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER",
  "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "OL", "P", "PRE", "SECTION", "TABLE", "TD", "TH",
  "TR", "UL",
]);
/** Readability gives up below this many characters of article text; short pages still have an article. */
const MIN_ARTICLE_CHARS = 100;

export async function readHtml(bytes: Uint8Array, path: string): Promise<ReaderResult> {
  const { html, warnings } = decodeHtml(bytes, path);
  const { document } = parseHTML(html);
  // Readability rewrites the document, so the metadata is read first.
  const title = htmlTitle(document);
  const metadataDate = htmlDate(document);
  const article = new Readability(document, { charThreshold: MIN_ARTICLE_CHARS }).parse();
  let text: string;
  if (article?.content) {
    text = blocksToText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body);
  } else {
    warnings.push("no article found; kept the page text without navigation, scripts and footers");
    const fallback = parseHTML(html).document;
    for (const element of [...fallback.querySelectorAll(NOT_CONTENT)]) element.remove();
    text = blocksToText(fallback.body ?? fallback.documentElement);
  }
  if (text.trim() === "") warnings.push("the page has no text");
  return {
    text,
    title: title ?? (article?.title ? clean(article.title) : null),
    date: metadataDate ?? (article?.publishedTime ? parseIsoDate(article.publishedTime) : null) ?? findDocumentDate(text),
    pages: [],
    warnings,
  };
}

/** UTF-8, unless the page declares another charset in its first kilobyte. */
function decodeHtml(bytes: Uint8Array, path: string): { html: string; warnings: string[] } {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  const declared = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/iu)?.[1]?.toLowerCase();
  if (declared && declared !== "utf-8" && declared !== "utf8") {
    try {
      const html = new TextDecoder(declared, { fatal: true }).decode(bytes);
      return { html, warnings: [`decoded as ${declared}, as the page declares`] };
    } catch (error) {
      if (error instanceof RangeError && /label|encoding/iu.test(error.message)) {
        return { html: decodeUtf8(bytes, path), warnings: [`unknown charset "${declared}" declared; read as UTF-8`] };
      }
      throw new ReadError(
        path,
        `is not valid ${declared} as its <meta charset> declares`,
        "Re-save the page as UTF-8 and read it again",
      );
    }
  }
  return { html: decodeUtf8(bytes, path), warnings: [] };
}

function htmlTitle(document: Document): string | null {
  const candidates = [
    document.querySelector('meta[property="og:title"]')?.getAttribute("content"),
    document.querySelector("title")?.textContent,
    document.querySelector("h1")?.textContent,
  ];
  for (const candidate of candidates) {
    if (candidate && candidate.trim() !== "") return clean(candidate);
  }
  return null;
}

function htmlDate(document: Document): DocumentDate | null {
  const candidates = [
    document.querySelector('meta[property="article:published_time"]')?.getAttribute("content"),
    document.querySelector('meta[name="article:published_time"]')?.getAttribute("content"),
    document.querySelector("time[datetime]")?.getAttribute("datetime"),
    document.querySelector('meta[name="date"], meta[name="pubdate"], meta[name="DC.date.issued"]')?.getAttribute("content"),
  ];
  for (const candidate of candidates) {
    const date = candidate ? parseIsoDate(candidate) : null;
    if (date) return date;
  }
  return null;
}

/** The text of `root`, one line per block element, blocks separated by a blank line. */
function blocksToText(root: Element): string {
  const blocks: string[] = [];
  let current = "";
  const flush = () => {
    const block = current.replace(/[^\S\n]+/gu, " ").replace(/ ?\n ?/gu, "\n").trim();
    if (block !== "") blocks.push(block);
    current = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (element.tagName === "BR") {
      current += "\n";
      return;
    }
    if (element.matches(NEVER_TEXT)) return;
    const block = BLOCK_ELEMENTS.has(element.tagName);
    if (block) flush();
    for (const child of [...element.childNodes]) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join("\n\n");
}

function clean(text: string): string {
  return text.replace(/\s+/gu, " ").trim().normalize("NFC");
}
