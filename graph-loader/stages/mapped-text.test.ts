import { describe, expect, it } from "vitest";
import { MappedTextBuilder, offsetMap } from "./mapped-text.ts";

describe("MappedTextBuilder", () => {
  it("collapses whitespace and maps each unit to its source", () => {
    const source = "Lạng  Sơn\t\nhợp tác";
    const builder = new MappedTextBuilder(source);
    builder.appendSource(0, source.length);
    const mapped = builder.build();
    expect(mapped.text).toBe("Lạng Sơn hợp tác");
    expect([...mapped.starts]).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17]);
    expect(mapped.ends[4]).toBe(6);
  });

  it("composes decomposed letters, each mapping to its whole cluster", () => {
    const source = "Sơn".normalize("NFD");
    expect(source.length).toBe(4);
    const builder = new MappedTextBuilder(source);
    builder.appendSource(0, source.length);
    const mapped = builder.build();
    expect(mapped.text).toBe("Sơn");
    expect([...mapped.starts]).toEqual([0, 1, 3]);
    expect([...mapped.ends]).toEqual([1, 3, 4]);
    expect(offsetMap(mapped, 0, 3)).toEqual([0, 1, 3, 4]);
  });

  it("builds consecutive texts over one source", () => {
    const source = "coop-\neration";
    const builder = new MappedTextBuilder(source);
    builder.appendSource(0, 4);
    builder.appendSource(6, source.length);
    const first = builder.build();
    builder.appendSource(6, 9);
    const second = builder.build();
    expect(first.text).toBe("cooperation");
    expect(first.starts[4]).toBe(6);
    expect(second.text).toBe("era");
    expect([...second.starts]).toEqual([6, 7, 8]);
  });
});
