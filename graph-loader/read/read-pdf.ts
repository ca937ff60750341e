import { extractText, getDocumentProxy, getMeta } from "unpdf";
import { findDocumentDate } from "../stages/find-document-date.ts";
import { plainTextTitle } from "./read-txt.ts";
import { ReadError, type ReaderResult } from "./source-document.ts";

/**
 * PDFs through their text layer (unpdf, i.e. PDF.js). Pages are joined with a blank line and
 * each page's range in the text is kept, so a mention can be cited with its page. Scanned PDFs
 * have no text layer: they need OCR first.
 */

const PAGE_SEPARATOR = "\n\n";

export async function readPdf(bytes: Uint8Array, path: string): Promise<ReaderResult> {
  // PDF.js takes ownership of the buffer it is given; hand it a copy so the caller's bytes stay usable.
  const pdf = await openPdf(new Uint8Array(bytes), path);
  try {
    const { text: pageTexts } = await extractText(pdf, { mergePages: false });
    const pages: ReaderResult["pages"] = [];
    let text = "";
    pageTexts.forEach((pageText, index) => {
      if (index > 0) text += PAGE_SEPARATOR;
      pages.push({ page: index + 1, start: text.length, end: text.length + pageText.length });
      text += pageText;
    });
    if (text.trim() === "") {
      throw new ReadError(
        path,
        `has no text layer (${pages.length} page${pages.length === 1 ? "" : "s"} of images, probably a scan)`,
        "Run OCR on it first (for example: ocrmypdf in.pdf out.pdf) and read the result",
      );
    }
    const warnings: string[] = [];
    const emptyPages = pages.filter((page) => pageTexts[page.page - 1]!.trim() === "").map((page) => page.page);
    if (emptyPages.length > 0) warnings.push(`no text on page(s) ${emptyPages.join(", ")}: images only?`);
    return {
      text,
      title: (await metadataTitle(pdf)) ?? plainTextTitle(text),
      date: findDocumentDate(text),
      pages,
      warnings,
    };
  } finally {
    await pdf.destroy();
  }
}

async function openPdf(data: Uint8Array, path: string): Promise<Awaited<ReturnType<typeof getDocumentProxy>>> {
  try {
    return await getDocumentProxy(data);
  } catch (error) {
    const name = (error as Error).name;
    if (name === "PasswordException") {
      throw new ReadError(path, "is password-protected", "Remove the password (e.g. qpdf --decrypt) and read it again");
    }
    throw new ReadError(
      path,
      `is not a readable PDF (${(error as Error).message})`,
      "Check that the file is complete and opens in a PDF viewer; re-export it if not",
    );
  }
}

async function metadataTitle(pdf: Awaited<ReturnType<typeof getDocumentProxy>>): Promise<string | null> {
  try {
    const { info } = await getMeta(pdf);
    const title = typeof info.Title === "string" ? info.Title.replace(/\s+/gu, " ").trim() : "";
    return title === "" ? null : title.normalize("NFC");
  } catch {
    return null;
  }
}
