import { describe, expect, it } from "vitest";
import { zipEvidence } from "./evidence.ts";

describe("zipEvidence", () => {
  const documents = [
    { id: "doc-a", title: "Lang Son news", path: "samples/a.txt", date: "2025-06", lang: "en" },
    { id: "doc-b", title: null, path: "samples/b.txt", date: null, lang: "vi" },
  ];

  it("pairs each document with its offsets and sentence, titled by the document", () => {
    const evidence = zipEvidence(
      { evidenceDocs: ["doc-a", "doc-b"], evidenceStarts: [10, 200], evidenceEnds: [40, 260], evidenceQuotes: ["First sentence.", "Câu thứ hai."] },
      documents,
    );
    expect(evidence).toEqual([
      { docId: "doc-a", start: 10, end: 40, quote: "First sentence.", documentTitle: "Lang Son news" },
      { docId: "doc-b", start: 200, end: 260, quote: "Câu thứ hai.", documentTitle: "samples/b.txt" },
    ]);
  });

  it("skips incomplete entries and copes with missing lists", () => {
    expect(zipEvidence({ evidenceDocs: ["doc-a", "doc-x"], evidenceStarts: [1], evidenceEnds: [2] }, documents)).toEqual([
      { docId: "doc-a", start: 1, end: 2, quote: "", documentTitle: "Lang Son news" },
    ]);
    expect(zipEvidence({}, documents)).toEqual([]);
  });
});
