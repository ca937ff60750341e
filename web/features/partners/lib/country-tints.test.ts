import { describe, expect, it } from "vitest";
import type { NodeData } from "../../../lib/records-to-elements.ts";
import { COUNTRY_PALETTE, OTHER_COUNTRIES, countryTints } from "./country-tints.ts";

const place = (id: string, label: string, country: string): NodeData => ({ id, label, name: id, ...(label === "Country" ? { iso2: country } : { country }) });

describe("places coloured by country", () => {
  it("gives the most represented country the first colour, and a country's places its colour", () => {
    const { tints, legend } = countryTints([
      place("province:cn:guangxi", "Province", "CN"),
      place("province:vn:lang-son", "Province", "VN"),
      place("city:vn:lang-son-city", "City", "VN"),
      place("country:vn", "Country", "VN"),
      place("country:cn", "Country", "CN"),
      place("country:fr", "Country", "FR"),
      { id: "person:x", label: "Person", name: "X", country: "VN" },
    ]);
    expect(legend).toEqual([
      { country: "VN", color: COUNTRY_PALETTE[0], places: 3 },
      { country: "CN", color: COUNTRY_PALETTE[1], places: 2 },
      { country: "FR", color: COUNTRY_PALETTE[2], places: 1 },
    ]);
    expect(tints.get("city:vn:lang-son-city")).toBe(COUNTRY_PALETTE[0]);
    expect(tints.get("country:cn")).toBe(COUNTRY_PALETTE[1]);
    expect(tints.has("person:x")).toBe(false);
  });

  it("shares one colour among the countries past the palette", () => {
    const many = Array.from({ length: COUNTRY_PALETTE.length + 2 }, (_, i) => place(`country:${i}`, "Country", `C${String.fromCharCode(65 + i)}`));
    const { legend } = countryTints(many);
    expect(new Set(legend.slice(0, COUNTRY_PALETTE.length).map((l) => l.color)).size).toBe(COUNTRY_PALETTE.length);
    expect(legend.slice(COUNTRY_PALETTE.length).map((l) => l.color)).toEqual([OTHER_COUNTRIES, OTHER_COUNTRIES]);
  });
});
