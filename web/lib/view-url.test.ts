import { describe, expect, it } from "vitest";
import { DEFAULT_QUESTION, EMPTY_VIEW, type ViewState } from "./view-state.ts";
import { viewFromSearchParams, viewToSearchParams } from "./view-url.ts";

describe("the view in the URL", () => {
  const view: ViewState = {
    nodes: ["person:tran-hong-ha", "country:vn", "agreement:a~b,c"],
    expansions: [
      { id: "person:tran-hong-ha", loaded: 3, types: [] },
      { id: "agreement:a~b,c", loaded: 50, types: ["MET", "SIGNED"] },
    ],
    hidden: ["country:vn"],
    filters: { labels: ["Person", "Event"], types: ["MET"], countries: ["VN", "CN"], from: "2020-01-01", to: "2025-06", minConfidence: 0.7 },
    layout: "concentric",
    selection: { kind: "edge", id: "MET|a|b", source: "person:tran-hong-ha" },
    limit: 3,
    question: { ...DEFAULT_QUESTION, view: "met", person: "person:tran-hong-ha", depth: 2, metCountry: "CN", pathFrom: "a~b", pathTo: "c", maxLength: 3, measure: "pagerank" },
    answer: null,
  };

  it("survives a round trip, ids with separators included", () => {
    const url = viewToSearchParams(view).toString();
    expect(viewFromSearchParams(new URLSearchParams(url))).toEqual(view);
  });

  it("writes nothing for the default view", () => {
    expect(viewToSearchParams(EMPTY_VIEW).toString()).toBe("");
    expect(viewFromSearchParams(new URLSearchParams(""))).toEqual(EMPTY_VIEW);
  });

  it.each([
    ["labels=Person,Robot", { labels: ["Person"] }],
    ["types=MET,DROP_TABLE", { types: ["MET"] }],
    ["conf=7", { minConfidence: 1 }],
    ["conf=abc", { minConfidence: 0 }],
    ["from=yesterday&to=2024", { from: null, to: "2024" }],
    ["countries=vn,Viet Nam", { countries: ["VN"] }],
  ])("keeps only valid filter values from %s", (query, expected) => {
    expect(viewFromSearchParams(new URLSearchParams(query)).filters).toMatchObject(expected);
  });

  it.each([
    ["limit=0", 50],
    ["limit=3", 3],
    ["limit=99999", 500],
    ["limit=2.5", 50],
  ])("reads %s as a page size of %i", (query, limit) => {
    expect(viewFromSearchParams(new URLSearchParams(query)).limit).toBe(limit);
  });

  it("ignores malformed expansions and unknown layouts", () => {
    const parsed = viewFromSearchParams(new URLSearchParams("x=abc&x=-1~~a&x=2~~person:x&layout=spiral"));
    expect(parsed.expansions).toEqual([{ id: "person:x", loaded: 2, types: [] }]);
    expect(parsed.layout).toBe("fcose");
  });

  it.each([
    ["view=spiral", { view: "explore" }],
    ["view=paths&maxLength=9", { view: "paths", maxLength: 4 }],
    ["view=met&depth=0", { view: "met", depth: 1 }],
    ["depth=3&measure=fame", { depth: 3, measure: "degree" }],
    ["metCountry=cn&partnerCountry=China", { metCountry: "CN", partnerCountry: null }],
    ["place=province:vn:lang-son&person=", { place: "province:vn:lang-son", person: null }],
  ])("keeps only valid view parameters from %s", (query, expected) => {
    expect(viewFromSearchParams(new URLSearchParams(query)).question).toMatchObject(expected);
  });

  it("names the question the canvas answers, not its entities, and only what differs from the form", () => {
    const answered: ViewState = { ...view, expansions: [], answer: { view: "met", person: "person:tran-hong-ha", depth: 2, from: "2020-01-01", to: null, country: "CN" } };
    const params = viewToSearchParams(answered);
    expect(params.getAll("n")).toEqual([]);
    expect([...params.keys()].filter((k) => k.startsWith("asked"))).toEqual(["asked", "asked.to"]);
    expect(params.get("asked.to")).toBe("");
    expect(viewFromSearchParams(params)).toEqual({ ...answered, nodes: [] });
  });

  it("lists the entities drawn before paths were added beside them, and asks for the paths again", () => {
    const answer = { view: "paths", from: "a~b", to: "c", maxLength: 4, base: 2 } as const;
    const params = viewToSearchParams({ ...view, answer });
    expect(params.getAll("n")).toEqual(view.nodes.slice(0, 2));
    expect(params.get("asked.maxLength")).toBe("4");
    expect(viewFromSearchParams(params)).toEqual({ ...view, nodes: view.nodes.slice(0, 2), answer });
  });

  it.each([
    ["asked=spiral", null],
    ["asked=paths&pathFrom=a", null],
    ["asked=timeline&from=2024&asked.from=&asked.to=soon", { view: "timeline", from: null, to: null }],
    ["asked=partners&place=city:x&partnerCountry=CN", { view: "partners", place: "city:x", country: null }],
    ["asked=met&asked.depth=7&asked.country=china", { view: "met", person: null, depth: 1, from: null, to: null, country: null }],
  ])("reads the asked question from %s as %j", (query, expected) => {
    expect(viewFromSearchParams(new URLSearchParams(query)).answer).toEqual(expected);
  });

  it("writes only what differs from the default question", () => {
    const params = viewToSearchParams({ ...EMPTY_VIEW, question: { ...DEFAULT_QUESTION, view: "partners", place: "province:vn:lang-son" } });
    expect(params.toString()).toBe("view=partners&place=province%3Avn%3Alang-son");
  });
});
