import mammoth from "mammoth";
import { parseHTML } from "linkedom";
import { findDocumentDate } from "../stages/find-document-date.ts";
import { ReadError, type ReaderResult } from "./source-document.ts";

/**
 * Word documents through mammoth's raw text: one paragraph per line, a blank line between
 * paragraphs. The title is the first heading (Title or Heading style), else the first paragraph.
 */

export async function readDocx(bytes: Uint8Array, path: string): Promise<ReaderResult> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let raw: Awaited<ReturnType<typeof mammoth.extractRawText>>;
  let html: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    raw = await mammoth.extractRawText({ buffer });
    html = await mammoth.convertToHtml({ buffer });
  } catch (error) {
    throw new ReadError(
      path,
      `is not a readable .docx file (${(error as Error).message})`,
      "Open it in Word or LibreOffice and save it again as .docx (a .doc file must be converted first)",
    );
  }
  const text = raw.value.replace(/\n+$/u, "");
  return {
    text,
    title: titleFromHtml(html.value),
    date: findDocumentDate(text),
    pages: [],
    warnings: raw.messages.map((message) => `docx: ${message.message}`),
  };
}

function titleFromHtml(html: string): string | null {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const heading = document.querySelector("h1, h2, h3, h4, h5, h6");
  const candidate = heading ?? [...document.querySelectorAll("p")].find((p) => (p.textContent ?? "").trim() !== "");
  const title = candidate?.textContent?.replace(/\s+/gu, " ").trim() ?? "";
  return title === "" ? null : title.normalize("NFC");
}
