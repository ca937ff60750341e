import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { documentFromText } from "../read/source-document.ts";
import { provenanceViolations } from "./check-provenance.ts";
import { segmentDocument } from "./segment-document.ts";

/** Seed 003: the bilingual Lang Son foreign-affairs magazine, as its PDF text layer came out. */
const path = fileURLToPath(new URL("../../samples/003_27d4f36f6f8b730b.txt", import.meta.url));
const doc = segmentDocument(documentFromText(readFileSync(path, "utf8"), { path }));

describe("seed 003, the bilingual magazine", () => {
  it("keeps every segment and sentence pointing at its original text", () => {
    expect(provenanceViolations(doc)).toEqual([]);
  });

  it("leaves no line-end hyphenation in segment text", () => {
    for (const segment of doc.segments) expect(segment.text).not.toMatch(/-\n|\n/u);
    expect(doc.stats.hyphenationsJoined).toBeGreaterThan(300);
  });

  it("keeps photo credits out of paragraphs and captions", () => {
    const leaks = doc.segments.filter(
      (segment) =>
        (segment.role === "paragraph" || segment.role === "caption") &&
        /Ảnh\s*:|Photo\s*:|Ảnh sưu tầm|(?:Collected|Archived) photo/iu.test(segment.text),
    );
    expect(leaks.map((segment) => segment.text)).toEqual([]);
  });

  it("pairs more than twenty Vietnamese captions with their English translations", () => {
    const pairs = doc.segments.filter((segment) => segment.role === "caption" && segment.lang === "vi" && segment.translationOf);
    expect(pairs.length).toBeGreaterThan(20);
    for (const vi of pairs) {
      const en = doc.segments.find((segment) => segment.id === vi.translationOf)!;
      expect(en.role).toBe("caption");
      expect(en.lang).toBe("en");
      expect(en.translationOf).toBe(vi.id);
    }
  });

  it("finds the bylines, the title and the issue date", () => {
    const bylines = doc.segments.filter((segment) => segment.role === "byline").map((segment) => segment.text);
    expect(bylines).toEqual(expect.arrayContaining(["KIỀU ANH", "MAI THU", "VŨ GIANG", "KHỔNG NGHĨA", "KHONG NGHIA", "VU GIANG"]));
    expect(doc.title).toBe("SỞ NGOẠI VỤ TỈNH LẠNG SƠN - LANG SON DEPARTMENT OF FOREIGN AFFAIRS");
    expect(doc.date).toEqual({ iso: "2025-06", precision: "month" });
  });

  it("reads about as much Vietnamese as English", () => {
    expect(doc.languages.vi).toBeGreaterThan(0.4);
    expect(doc.languages.en).toBeGreaterThan(0.4);
  });
});
