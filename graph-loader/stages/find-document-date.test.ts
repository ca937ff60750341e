import { describe, expect, it } from "vitest";
import { findDocumentDate, parseIsoDate } from "./find-document-date.ts";

describe("findDocumentDate", () => {
  const cases: [string, string, string | null, "day" | "month" | "year" | null][] = [
    [
      "the dateline of seed 000",
      "Friday,  09/20/2024\n\nExpanding international cooperation in preserving and promoting cultural heritage\n\nOver the years, all levels and sectors of the province have regularly cooperated.",
      "2024-09-20",
      "day",
    ],
    ["an English dateline, month first", "Monday, 03/04/2024\n\nLang Son welcomes the delegation.", "2024-03-04", "day"],
    ["a Vietnamese dateline, day first", "Thứ hai, 03/04/2024 10:30 (GMT+7)\n\nLạng Sơn đón đoàn đại biểu.", "2024-04-03", "day"],
    ["a spelled-out English date", "Published: September 20, 2024\n\nThe province signed the agreement.", "2024-09-20", "day"],
    ["a Vietnamese spelled-out date", "Ngày 20 tháng 9 năm 2024\n\nTỉnh Lạng Sơn ký kết thỏa thuận.", "2024-09-20", "day"],
    ["an ISO date", "2024-09-20\n\nText.", "2024-09-20", "day"],
    [
      "the running footer of seed 003",
      "Phó Bí thư Tỉnh uỷ phát biểu tại buổi làm việc.\n31\nLANG SON Department of Foreign Affairs | June 2025\nphía Tây, giữ vai trò đầu tàu.",
      "2025-06",
      "month",
    ],
    [
      "only event dates in sentences (seed 004)",
      "Hoi An City People's Committee informed that on October 17, 2024 in Vientiane Capital, Laos, the leaders of the two cities signed the agreement.",
      null,
      null,
    ],
    ["an impossible date", "Friday, 31/02/2024\n\nText.", null, null],
  ];
  it.each(cases)("reads %s", (_, text, iso, precision) => {
    const date = findDocumentDate(text);
    expect(date?.iso ?? null).toBe(iso);
    expect(date?.precision ?? null).toBe(precision);
  });
});

describe("parseIsoDate", () => {
  it.each([
    ["2024-09-20T08:00:00+07:00", "2024-09-20", "day"],
    ["2024-09", "2024-09", "month"],
    ["2024", "2024", "year"],
  ])("reads %s", (value, iso, precision) => {
    expect(parseIsoDate(value)).toEqual({ iso, precision });
  });

  it("rejects what is not a date", () => {
    expect(parseIsoDate("yesterday")).toBeNull();
    expect(parseIsoDate("2024-13-01")).toBeNull();
  });
});
