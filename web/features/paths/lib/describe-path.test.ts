import { describe, expect, it } from "vitest";
import { describePath, stepsOf } from "./describe-path.ts";

const person = (id: string, name: string) => ({ id, label: "Person", name });
const reception = { id: "event:r", label: "Event", name: "Reception", date: "2025-05-06" };

describe("describePath", () => {
  it("reads a path through an event with the arrows of each relationship", () => {
    const nghiem = person("person:hvn", "Hoang Van Nghiem");
    const ha = person("person:thh", "Tran Hong Ha");
    const steps = stepsOf(
      [nghiem, reception, ha],
      [
        { id: "a", source: "person:hvn", target: "event:r", type: "ATTENDED" },
        { id: "b", source: "person:thh", target: "event:r", type: "ATTENDED" },
      ],
    );
    expect(describePath(steps)).toBe("Hoang Van Nghiem — attended → Reception on 2025-05-06 ← attended — Tran Hong Ha");
  });

  it("gives symmetric relationships no arrow", () => {
    const steps = stepsOf([person("a", "A"), person("b", "B")], [{ id: "m", source: "b", target: "a", type: "MET" }]);
    expect(describePath(steps)).toBe("A — met — B");
  });

  it("does not repeat an event's date already in its name", () => {
    const steps = stepsOf(
      [person("a", "A"), { id: "e", label: "Event", name: "Talks: A – B (2025-05-06)", date: "2025-05-06" }],
      [{ id: "x", source: "a", target: "e", type: "ATTENDED" }],
    );
    expect(describePath(steps)).toBe("A — attended → Talks: A – B (2025-05-06)");
  });

  it("words a path in another language when given its words", () => {
    const steps = stepsOf(
      [person("a", "A"), { id: "e", label: "Event", name: "Reception", nameVi: "Tiệc chiêu đãi", date: "2025-05-06" }],
      [{ id: "x", source: "a", target: "e", type: "ATTENDED" }],
    );
    const wording = { verb: () => "dự", name: (n: { name: string; nameVi?: unknown }) => String(n.nameVi ?? n.name), onDate: (name: string, date: string) => `${name} ngày ${date}` };
    expect(describePath(steps, wording)).toBe("A — dự → Tiệc chiêu đãi ngày 2025-05-06");
  });
});
