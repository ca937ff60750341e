import { describe, expect, it } from "vitest";
import { edgeId, edgeIdParts, entityId } from "./ids.ts";
import { canonicalJson, mergeGraphs, problemsOf } from "./merge-graphs.ts";
import type { DocumentGraph, GraphEdge, GraphNode } from "./model.ts";

const HA = "person:tran-hong-ha";
const ITO = "person:ito-naoki";
const VN = "country:vn";

function person(id: string, over: Partial<GraphNode> = {}): GraphNode {
  return { id, label: "Person", name: id === HA ? "Tran Hong Ha" : "Ito Naoki", nameVi: null, aliases: [], props: {}, ...over };
}

function edge(type: GraphEdge["type"], source: string, target: string, doc: string, over: Partial<GraphEdge> = {}): GraphEdge {
  return { id: edgeId(type, source, target), type, source, target, props: {}, evidence: [{ doc, start: 0, end: 5, quote: "q" }], rule: "r", confidence: 0.5, ...over };
}

function doc(id: string, nodes: GraphNode[], edges: GraphEdge[] = []): DocumentGraph {
  return { document: { id, path: `${id}.txt`, title: null, date: null, datePrecision: null, lang: "en", text: "", extractor: "x-test" }, nodes, edges };
}

const country: GraphNode = { id: VN, label: "Country", name: "Vietnam", nameVi: "Việt Nam", aliases: [], props: { iso2: "VN" } };

describe("ids", () => {
  it("gives the same id to every spelling of a name", () => {
    expect(entityId("Person", "Trần Hồng Hà")).toBe(entityId("Person", "TRAN HONG HA"));
    expect(entityId("Province", "Lạng Sơn")).toBe("province:lang-son");
  });

  it("sorts the ends of symmetric relationships only, and reads them back", () => {
    expect(edgeId("MET", "person:b", "person:a")).toBe(edgeId("MET", "person:a", "person:b"));
    expect(edgeId("AFFILIATED_WITH", "person:b", "country:a")).not.toBe(edgeId("AFFILIATED_WITH", "country:a", "person:b"));
    expect(edgeIdParts("MET|person:a|person:b")).toEqual({ type: "MET", source: "person:a", target: "person:b" });
    expect(edgeIdParts("person:a")).toBeNull();
  });
});

describe("uniting the documents' graphs", () => {
  // [what, documents, what the united graph says]
  const cases: [string, DocumentGraph[], (merged: ReturnType<typeof mergeGraphs>) => unknown, unknown][] = [
    [
      "aliases: a union, the most used first, never the name itself",
      [doc("doc-a", [person(HA, { aliases: ["Trần Hồng Hà"] })]), doc("doc-b", [person(HA, { aliases: ["Tran Hong Ha", "Phó Thủ tướng Hà", "Trần Hồng Hà"] })]), doc("doc-c", [person(HA)])],
      (m) => m.nodes[0]!.aliases,
      ["Trần Hồng Hà", "Phó Thủ tướng Hà"],
    ],
    [
      "a name: the one most documents use",
      [doc("doc-a", [person(HA, { name: "TRAN HONG HA" })]), doc("doc-b", [person(HA)]), doc("doc-c", [person(HA)])],
      (m) => m.nodes[0]!.name,
      "Tran Hong Ha",
    ],
    [
      "nameVi: the most used one that is given",
      [doc("doc-a", [person(HA, { nameVi: "Trần Hồng Hà" })]), doc("doc-b", [person(HA)])],
      (m) => m.nodes[0]!.nameVi,
      "Trần Hồng Hà",
    ],
    [
      "list properties (titles): united",
      [doc("doc-a", [person(HA, { props: { titles: ["Deputy Prime Minister"] } })]), doc("doc-b", [person(HA, { props: { titles: ["Minister"] } })])],
      (m) => m.nodes[0]!.props.titles,
      ["Deputy Prime Minister", "Minister"],
    ],
    [
      "evidence: every document's, sorted by document and offset, each place once",
      [
        doc("doc-b", [person(HA), country], [edge("AFFILIATED_WITH", HA, VN, "doc-b")]),
        doc("doc-a", [person(HA), country], [edge("AFFILIATED_WITH", HA, VN, "doc-a", { evidence: [{ doc: "doc-a", start: 9, end: 12, quote: "x" }, { doc: "doc-a", start: 0, end: 5, quote: "q" }] })]),
      ],
      (m) => m.edges[0]!.evidence.map((e) => `${e.doc}@${e.start}`),
      ["doc-a@0", "doc-a@9", "doc-b@0"],
    ],
    [
      "confidence: the highest, with the rule that gave it",
      [
        doc("doc-a", [person(HA), country], [edge("AFFILIATED_WITH", HA, VN, "doc-a", { rule: "weak", confidence: 0.6 })]),
        doc("doc-b", [person(HA), country], [edge("AFFILIATED_WITH", HA, VN, "doc-b", { rule: "strong", confidence: 0.9 })]),
      ],
      (m) => [m.edges[0]!.rule, m.edges[0]!.confidence],
      ["strong", 0.9],
    ],
    [
      "MET: events united (a shared event once), count and dates recomputed; ends in canonical order",
      [
        doc("doc-a", [person(HA), person(ITO), { id: "event:e1", label: "Event", name: "e1", nameVi: null, aliases: [], props: { date: "2025-05-12" } }], [
          edge("MET", ITO, HA, "doc-a", { props: { events: ["event:e1"], count: 1, dates: ["2025-05-12"] } }),
        ]),
        doc("doc-b", [person(HA), person(ITO), { id: "event:e1", label: "Event", name: "e1", nameVi: null, aliases: [], props: { date: "2025-05-12" } }, { id: "event:e2", label: "Event", name: "e2", nameVi: null, aliases: [], props: { date: "2025-06-03" } }], [
          edge("MET", HA, ITO, "doc-b", { props: { events: ["event:e2", "event:e1"], count: 2, dates: ["2025-05-12", "2025-06-03"] } }),
        ]),
      ],
      (m) => m.edges.map((e) => [e.source, e.target, e.props]),
      [[ITO, HA, { events: ["event:e1", "event:e2"], count: 2, dates: ["2025-05-12", "2025-06-03"], firstDate: "2025-05-12", lastDate: "2025-06-03" }]],
    ],
    [
      "PARTNERS_WITH: kinds united, strength the highest",
      [
        doc("doc-a", [country, { ...country, id: "country:jp", name: "Japan" }], [edge("PARTNERS_WITH", VN, "country:jp", "doc-a", { props: { kinds: ["trade"], strength: 1 } })]),
        doc("doc-b", [country, { ...country, id: "country:jp", name: "Japan" }], [edge("PARTNERS_WITH", VN, "country:jp", "doc-b", { props: { kinds: ["trade", "education"], strength: 3 } })]),
      ],
      (m) => m.edges[0]!.props,
      { kinds: ["trade", "education"], strength: 3 },
    ],
    [
      "a document's own relationships (MENTIONED_IN) stay as extracted",
      [doc("doc-a", [person(HA)], [edge("MENTIONED_IN", HA, "doc-a", "doc-a", { rule: "seen", props: { x: ["b", "a"] } })])],
      (m) => [m.edges[0]!.rule, m.edges[0]!.props],
      ["seen", { x: ["b", "a"] }],
    ],
  ];

  it.each(cases)("%s", (_what, docs, pick, expected) => {
    expect(pick(mergeGraphs(docs))).toEqual(expected);
  });

  it("does not depend on the order of the documents", () => {
    const docs = cases.flatMap(([, d]) => d).filter((d, i, all) => all.findIndex((x) => x.document.id === d.document.id) === i);
    expect(canonicalJson(mergeGraphs([...docs].reverse()))).toBe(canonicalJson(mergeGraphs(docs)));
  });
});

describe("what the writer refuses", () => {
  const ok = doc("doc-a", [person(HA), country], [edge("AFFILIATED_WITH", HA, VN, "doc-a"), edge("MENTIONED_IN", HA, "doc-a", "doc-a")]);
  it.each<[string, DocumentGraph, RegExp | null]>([
    ["a consistent graph", ok, null],
    ["an edge to an entity the document lacks", { ...ok, nodes: [person(HA)] }, /ends at country:vn/],
    ["an id that does not name type and ends", { ...ok, edges: [{ ...ok.edges[0]!, id: "AFFILIATED_WITH|x|y" }] }, /does not name/],
    ["evidence from another document", { ...ok, edges: [edge("AFFILIATED_WITH", HA, VN, "doc-z")] }, /cites document doc-z/],
    ["a list with null in it", { ...ok, nodes: [person(HA, { props: { titles: ["a", null] as unknown as string[] } }), country] }, /cannot be stored/],
    ["a label outside the allow-list", { ...ok, nodes: [person(HA, { label: "Admin" as "Person" }), country] }, /not one of/],
  ])("%s", (_what, graph, problem) => {
    const found = problemsOf(graph);
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeNull();
  });
});
