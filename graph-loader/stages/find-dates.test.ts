import { describe, expect, it } from "vitest";
import { findDates, type DateContext } from "./find-dates.ts";

const en: DateContext = { lang: "en", defaultYear: 2024 };
const vi: DateContext = { lang: "vi", defaultYear: 2025 };

describe("findDates", () => {
  it.each([
    ["on October 17, 2024 in Vientiane Capital, Laos", en, [["2024-10-17", "day"]]],
    ["On May 6, 2025, in Hanoi, the Embassy", en, [["2025-05-06", "day"]]],
    ["Friday,  09/20/2024", en, [["2024-09-20", "day"]]],
    ["Lang Son, May 2025. Photo: LIEU CHANG", en, [["2025-05", "month"]]],
    ["(May 9, 1945 – May 9, 2025)", en, [["1945-05-09", "day"], ["2025-05-09", "day"]]],
    ["Ngày 06/5/2025 tại Hà Nội, Đại Sứ quán", vi, [["2025-05-06", "day"]]],
    ["diễn ra vào ngày 09/5/2025.", vi, [["2025-05-09", "day"]]],
    ["Lạng Sơn, tháng 5/2025. Ảnh", vi, [["2025-05", "month"]]],
    ["ngày 14 tháng 5 năm 2025", vi, [["2025-05-14", "day"]]],
    ["Chiều 29/10, đoàn công tác", vi, [["2025-10-29", "day"]]],
    ["Cách mạng tháng Tám năm 1945", vi, [["1945", "year"]]],
    ["a collection of 1,690 artifacts", en, []],
    ["Since Sept. 3 the office has opened 12 rooms", en, [["2024-09-03", "day"]]],
    ["THÁNG 5/2025 và ngày 2 tháng 9 năm 1945", vi, [["2025-05", "month"], ["1945-09-02", "day"]]],
    ["Ngày 32/13/2025", vi, []],
    // Rules start their search at their cue's first match: a cue word earlier in the text must not hide a date.
    ["Martin said in March talks that on 6 May 2025 and in May 2025 the Decade began", en, [["2025-05-06", "day"], ["2025-05", "month"]]],
    ["Ngày hội mở ngày 2 tháng 9 năm 1945, tháng 5/2025", vi, [["1945-09-02", "day"], ["2025-05", "month"]]],
    ["MAY 2025 IN 2024", en, [["2025-05", "month"], ["2024", "year"]]],
    ["Năm 2025 và YEAR 2024", vi, [["2025", "year"], ["2024", "year"]]],
  ])("%s", (text, context, expected) => {
    const dates = findDates(text, context);
    expect(dates.map((d) => [d.iso, d.precision])).toEqual(expected);
  });
});
