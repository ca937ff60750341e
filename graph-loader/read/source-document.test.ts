import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { provenanceViolations } from "../stages/check-provenance.ts";
import { segmentDocument } from "../stages/segment-document.ts";
import { contentId, documentFromText, firstInvalidUtf8Byte, readDocument, ReadError } from "./source-document.ts";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ketnoi-read-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function readError(path: string): Promise<ReadError> {
  const error = await readDocument(path).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ReadError);
  return error as ReadError;
}

describe("plain text", () => {
  it("strips a byte order mark, so offsets count from the first character", async () => {
    const text = "Lạng Sơn hợp tác với Quảng Tây.";
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const doc = await readDocument(await file("bom.txt", bytes));
    expect(doc.text).toBe(text);
    expect(doc.format).toBe("txt");
    expect(doc.id).toBe(contentId(bytes));
    expect(doc.id).toMatch(/^doc-[0-9a-f]{16}$/u);
    const read = segmentDocument(doc);
    expect(read.segments[0]!.start).toBe(0);
  });

  it("keeps decomposed text as it is and composes it in segments", async () => {
    const text = "Đoàn đại biểu tỉnh Lạng Sơn tham dự Chương trình.".normalize("NFD");
    const doc = await readDocument(await file("nfd.txt", text));
    expect(doc.text).toBe(text);
    const read = segmentDocument(doc);
    expect(read.segments[0]!.text).toBe("Đoàn đại biểu tỉnh Lạng Sơn tham dự Chương trình.");
    expect(read.segments[0]!.lang).toBe("vi");
    expect(provenanceViolations(read)).toEqual([]);
  });

  it("gives the same id in memory as on disk", async () => {
    const text = "Hoi An and Luang Prabang signed a sister city agreement.";
    const onDisk = await readDocument(await file("same.txt", text));
    expect(documentFromText(text, { path: "same.txt" }).id).toBe(onDisk.id);
  });

  it("reads the dateline and title of seed 000", async () => {
    const doc = await readDocument(
      await file(
        "lang-son.txt",
        "Friday,  09/20/2024\n\nExpanding international cooperation in preserving and promoting cultural heritage\n\nOver the years, all levels and sectors of the province have regularly cooperated.",
      ),
    );
    expect(doc.date).toEqual({ iso: "2024-09-20", precision: "day" });
    expect(doc.title).toBe("Expanding international cooperation in preserving and promoting cultural heritage");
  });

  it("warns about an empty file", async () => {
    const doc = await readDocument(await file("empty.txt", ""));
    expect(doc.text).toBe("");
    expect(doc.warnings).toContain("the file is empty");
  });
});

describe("markdown", () => {
  it("takes the first heading for the title and leaves the markers out of segments", async () => {
    const doc = await readDocument(
      await file(
        "note.md",
        "# Lạng Sơn và Quảng Tây\n\nHai bên thống nhất tiếp tục duy trì phối hợp chặt chẽ.\n\n- Mở cửa khẩu Bình Nghi\n- Nâng cấp cửa khẩu Chi Ma\n",
      ),
    );
    expect(doc.format).toBe("md");
    expect(doc.title).toBe("Lạng Sơn và Quảng Tây");
    const read = segmentDocument(doc);
    expect(read.segments.map((segment) => [segment.role, segment.text])).toEqual([
      ["heading", "Lạng Sơn và Quảng Tây"],
      ["paragraph", "Hai bên thống nhất tiếp tục duy trì phối hợp chặt chẽ."],
      ["heading", "Mở cửa khẩu Bình Nghi"],
      ["heading", "Nâng cấp cửa khẩu Chi Ma"],
    ]);
    expect(provenanceViolations(read)).toEqual([]);
  });
});

describe("html", () => {
  it("reads the article, not the navigation, scripts or footer", async () => {
    const html = `<!doctype html>
<html lang="vi"><head>
  <meta charset="utf-8">
  <title>Lang Son and Guangxi | Provincial portal</title>
  <meta property="og:title" content="Lang Son and Guangxi hold talks">
  <meta property="article:published_time" content="2025-05-27T08:00:00+07:00">
  <script>var trackingCode = "NAVSCRIPT";</script>
</head><body>
  <nav><a href="/">Home</a> <a href="/news">MENUITEM News</a></nav>
  <article>
    <h1>Lang Son and Guangxi hold talks</h1>
    <p>On May 27, 2025, in Lang Son City, the Management Board of Dong Dang - Lang Son Border Gate Economic Zone held official talks with a delegation from the Department of Commerce of Guangxi.</p>
    <p>Both sides agreed to maintain close coordination and to build a safe, stable and sustainable cross-border supply chain.</p>
    <figure><figcaption>Overview of the talks.</figcaption></figure>
  </article>
  <script>document.write("INLINESCRIPT")</script>
  <footer>FOOTERTEXT Copyright 2025 Lang Son portal</footer>
</body></html>`;
    const doc = await readDocument(await file("talks.html", html));
    expect(doc.format).toBe("html");
    expect(doc.title).toBe("Lang Son and Guangxi hold talks");
    expect(doc.date).toEqual({ iso: "2025-05-27", precision: "day" });
    expect(doc.text).toContain("On May 27, 2025, in Lang Son City");
    expect(doc.text).toContain("Both sides agreed");
    for (const noise of ["MENUITEM", "NAVSCRIPT", "INLINESCRIPT", "FOOTERTEXT", "trackingCode"]) expect(doc.text).not.toContain(noise);
    const read = segmentDocument(doc);
    expect(read.segments.map((segment) => segment.role)).toContain("paragraph");
    expect(provenanceViolations(read)).toEqual([]);
  });

  it("takes the date from <time datetime> when there is no metadata", async () => {
    const doc = await readDocument(
      await file(
        "time.htm",
        "<html><head><title>Yoga Day</title></head><body><main><h1>Yoga Day in Lang Son</h1><time datetime=\"2025-06-21\">21 June</time><p>The International Day of Yoga was held in Lang Son with 300 instructors and practitioners from Vietnam and India, in a vibrant cultural exchange.</p></main></body></html>",
      ),
    );
    expect(doc.date).toEqual({ iso: "2025-06-21", precision: "day" });
    expect(doc.title).toBe("Yoga Day");
  });
});

describe("pdf", () => {
  it("reads the text layer page by page, with page ranges and the metadata title", async () => {
    const pdf = await PDFDocument.create();
    pdf.setTitle("Lang Son Department of Foreign Affairs");
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const pages = [
      ["On May 14, 2025, the delegation of Lang Son attended the coop-", "eration conference in Hung Yen province."],
      ["The Ambassador of the Republic of Korea spoke at the reception."],
    ];
    for (const lines of pages) {
      const page = pdf.addPage([500, 300]);
      lines.forEach((line, i) => page.drawText(line, { x: 40, y: 250 - i * 16, size: 11, font }));
    }
    const doc = await readDocument(await file("magazine.pdf", await pdf.save()));
    expect(doc.format).toBe("pdf");
    expect(doc.title).toBe("Lang Son Department of Foreign Affairs");
    expect(doc.pages).toHaveLength(2);
    const [first, second] = doc.pages;
    expect(first).toMatchObject({ page: 1, start: 0 });
    expect(second!.start).toBe(first!.end + 2);
    expect(second!.end).toBe(doc.text.length);
    expect(doc.text.slice(first!.start, first!.end)).toContain("On May 14, 2025");
    expect(doc.text.slice(second!.start, second!.end)).toContain("The Ambassador of the Republic of Korea");
    const read = segmentDocument(doc);
    expect(read.segments.map((segment) => segment.text)).toEqual([
      "On May 14, 2025, the delegation of Lang Son attended the cooperation conference in Hung Yen province.",
      "The Ambassador of the Republic of Korea spoke at the reception.",
    ]);
    expect(provenanceViolations(read)).toEqual([]);
  });

  it("reports a file that is not a PDF", async () => {
    const error = await readError(await file("broken.pdf", "%PDF-1.7 this is not really a pdf"));
    expect(error.message).toMatch(/broken\.pdf: is not a readable PDF/u);
  });
});

describe("docx", () => {
  async function docx(paragraphs: { text: string; style?: string }[]): Promise<Uint8Array> {
    const zip = new JSZip();
    zip.file(
      "[Content_Types].xml",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    );
    zip.file(
      "_rels/.rels",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    );
    const body = paragraphs
      .map(({ text, style }) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`)
      .join("");
    zip.file(
      "word/document.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    );
    return zip.generateAsync({ type: "uint8array" });
  }

  it("reads the paragraphs and takes the heading for the title", async () => {
    const bytes = await docx([
      { text: "Tỉnh Lạng Sơn tổ chức Ngày hội Yoga quốc tế", style: "Heading1" },
      { text: "Sáng ngày 31/5/2025 tại Trung tâm Triển lãm Hội chợ tỉnh đã diễn ra Lễ Khai mạc." },
      { text: "Tham dự có bà T. Ajungla Jamir, Phó Đại sứ Ấn Độ tại Việt Nam." },
    ]);
    const doc = await readDocument(await file("yoga.docx", bytes));
    expect(doc.format).toBe("docx");
    expect(doc.title).toBe("Tỉnh Lạng Sơn tổ chức Ngày hội Yoga quốc tế");
    const read = segmentDocument(doc);
    expect(read.segments.map((segment) => [segment.role, segment.lang, segment.text])).toEqual([
      ["heading", "vi", "Tỉnh Lạng Sơn tổ chức Ngày hội Yoga quốc tế"],
      ["paragraph", "vi", "Sáng ngày 31/5/2025 tại Trung tâm Triển lãm Hội chợ tỉnh đã diễn ra Lễ Khai mạc."],
      ["paragraph", "vi", "Tham dự có bà T. Ajungla Jamir, Phó Đại sứ Ấn Độ tại Việt Nam."],
    ]);
    expect(provenanceViolations(read)).toEqual([]);
  });

  it("reports a file that is not a .docx", async () => {
    const error = await readError(await file("broken.docx", "not a zip archive"));
    expect(error.message).toMatch(/broken\.docx: is not a readable \.docx file .*save it again as \.docx/u);
  });
});

describe("errors", () => {
  it("reports invalid UTF-8 with the file, the byte offset and what to do", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("Lạng Sơn "), 0xc3, 0x28, 0x41]);
    const path = await file("latin1.txt", bytes);
    const error = await readError(path);
    expect(error.path).toBe(path);
    expect(error.message).toContain(path);
    expect(error.message).toContain("UTF-8");
    expect(error.message).toContain(`byte offset ${bytes.length - 3}`);
    expect(error.message).toMatch(/Re-save the file as UTF-8/u);
  });

  it("names the file and the supported formats for an unknown extension", async () => {
    const path = await file("notes.xyz", "whatever");
    const error = await readError(path);
    expect(error.message).toContain(path);
    expect(error.message).toContain('".xyz"');
    expect(error.message).toContain(".txt, .text, .md, .markdown, .html, .htm, .xhtml, .pdf, .docx");
  });

  it("reports a missing file", async () => {
    const path = join(dir, "missing.txt");
    const error = await readError(path);
    expect(error.message).toBe(`${path}: file not found. Check the path and the working directory`);
  });

  it("reports a directory", async () => {
    const path = join(dir, "articles.txt");
    await mkdir(path);
    const error = await readError(path);
    expect(error.message).toBe(`${path}: is a directory, not a file. Pass the files inside it`);
  });
});

describe("firstInvalidUtf8Byte", () => {
  it.each([
    ["a stray continuation byte", [0x41, 0x80], 1],
    ["an overlong encoding", [0xc0, 0xaf], 0],
    ["an encoded surrogate", [0x41, 0xed, 0xa0, 0x80], 1],
    ["a truncated sequence", [0x41, 0x42, 0xe1, 0xba], 2],
    ["nothing in valid text", [...new TextEncoder().encode("Việt Nam")], 10],
  ])("finds %s", (_, bytes, offset) => {
    expect(firstInvalidUtf8Byte(new Uint8Array(bytes))).toBe(offset);
  });
});
