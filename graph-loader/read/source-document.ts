import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { readPlainText } from "./read-txt.ts";

/**
 * A source document as read from disk: its decoded text, which every later offset points
 * into, and what the file says about itself (title, publication date, pages).
 */

export type SourceFormat = "txt" | "md" | "html" | "pdf" | "docx";

export interface DocumentDate {
  /** "2024-09-20", "2025-06" or "2025", as precise as the source. */
  iso: string;
  precision: "day" | "month" | "year";
}

export interface SourceDocument {
  /** "doc-" + the first 16 hex digits of the SHA-256 of the file's bytes: the same on any machine. */
  id: string;
  path: string;
  format: SourceFormat;
  /** The decoded (or, for html/pdf/docx, extracted) text; not normalised. */
  text: string;
  title: string | null;
  date: DocumentDate | null;
  /** For PDFs, where each page's text lies in `text`; empty for other formats. */
  pages: { page: number; start: number; end: number }[];
  warnings: string[];
}

/** What a reader makes of a file; readDocument adds the identity. */
export type ReaderResult = Pick<SourceDocument, "text" | "title" | "date" | "pages" | "warnings">;

/** A file that cannot be read, with what went wrong and what to do about it. */
export class ReadError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    readonly hint: string,
  ) {
    super(`${path}: ${reason}. ${hint}`);
    this.name = "ReadError";
  }
}

const FORMATS_BY_EXTENSION: Record<string, SourceFormat> = {
  ".txt": "txt",
  ".text": "txt",
  ".md": "md",
  ".markdown": "md",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".pdf": "pdf",
  ".docx": "docx",
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS_BY_EXTENSION);

export async function readDocument(path: string): Promise<SourceDocument> {
  return documentFromBytes(path, await readBytes(path));
}

/** A document from a file's bytes already read (the loader hashes them first to skip known files). */
export async function documentFromBytes(path: string, bytes: Uint8Array): Promise<SourceDocument> {
  const format = formatOf(path);
  const result = await readFormat(format, bytes, path);
  const warnings = [...result.warnings];
  if (bytes.length === 0) warnings.push("the file is empty");
  return { id: contentId(bytes), path, format, ...result, warnings };
}

/** A document from text already in memory, identified by the hash of its UTF-8 bytes. */
export function documentFromText(text: string, options: { path: string; format?: "txt" | "md" }): SourceDocument {
  const format = options.format ?? "txt";
  return {
    id: contentId(new TextEncoder().encode(text)),
    path: options.path,
    format,
    ...readPlainText(text, format),
  };
}

export function contentId(bytes: Uint8Array): string {
  return `doc-${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}`;
}

/**
 * UTF-8, strictly: a byte sequence that is not UTF-8 is reported with its offset, never replaced
 * with U+FFFD behind the user's back. A byte order mark is dropped, so offsets count from the
 * first character of text.
 */
export function decodeUtf8(bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    throw new ReadError(
      path,
      `is not valid UTF-8 (invalid byte sequence at byte offset ${offset})`,
      "Re-save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8) and read it again",
    );
  }
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  let length: number;
  let min: number;
  let max = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) [length, min] = [2, 0x80];
  else if (b0 === 0xe0) [length, min] = [3, 0xa0];
  else if (b0 >= 0xe1 && b0 <= 0xef) [length, min, max] = [3, 0x80, b0 === 0xed ? 0x9f : 0xbf];
  else if (b0 === 0xf0) [length, min] = [4, 0x90];
  else if (b0 >= 0xf1 && b0 <= 0xf3) [length, min] = [4, 0x80];
  else if (b0 === 0xf4) [length, min, max] = [4, 0x80, 0x8f];
  else return 0;
  // Only the second byte has a narrowed range (overlongs, surrogates, > U+10FFFF).
  for (let k = 1; k < length; k++) {
    const b = bytes[i + k];
    const low = k === 1 ? min : 0x80;
    const high = k === 1 ? max : 0xbf;
    if (b === undefined || b < low || b > high) return 0;
  }
  return length;
}

function formatOf(path: string): SourceFormat {
  const extension = extname(path).toLowerCase();
  const format = FORMATS_BY_EXTENSION[extension];
  if (format === undefined) {
    const what = extension === "" ? "has no file extension" : `has an unsupported file type "${extension}"`;
    throw new ReadError(
      path,
      what,
      `Supported formats: ${SUPPORTED_EXTENSIONS.join(", ")}; ` +
        "convert the file to one of these, or rename it if its extension is wrong",
    );
  }
  return format;
}

/** A file's bytes; a file that cannot be read is a ReadError saying why and what to do. */
export async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ReadError(path, "file not found", "Check the path and the working directory");
    if (code === "EISDIR") throw new ReadError(path, "is a directory, not a file", "Pass the files inside it");
    if (code === "EACCES" || code === "EPERM") {
      const hint = "Check the file's permissions (ls -l) or run as a user who can read it";
      throw new ReadError(path, "permission denied", hint);
    }
    throw new ReadError(path, `could not be read (${(error as Error).message})`, "Check that the file is readable");
  }
}

/** Readers for rich formats load their libraries on first use, so a batch of text files starts fast. */
async function readFormat(format: SourceFormat, bytes: Uint8Array, path: string): Promise<ReaderResult> {
  switch (format) {
    case "txt":
    case "md":
      return readPlainText(decodeUtf8(bytes, path), format);
    case "html":
      return (await import("./read-html.ts")).readHtml(bytes, path);
    case "pdf":
      return (await import("./read-pdf.ts")).readPdf(bytes, path);
    case "docx":
      return (await import("./read-docx.ts")).readDocx(bytes, path);
  }
}
