import { describe, expect, it } from "vitest";
import { PhraseMatcher } from "./phrase-matcher.ts";
import { tokenize } from "./tokenize.ts";

describe("tokenize", () => {
  it.each([
    ["H.E. Gennady Bezdetko said.", ["H.E.", "Gennady", "Bezdetko", "said", "."]],
    ["Mr. Nguyen Van Son - Chairman", ["Mr.", "Nguyen", "Van", "Son", "-", "Chairman"]],
    ["Jean-François Girault, Xi'an, high-tech", ["Jean", "-", "François", "Girault", ",", "Xi'an", ",", "high-tech"]],
    ["Vietnam-Laos Intergovernmental Committee", ["Vietnam", "-", "Laos", "Intergovernmental", "Committee"]],
    ["ngày 09/5/2025 có 1,690 hiện vật", ["ngày", "09/5/2025", "có", "1,690", "hiện", "vật"]],
    ["People’s Committee of Lang Son.", ["People’s", "Committee", "of", "Lang", "Son", "."]],
    ["TP. Lạng Sơn", ["TP.", "Lạng", "Sơn"]],
  ])("%s", (text, words) => {
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(words);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("keys tokens folded and in Vietnamese", () => {
    const [lang, son] = tokenize("LẠNG Sơn");
    expect([lang!.fold, lang!.vi, lang!.upper, son!.cap]).toEqual(["lang", "lạng", true, true]);
  });
});

describe("PhraseMatcher", () => {
  const matcher = new PhraseMatcher<string>("vi").add("Chủ tịch", "office").add("Phó Chủ tịch thường trực", "office").add("UBND tỉnh", "organ");
  it("finds the longest phrases, left to right", () => {
    const tokens = tokenize("Phó Chủ tịch Thường trực UBND tỉnh Lạng Sơn");
    expect(matcher.findAll(tokens).map((m) => [m.start, m.end, m.values[0]])).toEqual([
      [0, 5, "office"],
      [5, 7, "organ"],
    ]);
  });
  it("keeps Vietnamese words apart that fold alike", () => {
    const village = new PhraseMatcher<string>("vi").add("làng", "district");
    expect(village.findAll(tokenize("tỉnh Lạng Sơn"))).toEqual([]);
  });
});
