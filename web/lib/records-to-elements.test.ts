import neo4j, { Node, Path, PathSegment, Record as Neo4jRecord, Relationship } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { listOf, primaryLabel, recordsToElements, stringsOf, textOf, toElements, toPlain } from "./records-to-elements.ts";

describe("toPlain", () => {
  it.each([
    [neo4j.int(42), 42],
    [neo4j.int("9007199254740993"), "9007199254740993"],
    [[neo4j.int(1), neo4j.int(2)], [1, 2]],
    [{ a: neo4j.int(3), b: "x" }, { a: 3, b: "x" }],
    [new neo4j.types.Date(2025, 5, 6), "2025-05-06"],
    [null, null],
    ["Lạng Sơn", "Lạng Sơn"],
  ])("turns %o into %o", (input, expected) => {
    expect(toPlain(input)).toEqual(expected);
  });
});

describe("toElements", () => {
  const person = new Node(neo4j.int(1), ["Entity", "Person"], { id: "person:tran-hong-ha", name: "Tran Hong Ha", mentions: neo4j.int(3) }, "4:x:1");
  const country = new Node(neo4j.int(2), ["Country", "Entity"], { id: "country:vn", name: "Vietnam" }, "4:x:2");
  const affiliated = new Relationship(
    neo4j.int(7),
    neo4j.int(1),
    neo4j.int(2),
    "AFFILIATED_WITH",
    { id: "AFFILIATED_WITH|person:tran-hong-ha|country:vn", confidence: 0.9, evidenceStarts: [neo4j.int(10)] },
    "5:x:7",
    "4:x:1",
    "4:x:2",
  );
  const dangling = new Relationship(neo4j.int(8), neo4j.int(1), neo4j.int(99), "MET", { id: "MET|a|b" }, "5:x:8", "4:x:1", "4:x:99");

  it("uses our ids, the own label, and plain numbers", () => {
    const elements = toElements([person, country], [affiliated, dangling]);
    expect(elements.nodes.map((n) => n.data)).toEqual([
      { id: "person:tran-hong-ha", label: "Person", name: "Tran Hong Ha", mentions: 3 },
      { id: "country:vn", label: "Country", name: "Vietnam" },
    ]);
    expect(elements.edges).toEqual([
      {
        data: {
          id: "AFFILIATED_WITH|person:tran-hong-ha|country:vn",
          source: "person:tran-hong-ha",
          target: "country:vn",
          type: "AFFILIATED_WITH",
          confidence: 0.9,
          evidenceStarts: [10],
        },
      },
    ]);
  });

  it("never returns the shared Entity label as the node's label", () => {
    expect(primaryLabel(["Entity", "City"])).toBe("City");
    expect(primaryLabel(["Document"])).toBe("Document");
  });
});

describe("recordsToElements", () => {
  const node = (n: number, label: string, id: string, extra: Record<string, unknown> = {}) =>
    new Node(neo4j.int(n), ["Entity", label], { id, name: id, ...extra }, `4:x:${n}`);
  const rel = (n: number, from: Node, to: Node, type: string, props: Record<string, unknown> = {}) =>
    new Relationship(neo4j.int(n), from.identity, to.identity, type, { id: `${type}|${from.properties.id}|${to.properties.id}`, ...props }, `5:x:${n}`, from.elementId, to.elementId);
  const ha = node(1, "Person", "person:ha", { titles: ["Deputy Prime Minister"] });
  const son = node(2, "Person", "person:son");
  const vn = node(3, "Country", "country:vn", { iso2: "VN" });
  const met = rel(10, ha, son, "MET", { count: neo4j.int(4), confidence: 0.85, events: ["event:a", "event:b"] });
  const affiliated = rel(11, son, vn, "AFFILIATED_WITH");

  it("draws nodes and relationships from any column, lists and paths included, once each", () => {
    const path = new Path(ha, vn, [new PathSegment(ha, met, son), new PathSegment(son, affiliated, vn)]);
    const records = [
      new Neo4jRecord(["n", "neighbours", "direct", "total"], [ha, [son, vn], [met], neo4j.int(2)]),
      new Neo4jRecord(["p"], [path]),
    ];
    const elements = recordsToElements(records);
    expect(elements.nodes.map((n) => n.data.id)).toEqual(["person:ha", "person:son", "country:vn"]);
    expect(elements.edges.map((e) => e.data.id)).toEqual(["MET|person:ha|person:son", "AFFILIATED_WITH|person:son|country:vn"]);
  });

  it("converts Neo4j integers in properties, lists and facts to numbers", () => {
    const records = [new Neo4jRecord(["n", "m", "r", "facts"], [ha, son, met, [{ id: "person:ha", degree: neo4j.int(10) }, { id: "person:son", degree: neo4j.int(11) }]])];
    const { nodes, edges } = recordsToElements(records);
    expect(nodes.map((n) => n.data.degree)).toEqual([10, 11]);
    expect(edges[0]!.data).toMatchObject({ source: "person:ha", target: "person:son", type: "MET", count: 4, events: ["event:a", "event:b"] });
    expect(typeof edges[0]!.data.count).toBe("number");
  });

  it("leaves out relationships whose other end was not returned", () => {
    expect(recordsToElements([new Neo4jRecord(["n", "r"], [ha, affiliated])]).edges).toEqual([]);
  });

  it("gives an empty result for no records or null columns", () => {
    expect(recordsToElements([])).toEqual({ nodes: [], edges: [] });
    expect(recordsToElements([new Neo4jRecord(["n", "facts"], [null, null])])).toEqual({ nodes: [], edges: [] });
  });
});

describe("reading columns of plain rows", () => {
  it.each([
    ["Lạng Sơn", "Lạng Sơn", [], []],
    ["", null, [], []],
    [null, null, [], []],
    [undefined, null, [], []],
    [3, null, [], []],
    [["a", "", 2, null, "b"], null, ["a", "b"], ["a", "", 2, null, "b"]],
  ])("%j is text %j, strings %j, a list %j", (value, text, strings, list) => {
    expect(textOf(value)).toEqual(text);
    expect(stringsOf(value)).toEqual(strings);
    expect(listOf(value)).toEqual(list);
  });
});
