import { describe, expect, it } from "vitest";
import { getPlace } from "../gazetteer/places.ts";
import { findMentions } from "./find-mentions.ts";
import { organizationName } from "./organization-names.ts";

const where = { home: getPlace("province:vn:lang-son") ?? null, homeCountry: getPlace("country:vn") ?? null };

/** The canonical names of the organisations a sentence names (null where a name stays as printed). */
function namesIn(text: string, lang: "vi" | "en", context = where) {
  const m = findMentions(text, { lang });
  return m.organizations.map((o) => organizationName(o, m.tokens, m.places, context)?.name ?? null);
}

describe("organizationName", () => {
  it("finds the document's home in the gazetteer", () => {
    expect(where.home?.name).toBe("Lang Son");
    expect(where.homeCountry?.name).toBe("Vietnam");
  });

  it.each<[string, "vi" | "en", (string | null)[]]>([
    // A province's organs, however written, in either language.
    ["Sở Ngoại vụ tỉnh Lạng Sơn tổ chức hội nghị", "vi", ["Lang Son Department of Foreign Affairs"]],
    ["Lãnh đạo Sở Ngoại vụ Lạng Sơn dự", "vi", ["Lang Son Department of Foreign Affairs"]],
    ["the Lang Son Department of Foreign Affairs held a meeting", "en", ["Lang Son Department of Foreign Affairs"]],
    ["the Department of Foreign Affairs of Lang Son Province said", "en", ["Lang Son Department of Foreign Affairs"]],
    ["Ủy ban nhân dân tỉnh Quảng Ninh ban hành kế hoạch", "vi", ["Quang Ninh Provincial People's Committee"]],
    ["UBND tỉnh Quảng Ninh ban hành kế hoạch", "vi", ["Quang Ninh Provincial People's Committee"]],
    ["the People's Committee of Quang Ninh Province approved", "en", ["Quang Ninh Provincial People's Committee"]],
    ["the Quang Ninh Provincial People's Committee approved", "en", ["Quang Ninh Provincial People's Committee"]],
    ["Tỉnh ủy Cao Bằng chỉ đạo", "vi", ["Cao Bang Provincial Party Committee"]],
    ["Sở Công Thương tỉnh Lào Cai phối hợp", "vi", ["Lao Cai Department of Industry and Trade"]],
    // Named without a place: the document's own.
    ["Sở Ngoại vụ chủ trì", "vi", ["Lang Son Department of Foreign Affairs"]],
    ["UBND tỉnh chỉ đạo", "vi", ["Lang Son Provincial People's Committee"]],
    // A country's organs.
    ["Bộ Ngoại giao Việt Nam thông báo", "vi", ["Ministry of Foreign Affairs of Vietnam"]],
    ["Bộ Ngoại giao thông báo", "vi", ["Ministry of Foreign Affairs of Vietnam"]],
    ["the Ministry of Foreign Affairs of Vietnam announced", "en", ["Ministry of Foreign Affairs of Vietnam"]],
    ["Chính phủ Lào cam kết", "vi", ["Government of Laos"]],
    // Missions: the sending country, and the host (an embassy's is a country, from a city too).
    ["Đại sứ quán Ấn Độ tại Hà Nội tổ chức", "vi", ["Embassy of India in Vietnam"]],
    ["the Indian Embassy in Hanoi organised", "en", ["Embassy of India in Vietnam"]],
    ["the Embassy of the Russian Federation in Vietnam held", "en", ["Embassy of Russia in Vietnam"]],
    ["Đại sứ quán Hàn Quốc trao tặng", "vi", ["Embassy of the Republic of Korea in Vietnam"]],
    ["Tổng Lãnh sự quán Việt Nam tại Trùng Khánh tổ chức", "vi", ["Consulate General of Vietnam in Chongqing"]],
    ["đại diện Chính phủ Nhân dân tỉnh Vân Nam và lãnh đạo", "vi", ["Yunnan People's Government"]],
    ["the Bac Ninh Department of Industry and Trade said", "en", ["Bac Ninh Department of Industry and Trade"]],
    // Anything else in the name keeps it as printed.
    ["Sở Ngoại vụ và Ngoại giao văn hóa", "vi", [null]],
    ["Tập đoàn Tô Thương đầu tư", "vi", [null]],
    ["the Ho Chi Minh Museum opened", "en", [null]],
  ])("%s", (text, lang, expected) => {
    expect(namesIn(text, lang)).toEqual(expected);
  });

  it("gives a province's organ named in a city's document to the city's province", () => {
    const hoiAn = { home: getPlace("city:vn:hoi-an") ?? null, homeCountry: where.homeCountry };
    expect(hoiAn.home?.name).toBe("Hoi An");
    expect(namesIn("Tỉnh ủy chỉ đạo", "vi", hoiAn)).toEqual(["Quang Nam Provincial Party Committee"]);
  });

  it("names a foreign province's organ without a Vietnamese 'Provincial' unless printed", () => {
    expect(namesIn("the Party Committee of Guangxi Zhuang Autonomous Region", "en")).toEqual(["Guangxi Party Committee"]);
    expect(namesIn("the People's Council of Luang Prabang province", "en")).toEqual(["Luang Prabang Provincial People's Council"]);
  });
});
