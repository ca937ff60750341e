import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText } from "../text/fold.ts";
import { tokenize } from "../text/tokenize.ts";
import { buildCountries, formatCountries } from "./build-countries.ts";
import { allPlaces, findPlaces, getPlace, lookupPlace, type Place } from "./places.ts";
import placesJson from "./places.json" with { type: "json" };
import stopPhrasesJson from "./stop-phrases.json" with { type: "json" };
import { toneVariants } from "./vi-tone.ts";

type Expected = [name: string, label: Place["label"]];

const found = (text: string): Expected[] => findPlaces(text).map((m) => [m.place.name, m.place.label]);

describe("findPlaces", () => {
  const rows: [string, Expected[]][] = [
    ["Đoàn đại biểu tỉnh Lạng Sơn thăm Quảng Tây, Trung Quốc", [["Lang Son", "Province"], ["Guangxi", "Province"], ["China", "Country"]]],
    ["The delegation of Lang Son province visited Guangxi, China", [["Lang Son", "Province"], ["Guangxi", "Province"], ["China", "Country"]]],
    ["the Russian Federation", [["Russia", "Country"]]],
    ["Đại sứ quán Liên bang Nga tại Việt Nam", [["Russia", "Country"], ["Vietnam", "Country"]]],
    ["Liên Bang Nga", [["Russia", "Country"]]],
    ["Chairman of the National Assembly of the Lao PDR", [["Laos", "Country"]]],
    ["CHDCND Lào và Cộng hòa Dân chủ Nhân dân Lào", [["Laos", "Country"], ["Laos", "Country"]]],
    ["Đại sứ Hàn Quốc tại Việt Nam", [["Republic of Korea", "Country"], ["Vietnam", "Country"]]],
    ["Ambassador of the Republic of Korea to Vietnam", [["Republic of Korea", "Country"], ["Vietnam", "Country"]]],
    ["29 Chinese delegations and Russian partners", [["China", "Country"], ["Russia", "Country"]]],
    ["Vietnamese volunteers", [["Vietnam", "Country"]]],
    ["thành phố Hà Nội", [["Hanoi", "City"]]],
    ["Hanoi and Ha Noi", [["Hanoi", "City"], ["Hanoi", "City"]]],
    ["TRÙNG KHÁNH - TRUNG TÂM LOGISTICS", [["Chongqing", "City"]]],
    ["thành phố Trùng Khánh", [["Chongqing", "City"]]],
    ["Chairman of the People's Council of Luang Prabang province", [["Luang Prabang Province", "Province"]]],
    ["Luang Prabang city and Hoi An city", [["Luang Prabang", "City"], ["Hoi An", "City"]]],
    ["Vientiane Capital, Laos", [["Vientiane", "City"], ["Laos", "Country"]]],
    ["thủ đô Viêng Chăn", [["Vientiane", "City"]]],
    ["Nam Ninh, Sùng Tả và Bằng Tường", [["Nanning", "City"], ["Chongzuo", "City"], ["Pingxiang", "City"]]],
    ["Khu tự trị dân tộc Choang Quảng Tây", [["Guangxi", "Province"]]],
    ["the Guangxi Zhuang Au-\ntonomous Region", [["Guangxi", "Province"]]],
    ["LẠNG SƠN", [["Lang Son", "Province"]]],
    ["LANG SON PROVINCE", [["Lang Son", "Province"]]],
    ["thành phố Lạng Sơn và TP. Cao Bằng", [["Lang Son City", "City"], ["Cao Bang City", "City"]]],
    ["Lang Son city", [["Lang Son City", "City"]]],
    ["Khánh Hòa, Khánh Hoà, Thanh Hoá", [["Khanh Hoa", "Province"], ["Khanh Hoa", "Province"], ["Thanh Hoa", "Province"]]],
    ["Thụy Điển, Thuỵ Điển", [["Sweden", "Country"], ["Sweden", "Country"]]],
    ["Đắk Lắk, Đăk Lăk and Daklak", [["Dak Lak", "Province"], ["Dak Lak", "Province"], ["Dak Lak", "Province"]]],
    ["Ba Ria - Vung Tau", [["Ba Ria - Vung Tau", "Province"]]],
    ["TP.HCM, TP Hồ Chí Minh and HCMC", [["Ho Chi Minh City", "City"], ["Ho Chi Minh City", "City"], ["Ho Chi Minh City", "City"]]],
    ["Kanagawa Prefecture và tỉnh Kanagawa", [["Kanagawa", "Province"], ["Kanagawa", "Province"]]],
    ["Liên Xô và Ả Rập Xê-út", [["Soviet Union", "Country"], ["Saudi Arabia", "Country"]]],
    ["Hội Hữu nghị Việt Nam - Liên bang Nga", [["Vietnam", "Country"], ["Russia", "Country"]]],
    ["Đồng Đăng - Lạng Sơn", [["Dong Dang", "City"], ["Lang Son", "Province"]]],
    ["the Nan- ning-Singapore corridor", [["Nanning", "City"], ["Singapore", "Country"]]],
    ["Huế", [["Hue", "City"]]],
    ["Thừa Thiên Huế", [["Thua Thien Hue", "Province"]]],
    // Ordinary words and phrases that contain a place name but do not name one.
    ["turkey sandwich with china plates", []],
    ["pháp luật và biện pháp", []],
    ["Pháp luật Việt Nam", [["Vietnam", "Country"]]],
    ["Nam", []],
    ["miền Nam và Nam Bộ", []],
    ["Bộ Y tế", []],
    ["Nguyễn Thị Huệ", []],
    ["Tập đoàn Xây dựng Thái Bình Dương", []],
    ["Chủ tịch Hồ Chí Minh", []],
    ["Đoàn TNCS Hồ Chí Minh", []],
    ["Huân chương Lao động hạng Ba", []],
    ["Ủy viên Trung ương Đảng", []],
    ["Ấn Độ Dương", []],
    ["Latin American countries", []],
    ["a US$5 million project", []],
  ];

  it.each(rows)("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it("returns offsets that slice the text to the surface", () => {
    for (const [text] of rows) {
      for (const m of findPlaces(text)) expect(text.slice(m.start, m.end)).toBe(m.surface);
    }
    const text = "Sở Ngoại vụ tỉnh Lạng\nSơn đón đoàn Quảng Tây (Trung Quốc)";
    expect(findPlaces(text).map((m) => m.surface)).toEqual(["Lạng\nSơn", "Quảng Tây", "Trung Quốc"]);
  });

  it("says how the place was named", () => {
    const via = (text: string) => findPlaces(text).map((m) => m.via);
    expect(via("Chinese delegation")).toEqual(["adjective"]);
    expect(via("Trung Quốc and China")).toEqual(["name", "name"]);
    expect(via("Russian Federation")).toEqual(["alias"]);
  });

  it("flags spellings that are also common words, and only those", () => {
    const ambiguity = (text: string) => findPlaces(text).map((m) => [m.surface, m.ambiguous]);
    expect(ambiguity("Anh và Vương quốc Anh")).toEqual([["Anh", true], ["Vương quốc Anh", false]]);
    expect(ambiguity("Nga, Liên bang Nga")).toEqual([["Nga", true], ["Liên bang Nga", false]]);
    expect(ambiguity("Jordan and Turkey")).toEqual([["Jordan", true], ["Turkey", false]]);
    expect(ambiguity("Hue and Huế")).toEqual([["Hue", true], ["Huế", false]]);
  });

  it("keeps every candidate of a span, the preferred one first", () => {
    const [match] = findPlaces("tỉnh Hà Nam");
    expect(match?.place.key).toBe("province:vn:ha-nam");
    expect(match?.candidates.map((p) => p.key)).toEqual(["province:vn:ha-nam", "province:cn:henan"]);
  });

  it.each([
    ...rows.map(([text]) => text),
    "Guang-\nxi and Nan- ning, Quảng\u00ad\nTây",
    "5G Lào, Lào5, Vietnam-Laos, U.S.-China",
    "Lạng Sơn\u0301 Hà\u0301Nội, 𝐀 Lào",
  ])("finds the same places in %j with the text's tokens", (text) => {
    expect(findPlaces(text, tokenize(text))).toEqual(findPlaces(text));
  });

  it("finds the same places in any text with the text's tokens", () => {
    const piece = fc.oneof(
      fc.constantFrom("Lạng", "Sơn", "Lang", "Son", "Quảng", "Tây", "Trung", "Quốc", "Guangxi", "Nanning", "Nan", "ning", "Hà", "Nội", "Lào", "Anh", "US", "5", "G"),
      fc.constantFrom(" ", "\n", "-", "- ", "-\n", "\u00ad\n", ".", ",", "'", "’", "$", "\u0301", "𝐀"),
      fc.string({ unit: "grapheme", maxLength: 2 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join("");
        expect(findPlaces(text, tokenize(text))).toEqual(findPlaces(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("lookupPlace", () => {
  const keys = (surface: string) => lookupPlace(surface).map((p) => p.key);

  it("finds a name by its folded form", () => {
    expect(keys("LANG SON")).toContain("province:vn:lang-son");
    expect(keys("Trùng Khánh")).toEqual(["city:cn:chongqing"]);
    expect(keys("the United States")).toEqual(["country:us"]);
  });

  it("gives both the province and the city where they share a name", () => {
    expect(keys("Luang Prabang province")).toEqual(["province:la:luang-prabang-province", "city:la:luang-prabang"]);
    expect(keys("Lạng Sơn")).toEqual(["province:vn:lang-son", "city:vn:lang-son-city"]);
    expect(keys("thành phố Lạng Sơn")[0]).toBe("city:vn:lang-son-city");
  });

  it("never resolves a bare compass word", () => {
    expect(lookupPlace("Nam")).toEqual([]);
    expect(lookupPlace("tỉnh Nam")).toEqual([]);
  });
});

describe("gazetteer data", () => {
  const places = allPlaces();

  it("has unique keys and complete entries", () => {
    expect(new Set(places.map((p) => p.key)).size).toBe(places.length);
    for (const p of places) {
      expect(p.name, p.key).toBeTruthy();
      expect(["Country", "Province", "City"], p.key).toContain(p.label);
      expect(p.country, p.key).toMatch(/^[A-Z]{2}$/);
      expect(p.key, p.key).toMatch(/^(country|province|city):[a-z0-9-:]+$/);
    }
  });

  it("links cities to first-level units of their own country", () => {
    for (const p of places.filter((x) => x.parent)) {
      const parent = getPlace(p.parent as string);
      expect(parent?.country, p.key).toBe(p.country);
      expect(parent?.parent, p.key).toBeUndefined();
    }
  });

  it("lists every ambiguous spelling among the place's own names", () => {
    for (const p of places) {
      const names = new Set([p.name, p.nameVi ?? "", ...p.aliases].map(foldText));
      for (const a of p.ambiguousAliases ?? []) expect(names.has(foldText(a)), `${p.key}: ${a}`).toBe(true);
    }
  });

  it("spells Vietnamese names in both tone placements", () => {
    for (const p of places) {
      const spellings = new Set([p.name, p.nameVi, ...p.aliases]);
      for (const s of spellings) {
        if (!s) continue;
        for (const v of toneVariants(s)) expect(spellings.has(v), `${p.key}: ${s} -> ${v}`).toBe(true);
      }
    }
  });

  it("keeps stop phrases apart from place names", () => {
    const names = new Set(places.flatMap((p) => [p.name, p.nameVi ?? "", ...p.aliases]).map(foldText));
    for (const phrase of Object.values(stopPhrasesJson).flat()) expect(names.has(foldText(phrase)), phrase).toBe(false);
  });

  it("has every ISO 3166 country, as build-countries.ts writes them", () => {
    const committed = readFileSync(new URL("./countries.json", import.meta.url), "utf8");
    expect(committed).toBe(formatCountries(buildCountries()));
    const codes = new Set(places.filter((p) => p.label === "Country").map((p) => p.iso2));
    for (const code of ["VN", "CN", "LA", "KH", "RU", "US", "GB", "KR", "KP", "SU", "ZW"]) expect(codes.has(code), code).toBe(true);
    expect(codes.has("HK")).toBe(false);
    expect(lookupPlace("Hồng Kông").map((p) => p.key)).toEqual(["province:cn:hong-kong"]);
  });

  const VN_BEFORE_2025 = [
    "Hà Nội", "Hải Phòng", "Đà Nẵng", "Thành phố Hồ Chí Minh", "Cần Thơ",
    "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương", "Bình Định",
    "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai",
    "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum",
    "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ",
    "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh",
    "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long",
    "Vĩnh Phúc", "Yên Bái",
  ];
  const VN_AFTER_2025 = [
    "Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Thành phố Hồ Chí Minh", "Cần Thơ",
    "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng",
    "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Ninh Bình", "Quảng Trị", "Quảng Ngãi",
    "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Đồng Nai", "Tây Ninh", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
  ];
  const firstLevelVn = (name: string) => lookupPlace(name).filter((p) => p.country === "VN" && p.label !== "Country" && !p.parent);

  it("covers the 63 Vietnamese provinces and centrally-run cities before the 2025 merger", () => {
    expect(VN_BEFORE_2025).toHaveLength(63);
    for (const name of VN_BEFORE_2025) expect(firstLevelVn(name), name).not.toHaveLength(0);
    expect(new Set(VN_BEFORE_2025.map((n) => firstLevelVn(n)[0]?.key)).size).toBe(63);
  });

  it("resolves all 34 units that exist since 1 July 2025, and points merged provinces to them", () => {
    expect(VN_AFTER_2025).toHaveLength(34);
    for (const name of VN_AFTER_2025) expect(firstLevelVn(name).some((p) => !p.until), name).toBe(true);
    expect(getPlace("province:vn:ha-giang")?.mergedInto).toBe("province:vn:tuyen-quang");
    expect(getPlace("province:vn:thua-thien-hue")?.mergedInto).toBe("city:vn:hue");
    const current = places.filter((p) => p.country === "VN" && p.label !== "Country" && !p.parent && !p.until);
    expect(current).toHaveLength(34);
  });

  it("labels centrally-run and Chinese municipal cities as City, provinces as Province", () => {
    const label = (key: string) => getPlace(key)?.label;
    for (const key of ["city:vn:hanoi", "city:vn:ho-chi-minh-city", "city:vn:hue", "city:cn:beijing", "city:cn:chongqing"]) expect(label(key), key).toBe("City");
    for (const key of ["province:cn:guangxi", "province:la:luang-prabang-province", "province:jp:kanagawa"]) expect(label(key), key).toBe("Province");
    expect((placesJson as unknown[]).length).toBe(places.filter((p) => p.label !== "Country").length);
  });
});
