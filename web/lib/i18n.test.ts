import { describe, expect, it } from "vitest";
import { displayName, named, translate } from "./i18n.tsx";
import { EN, VI, type MessageKey } from "./messages.ts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the interface in two languages", () => {
  it.each(Object.keys(EN) as MessageKey[])("says %s in Vietnamese too, with the same values put in", (key) => {
    expect(VI[key].trim()).not.toBe("");
    expect(placeholders(VI[key])).toEqual(placeholders(EN[key]));
  });

  it("puts values in and leaves unknown ones visible", () => {
    expect(translate("en", "canvas.more", { n: 56 })).toBe("+56 more");
    expect(translate("vi", "canvas.more", { n: 56 })).toBe("+56 nữa");
    expect(translate("en", "canvas.more")).toBe("+{n} more");
  });

  it("prints names as printed in the chosen language, when known", () => {
    expect(displayName({ name: "Lang Son", nameVi: "Lạng Sơn" }, "vi")).toBe("Lạng Sơn");
    expect(displayName({ name: "Lang Son", nameVi: "Lạng Sơn" }, "en")).toBe("Lang Son");
    expect(displayName({ name: "Choi Youngsam", nameVi: null }, "vi")).toBe("Choi Youngsam");
  });

  it("names labels and types, and falls back to the raw name", () => {
    const t = (key: MessageKey) => translate("vi", key);
    expect(named(t, "label", "Person")).toBe("Nhân vật");
    expect(named(t, "type", "MET")).toBe("gặp");
    expect(named(t, "type", "NEW_TYPE")).toBe("NEW_TYPE");
  });
});
