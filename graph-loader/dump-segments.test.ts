import path from "node:path";
import { describe, expect, it } from "vitest";
import { dumpSegments } from "./dump-segments.ts";

describe("dumpSegments", () => {
  it("lists the segments of a sample with role, language and offsets", async () => {
    const dump = await dumpSegments(path.resolve(import.meta.dirname, "../samples/004_119356960a5285cc.txt"));
    expect(dump).toMatch(/paragraph/);
    expect(dump).toMatch(/\ben\b/);
    expect(dump).toMatch(/\[\d+,\s*\d+\)/);
    expect(dump).toContain("Hoi An City People's Committee informed");
  });
});
