import { describe, expect, it } from "vitest";
import { escapeLucene, foldDiacritics, luceneQuery, searchWords } from "./lucene-query.ts";

describe("the search query", () => {
  it.each([
    ["Trần Hồng Hà", "Tran Hong Ha"],
    ["Đồng Đăng", "Dong Dang"],
    ["Lạng Sơn", "Lang Son"],
    ["Jean-François", "Jean-Francois"],
  ])("folds %s to %s", (input, folded) => {
    expect(foldDiacritics(input)).toBe(folded);
  });

  it.each([
    ["a+b", "a\\+b"],
    ["(x)", "\\(x\\)"],
    ['say "hi"~2', 'say \\"hi\\"\\~2'],
    ["a:b/c\\d", "a\\:b\\/c\\\\d"],
    ["x*?", "x\\*\\?"],
  ])("escapes Lucene's special characters in %s", (input, escaped) => {
    expect(escapeLucene(input)).toBe(escaped);
  });

  it.each<[string, string | null]>([
    ["tran hong ha", "(tran^3 OR tran* OR tran~1) AND (hong^3 OR hong* OR hong~1) AND (ha^3 OR ha*)"],
    ["Trần Hồng Hà", "(tran^3 OR tran* OR tran~1) AND (hong^3 OR hong* OR hong~1) AND (ha^3 OR ha*)"],
    ["Ministry of Foreign", "(ministry^3 OR ministry* OR ministry~1) AND (foreign^3 OR foreign* OR foreign~1)"],
    ["C++", "(c^3 OR c*)"],
    ["AND OR", "(and^3 OR and*) AND (or^3 OR or*)"],
    ["  ", null],
    ["***", null],
  ])("turns %j into %j", (input, query) => {
    expect(luceneQuery(input)).toBe(query);
  });

  it("keeps stop words when they are all there is", () => {
    expect(searchWords("of the")).toEqual(["of", "the"]);
  });

  it("keeps specials inside a word escaped", () => {
    expect(luceneQuery("o'brien")).toBe("(o'brien^3 OR o'brien* OR o'brien~1)");
    expect(luceneQuery("a/b")).toBe("(a\\/b^3 OR a\\/b*)");
  });
});
