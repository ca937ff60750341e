import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language.ts";

describe("detectLanguage", () => {
  const cases: [string, "vi" | "en" | "und"][] = [
    ["Tập đoàn Xây dựng Thái Bình Dương, Trung Quốc là một trong những doanh nghiệp tư nhân hàng đầu thế giới.", "vi"],
    ["Pacific Construction Group of China is one of the world’s leading private enterprises in infrastructure investment.", "en"],
    ["Toàn cảnh buổi làm việc.", "vi"],
    ["Overview of the meeting.", "en"],
    ["Ảnh: HƯƠNG TRANG", "vi"],
    ["KHỔNG NGHĨA", "vi"],
    ["KHONG NGHIA", "und"],
    ["THE GLOBAL GEOPARK MAP", "en"],
    ["Expanding international cooperation", "en"],
    ["Lạng Sơn", "vi"],
    // Decomposed text carries its marks as combining characters.
    ["Đoàn đại biểu tỉnh Lạng Sơn tham dự Chương trình.".normalize("NFD"), "vi"],
    ["2015 - 2024", "und"],
    ["", "und"],
  ];
  it.each(cases)("%s -> %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
