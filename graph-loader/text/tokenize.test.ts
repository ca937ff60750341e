import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PhraseMatcher, PhraseScan } from "./phrase-matcher.ts";
import { TOKEN, tokenize } from "./tokenize.ts";

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

  it.each([
    ["astral letters and digits", "𠀀𠀁 x𝟘𝟙 𝐀𝐁 x.𝐀.y 𝐀.𝐁."],
    ["marks with nothing to sit on", "\u0301a 5\u0301 .\u0323"],
    ["apostrophes and dots", "O'Neill's U.S. e.g. a.b.c X'' 'a a.'"],
    ["separators in numbers", "1.2.3, 4/5/ 6-7-8: 9:"],
    ["lone surrogates", "a\ud800b \udc00"],
  ])("cuts %s as the TOKEN pattern does", (_, text) => {
    expect(tokenize(text).map((t) => t.text).join("|")).toBe(reference(text).join("|"));
  });

  it("cuts any text as the TOKEN pattern does", () => {
    const piece = fc.oneof(
      fc.constantFrom("Lạng", "Sơn", "H.E.", "Mr.", "Jean-François", "Vietnam-Laos", "Xi'an", "People’s", "09/5/2025", "1,690", "TP.", "A.B.C.D.", "-", ".", "'", "’", " ", "\n", "\u00a0", "\u0301", "𝐀", "5G"),
      fc.string({ unit: "grapheme", maxLength: 3 }),
      fc.string({ unit: "binary", maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(tokenize(text).map((t) => t.text)).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("cuts the same after its table of words seen has grown", () => {
    // Letters only, so that each is one word: "aaaa", "aaab", …
    const word = (n: number) => Array.from({ length: 4 }, (_, k) => String.fromCharCode(97 + (Math.floor(n / 26 ** k) % 26))).join("");
    const text = Array.from({ length: 40_000 }, (_, n) => `${word(n)} Lạng`).join(" ");
    const cut = reference(text).join("|");
    expect(tokenize(text).map((t) => t.text).join("|")).toBe(cut);
    expect(tokenize(text).map((t) => t.text).join("|")).toBe(cut);
  });

  it("keys tokens folded and in Vietnamese", () => {
    const [lang, son] = tokenize("LẠNG Sơn");
    expect([lang!.fold, lang!.vi, lang!.upper, son!.cap]).toEqual(["lang", "lạng", true, true]);
  });
});

/** The tokens' texts as the TOKEN pattern alone gives them, with the dash and dot splits tokenize makes. */
function reference(text: string): string[] {
  return [...text.matchAll(TOKEN)].flatMap((m) => {
    const word = m[0];
    if (!m[1]) return [word];
    if (/^\p{Lu}[\p{L}\p{M}]*(?:-\p{Lu}[\p{L}\p{M}]*)+$/u.test(word)) return word.split("-").flatMap((part, k) => (k > 0 ? ["-", part] : [part]));
    if (word.endsWith(".") && !/^(?:\p{L}\.){1,3}$|^(?:Mr|Mrs|Ms|Dr|St|No|Prof|TP|Jr|Sr|Co|Ltd|Inc)\.$/u.test(word)) return [word.slice(0, -1), "."];
    return [word];
  });
}

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

describe("PhraseScan", () => {
  // Matchers whose phrases overlap, share words across keys and end inside one another.
  const offices = new PhraseMatcher<string>("vi").add("Chủ tịch", "office").add("Phó Chủ tịch thường trực", "office").add("tịch", "word");
  const organs = new PhraseMatcher<string>("vi").add("UBND tỉnh", "organ").add("Chủ tịch UBND", "title");
  const english = new PhraseMatcher<string | null>("fold").add("Lang Son", "place").add("Son", "name").add("Lang Son City", null).add("chu tich", "folded");
  const matchers = [offices, organs, english];
  const texts = [
    "Phó Chủ tịch Thường trực UBND tỉnh Lạng Sơn",
    "Chủ tịch UBND tỉnh Lang Son City, Lang Son.",
    "chu tich - Chủ, tịch Son Son Lang",
    "",
  ];

  it.each(texts)("finds what each matcher finds in %j", (text) => {
    const tokens = tokenize(text);
    const scan = new PhraseScan(tokens);
    for (const matcher of matchers) expect(scan.findAll(matcher)).toEqual(matcher.findAll(tokens));
  });

  it("finds what each matcher finds in any sequence of its words", () => {
    const words = fc.constantFrom("Phó", "Chủ", "tịch", "thường", "trực", "UBND", "tỉnh", "Lang", "Son", "City", "chu", "tich", ",", "-", "x");
    fc.assert(
      fc.property(fc.array(words, { maxLength: 16 }), (parts) => {
        const tokens = tokenize(parts.join(" "));
        const scan = new PhraseScan(tokens);
        for (const matcher of matchers) expect(scan.findAll(matcher)).toEqual(matcher.findAll(tokens));
      }),
    );
  });

  it("sees phrases added after a word was last scanned", () => {
    const late = new PhraseMatcher<string>("fold");
    const text = "the Quux Council met";
    expect(new PhraseScan(tokenize(text)).findAll(late)).toEqual([]);
    late.add("Quux Council", "body");
    expect(new PhraseScan(tokenize(text)).findAll(late).map((m) => [m.start, m.end, m.values[0]])).toEqual([[1, 3, "body"]]);
  });
});
