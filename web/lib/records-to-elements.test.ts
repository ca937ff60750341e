import neo4j, { Node, Relationship } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { primaryLabel, toElements, toPlain } from "./records-to-elements.ts";

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
