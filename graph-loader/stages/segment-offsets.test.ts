import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentFromText } from "../read/source-document.ts";
import { provenanceViolations } from "./check-provenance.ts";
import { segmentDocument } from "./segment-document.ts";

/**
 * Property: whatever the input, every segment and sentence points at the original text it was
 * cleaned from, and sentence maps are strictly increasing inside their range. Inputs mix the
 * material of the seeds: Vietnamese (composed and decomposed) and English words, line breaks,
 * blank lines, hyphenated line ends, dashes, abbreviations, captions with credits, bylines.
 */

const VIETNAMESE = ["Lạng", "Sơn", "hợp", "tác", "Đoàn", "đại", "biểu", "tỉnh", "Quảng", "Tây", "Việt", "Nam", "ngoại", "giao", "Hà", "Nội", "thúc", "đẩy", "Ủy", "ban", "nhân", "dân", "ký", "kết"];
const ENGLISH = ["the", "delegation", "of", "Lang", "Son", "province", "cooperation", "Russian", "Federation", "attended", "reception", "high-tech", "industries", "Guangxi", "Zhuang", "Autonomous", "Region", "Mr.", "H.E.", "T.", "U.S.", "No."];
const PUNCTUATION = [".", ",", ";", ":", "…", "!", "?", " -", " –", "”", "“", "(", ")", "/", "|"];
const NUMBERS = ["09/5/2025", "1,690", "3.5", "2015 - 2024", "57-NQ/TW", "26", "4.000"];
const NAMES = ["KIỀU ANH", "MAI THU", "VŨ GIANG", "KHONG NGHIA", "BÍ THƯ TỈNH UỶ LẠNG SƠN", "THE RECEPTION"];
const BREAKS = [" ", " ", " ", "  ", "\n", "\n", "\n\n", "\n\n\n", " \n", "\n ", "\r\n", "\t"];

const word = fc.oneof(
  fc.constantFrom(...VIETNAMESE).chain((w) => fc.boolean().map((decompose) => (decompose ? w.normalize("NFD") : w))),
  fc.constantFrom(...ENGLISH),
  fc.constantFrom(...NUMBERS),
  fc.constantFrom(...NAMES),
);

/** A word broken across a line end with a hyphen, as PDF columns print it. */
const hyphenated = fc
  .tuple(fc.constantFrom(...VIETNAMESE, ...ENGLISH), fc.constantFrom(...VIETNAMESE, ...ENGLISH), fc.constantFrom("-\n", "-\n\n", "- \n", "\u00ad\n"))
  .map(([head, tail, breakAt]) => `${head.replace(/\.$/u, "")}${breakAt}${tail}`);

const caption = fc
  .tuple(
    fc.array(fc.constantFrom(...VIETNAMESE), { minLength: 2, maxLength: 8 }),
    fc.constantFrom("BÙI THUẬN", "KIỀU\nANH", "Vũ Giang"),
    fc.constantFrom("/", "/ ", "/\n"),
    fc.array(fc.constantFrom(...ENGLISH), { minLength: 2, maxLength: 8 }),
    fc.constantFrom("BUI THUAN", "KIEU ANH", "Vu Giang"),
  )
  .map(([vi, viName, slash, en, enName]) => `${vi.join(" ")}. Ảnh: ${viName}${slash}${en.join(" ")}. Photo: ${enName}`);

const token = fc.oneof(
  { weight: 10, arbitrary: word },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 2, arbitrary: hyphenated },
  { weight: 1, arbitrary: caption },
  // Any script, except the few characters NFC lengthens, which are deliberately kept as printed.
  {
    weight: 1,
    arbitrary: fc
      .string({ unit: "grapheme", maxLength: 4 })
      .filter((text) => [...text].every((ch) => ch.normalize("NFC").length <= ch.length)),
  },
);

const documentText = fc
  .array(fc.tuple(token, fc.constantFrom(...BREAKS)), { maxLength: 120 })
  .map((parts) => parts.map(([text, separator]) => text + separator).join(""));

/** The same material with Markdown headings, list items and rules at line starts. */
const markdownText = fc
  .array(fc.tuple(fc.constantFrom("", "", "", "# ", "## ", "- ", "1. ", "---\n"), token, fc.constantFrom(...BREAKS)), { maxLength: 80 })
  .map((parts) => parts.map(([marker, text, separator]) => `\n${marker}${text}${separator}`).join(""));

function expectProvenance(text: string, format: "txt" | "md"): void {
  const doc = segmentDocument(documentFromText(text, { path: `random.${format}`, format }));
  expect(provenanceViolations(doc)).toEqual([]);
  for (const segment of doc.segments) {
    expect(segment.text).toBe(segment.text.normalize("NFC"));
    expect(segment.text).not.toMatch(/\s{2}|\n|^\s|\s$/u);
  }
}

describe("segment and sentence offsets", () => {
  it("point at the original text for any input", () => {
    fc.assert(
      fc.property(documentText, (text) => expectProvenance(text, "txt")),
      { numRuns: 300 },
    );
  });

  // Found by the properties: a Latin-1 number (¹, ², ½) before a line-end hyphen is a word character too.
  it.each(["¹-\n\nLạng ", "x²-\nLạng", "½-\nmile"])("point at the original text in %j", (text) => {
    expectProvenance(text, "txt");
  });

  it("point at the original text in Markdown, markers left out", () => {
    fc.assert(
      fc.property(markdownText, (text) => expectProvenance(text, "md")),
      { numRuns: 200 },
    );
  });
});
