import { describe, expect, it } from "vitest";
import { splitSentences } from "./split-sentences.ts";

function sentences(text: string): string[] {
  return splitSentences(text).map(([start, end]) => text.slice(start, end));
}

// Sentences from the seeds.
describe("splitSentences", () => {
  const cases: [string, string, string[]][] = [
    [
      "a title before a name",
      "Mr. Nguyen Phuc Ha, Director of the Department of Culture, Sports and Tourism said: Over the years, all levels have cooperated. Mrs. Lan agreed.",
      [
        "Mr. Nguyen Phuc Ha, Director of the Department of Culture, Sports and Tourism said: Over the years, all levels have cooperated.",
        "Mrs. Lan agreed.",
      ],
    ],
    [
      "H.E.",
      "In his opening remarks, H.E. Gennady Stepanovich Bezdetko, Ambassador Extraordinary and Plenipotentiary of the Russian Federation to Vietnam, emphasized the significance of the victory.",
      ["In his opening remarks, H.E. Gennady Stepanovich Bezdetko, Ambassador Extraordinary and Plenipotentiary of the Russian Federation to Vietnam, emphasized the significance of the victory."],
    ],
    [
      "an initial",
      "Representing India were Ms. T. Ajungla Jamir, Deputy Ambassador of the Embassy of India in Vietnam. The event was held in Lang Son.",
      ["Representing India were Ms. T. Ajungla Jamir, Deputy Ambassador of the Embassy of India in Vietnam.", "The event was held in Lang Son."],
    ],
    [
      "Dr., St., No., U.S.",
      "Dr. Brown of the U.S. Embassy spoke at St. Mary's Hall. Resolution No. 59-NQ/TW was cited.",
      ["Dr. Brown of the U.S. Embassy spoke at St. Mary's Hall.", "Resolution No. 59-NQ/TW was cited."],
    ],
    [
      "Vietnamese abbreviations TP. and Q.",
      "Đoàn làm việc tại TP. Hồ Chí Minh và Q. Ba Đình. Sau đó đoàn về Lạng Sơn.",
      ["Đoàn làm việc tại TP. Hồ Chí Minh và Q. Ba Đình.", "Sau đó đoàn về Lạng Sơn."],
    ],
    [
      "dates and numbers",
      "Lễ duyệt binh diễn ra vào ngày 09/5/2025. Through that, a collection of 1,690 artifacts was discovered, about 3.5 times more. The area is 4.842,58 km2.",
      [
        "Lễ duyệt binh diễn ra vào ngày 09/5/2025.",
        "Through that, a collection of 1,690 artifacts was discovered, about 3.5 times more.",
        "The area is 4.842,58 km2.",
      ],
    ],
    [
      "quotes after the full stop",
      'Bộ Chính trị ra Nghị quyết xác định "Ngoại giao trở thành mặt trận chiến lược." Đó là bước ngoặt.',
      ['Bộ Chính trị ra Nghị quyết xác định "Ngoại giao trở thành mặt trận chiến lược."', "Đó là bước ngoặt."],
    ],
    [
      "an ellipsis before a lower-case word",
      "Cùng với chiến thắng Khe Sanh, Mậu Thân…, thắng lợi trên bàn đàm phán đã buộc Mỹ xuống thang… và ký Hiệp định.",
      ["Cùng với chiến thắng Khe Sanh, Mậu Thân…, thắng lợi trên bàn đàm phán đã buộc Mỹ xuống thang… và ký Hiệp định."],
    ],
    [
      "a question and an exclamation",
      "Why cooperate? Because it works! Kính tặng !",
      ["Why cooperate?", "Because it works!", "Kính tặng !"],
    ],
    ["text without a full stop", "Chặng đường 20 năm công tác đối ngoại tỉnh Lạng Sơn", ["Chặng đường 20 năm công tác đối ngoại tỉnh Lạng Sơn"]],
  ];
  it.each(cases)("splits %s", (_, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it("returns nothing for empty text", () => {
    expect(splitSentences("")).toEqual([]);
  });
});
