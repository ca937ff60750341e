import { describe, expect, it } from "vitest";
import { findPeopleByHonorific } from "./find-people-by-honorific.ts";

describe("findPeopleByHonorific", () => {
  it.each([
    ["Mr. Nguyen Phuc Ha, Director of the Department", ["Nguyen Phuc Ha"]],
    ["In his opening remarks, H.E. Gennady Stepanovich Bezdetko, Ambassador", ["Gennady Stepanovich Bezdetko"]],
    ["có đồng chí Trần Hồng Hà, Ủy viên Trung ương", ["Trần Hồng Hà"]],
    ["Ông Hoàng Văn Nghiệm phát biểu", ["Hoàng Văn Nghiệm"]],
    ["the Ambassador also expressed appreciation", []],
    ["Mr. Son said", []],
  ])("%s", (text, names) => {
    const found = findPeopleByHonorific(text);
    expect(found.map((m) => m.name)).toEqual(names);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.name);
  });
});
