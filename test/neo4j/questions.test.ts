/** The questions the app asks (cypher/read/), against the real Neo4j loaded with the samples. */
import neo4j, { type Node, type Relationship } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { useSamplesDatabase } from "../setup/samples-database.ts";

describe("the questions users ask, on the samples", () => {
  const { read } = useSamplesDatabase();

  it("who met whom: the people one person met, and only meetings in a date range", async () => {
    const ego = await read("people-who-met", { personId: "person:tran-hong-ha", depth: neo4j.int(1), from: null, to: null, country: null, limit: neo4j.int(500) });
    const names = (ego[0]!.get("people") as Node[]).map((p) => p.properties.name as string).sort();
    expect(names).toContain("Hoang Van Nghiem");
    expect(names).toContain("Gennady Stepanovich Bezdetko");
    const meetings = ego[0]!.get("meetings") as Relationship[];
    expect(meetings.every((m) => (m.properties.count as number | { toNumber(): number }) !== undefined)).toBe(true);

    const in2024 = await read("people-who-met", { personId: null, depth: neo4j.int(1), from: "2024-01-01", to: "2024-12-31", country: null, limit: neo4j.int(500) });
    const people2024 = (in2024[0]!.get("people") as Node[]).map((p) => p.properties.name as string);
    expect(people2024).toContain("Nguyen Van Son");
    expect(people2024).not.toContain("Tran Hong Ha");
  });

  it("who met whom: meetings of one person with people from one country", async () => {
    const records = await read("people-who-met", { personId: "person:ho-tien-thieu", depth: neo4j.int(1), from: null, to: null, country: "CN", limit: neo4j.int(500) });
    const names = (records[0]!.get("people") as Node[]).map((p) => p.properties.name as string);
    expect(names).toContain("Lan Tianli");
    expect(names).not.toContain("Choi Youngsam");
  });

  it("lists the meetings behind a MET edge with the place, who else was there and the sources", async () => {
    const records = await read("meetings-between-people", { a: "person:nguyen-van-son", b: "person:viengthong-hatsachanh" });
    expect(records.length).toBeGreaterThan(0);
    const signing = records[0]!;
    expect(signing.get("type")).toBe("signing");
    expect(signing.get("date")).toBe("2024-10-17");
    expect(signing.get("others")).toContain("Tran Thanh Man");
    expect((signing.get("quotes") as string[]).join(" ")).toContain("sister city");
  });

  it("partner network: the partners of a place, with the agreements both signed", async () => {
    const records = await read("partner-network", { placeId: "city:vn:hoi-an", country: null, limit: neo4j.int(500) });
    const partners = records.map((r) => (r.get("b") as Node).properties.name as string);
    expect(partners).toContain("Luang Prabang");
    const agreements = records.flatMap((r) => (r.get("agreements") as Node[]).map((a) => a.properties.kind as string));
    expect(agreements).toContain("sister-city agreement");
  });

  it("paths: the shortest paths between two people, not through documents", async () => {
    const records = await read("paths-between-entities", { from: "person:hoang-van-nghiem", to: "person:tran-hong-ha", maxLength: neo4j.int(4), limit: neo4j.int(50) });
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) {
      const segments = (r.get("p") as { segments: { relationship: Relationship }[] }).segments;
      expect(segments.every((s) => s.relationship.type !== "MENTIONED_IN")).toBe(true);
    }
  });

  it("timeline: dated events in a range, oldest first, with participants and a source", async () => {
    const records = await read("events-in-time", { from: "2025-05-01", to: "2025-05-31", limit: neo4j.int(500) });
    const dates = records.map((r) => r.get("date") as string);
    expect(dates.length).toBeGreaterThan(0);
    expect([...dates].sort()).toEqual(dates);
    // A partial date counts as its span: "2025-05" and "2025" both reach into May 2025.
    expect(dates.every((d) => d.startsWith("2025-05") || d === "2025")).toBe(true);
    const all = await read("events-in-time", { from: null, to: null, limit: neo4j.int(5000) });
    const inMay = all.map((r) => r.get("date") as string).filter((d) => d.startsWith("2025-05") || d === "2025");
    expect(dates).toEqual(inMay);
    const reception = records.find((r) => r.get("date") === "2025-05-06");
    expect(reception?.get("quote")).toBeTruthy();
  });

  it("top connectors per label", async () => {
    const records = await read("top-connectors", { label: "Person", limit: neo4j.int(5) });
    expect(records).toHaveLength(5);
    const degrees = records.map((r) => Number(r.get("degree")));
    expect([...degrees].sort((a, b) => b - a)).toEqual(degrees);
    expect(records.every((r) => r.get("label") === "Person")).toBe(true);
  });
});
