import { describe, expect, it } from "vitest";
import { documentFromText } from "../read/source-document.ts";
import { formatSegments } from "./format-segments.ts";
import { segmentDocument } from "./segment-document.ts";

describe("formatSegments", () => {
  it("prints the metadata, one line per segment and the sentences below", () => {
    const doc = segmentDocument(
      documentFromText(
        "Friday,  09/20/2024\n\nExpanding international cooperation\n\nMr. Nguyen Phuc Ha said: cooperation grew. Experts came.\n\nToàn cảnh buổi làm việc. Ảnh: HƯƠNG TRANG/Overview of the meeting. Photo: HUONG TRANG",
        { path: "article.txt" },
      ),
    );
    const lines = formatSegments(doc).split("\n");
    expect(lines[0]).toBe(`${doc.id}  article.txt  (txt, ${doc.text.length} chars)`);
    expect(lines[1]).toMatch(/^title: Expanding international cooperation {2}date: 2024-09-20 \(day\) {2}languages: vi \d+%, en \d+%$/u);
    expect(lines[2]).toMatch(/^segments: 7 \(paragraph 2, heading 1, caption 2, credit 2\) {2}sentences: 8/u);
    expect(lines).toContain("1 heading   en  [21,56)  Expanding international cooperation");
    expect(lines).toContain("2 paragraph en  [58,114)  Mr. Nguyen Phuc Ha said: cooperation grew. Experts came.");
    expect(lines).toContain("       [58,100)  Mr. Nguyen Phuc Ha said: cooperation grew.");
    expect(lines).toContain("3 caption   vi  [116,140)  Toàn cảnh buổi làm việc.  <-> s5");
    expect(lines).toContain("4 credit    vi  [141,157)  Ảnh: HƯƠNG TRANG");
  });

  it("cuts long segment text to a readable preview", () => {
    const doc = segmentDocument(documentFromText(`${"cooperation ".repeat(30)}end.`, { path: "long.txt" }));
    const segmentLine = formatSegments(doc).split("\n")[5]!;
    expect(segmentLine.length).toBeLessThan(140);
    expect(segmentLine.endsWith("…")).toBe(true);
  });
});
