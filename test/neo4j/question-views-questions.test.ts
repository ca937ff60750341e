/** The questions the views added (cypher/read/), against the real Neo4j loaded with the samples. */
import neo4j, { type Node, type Relationship } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { useSamplesDatabase } from "../setup/samples-database.ts";

describe("the views' own questions, on the samples", () => {
  const samples = useSamplesDatabase();
  const read = samples.read;
  const count = async (cypher: string, params: Record<string, unknown> = {}) => {
    const { records } = await samples.driver.executeQuery(cypher, params, { database: samples.database });
    return Number(records[0]!.get(0));
  };

  it("who met whom in a range counts a meeting dated only by its month", async () => {
    const [february] = await read("people-who-met", { personId: null, depth: neo4j.int(1), from: "2025-02-01", to: "2025-02-28", country: null, limit: neo4j.int(500) });
    const ids = (february!.get("meetings") as Relationship[]).map((m) => m.properties.id);
    expect(ids).toContain("MET|person:chen-gang|person:hoang-van-nghiem");
    for (const m of february!.get("meetings") as Relationship[]) {
      expect((m.properties.dates as string[]).some((d) => d.startsWith("2025-02"))).toBe(true);
    }
  });

  it("lists the agreements behind a partnership with who signed and who witnessed", async () => {
    const records = await read("agreements-between-places", { a: "city:vn:hoi-an", b: "city:la:luang-prabang" });
    expect(records).toHaveLength(1);
    const sister = records[0]!;
    expect(sister.get("kind")).toBe("sister-city agreement");
    expect(sister.get("date")).toBe("2024-10-17");
    expect([...(sister.get("signatories") as string[])].sort()).toEqual(["Nguyen Van Son", "Viengthong Hatsachanh"]);
    expect(sister.get("witnesses")).toContain("Tran Thanh Man");
    expect(sister.get("event")).toContain("Signing");

    const langSon = await read("agreements-between-places", { a: "province:vn:lang-son", b: "province:cn:guangxi" });
    const both = await count("MATCH (:Entity {id: 'province:vn:lang-son'})-[:PARTY_TO]->(g:Agreement)<-[:PARTY_TO]-(:Entity {id: 'province:cn:guangxi'}) RETURN count(DISTINCT g)");
    expect(langSon).toHaveLength(both);
    expect(both).toBeGreaterThan(1);
    const dates = langSon.map((r) => (r.get("date") as string | null) ?? "9999");
    expect([...dates].sort()).toEqual(dates);
  });

  it("counts dated events by month, a year-only date in its January", async () => {
    const records = await read("event-counts-by-month");
    const months = records.map((r) => String(r.get("month")));
    expect([...months].sort()).toEqual(months);
    expect(months.every((m) => /^\d{4}-\d{2}$/.test(m))).toBe(true);
    const total = records.reduce((sum, r) => sum + Number(r.get("count")), 0);
    expect(total).toBe(await count("MATCH (e:Event) WHERE e.date IS NOT NULL RETURN count(e)"));
    const may = records.find((r) => r.get("month") === "2025-05");
    expect(Number(may?.get("count"))).toBe(await count("MATCH (e:Event) WHERE e.date STARTS WITH '2025-05' RETURN count(e)"));
  });

  it("draws the events of a range with who attended and where, partial dates as their span", async () => {
    const records = await read("event-network-in-time", { from: "2025-05-01", to: "2025-05-31", limit: neo4j.int(500) });
    const events = records.map((r) => r.get("e") as Node);
    expect(events.length).toBe(await count("MATCH (e:Event) WHERE e.date STARTS WITH '2025-05' RETURN count(e)"));
    expect(events.some((e) => e.properties.date === "2025-05")).toBe(true);
    for (const r of records) {
      const event = r.get("e") as Node;
      for (const a of r.get("attended") as Relationship[]) expect(a.endNodeElementId).toBe(event.elementId);
      for (const h of r.get("heldIn") as Relationship[]) expect(h.startNodeElementId).toBe(event.elementId);
      expect((r.get("people") as Node[]).length).toBe((r.get("attended") as Relationship[]).length);
    }
    const reception = records.find((r) => (r.get("e") as Node).properties.date === "2025-05-06");
    expect((reception?.get("people") as Node[]).map((p) => p.properties.name)).toContain("Tran Hong Ha");
  });
});
