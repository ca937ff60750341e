import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { HighlightedText } from "./highlighted-text.tsx";

describe("the highlighted passage", () => {
  const text = "Trần Hồng Hà met delegates. Lạng Sơn and Guangxi signed an agreement. The end.";
  const start = text.indexOf("Lạng Sơn");
  const end = text.indexOf(" The end");

  it("marks exactly [start, end) of the text, diacritics included, and keeps the rest", () => {
    const { container } = render(<HighlightedText text={text} start={start} end={end} />);
    expect(container.querySelector("mark")?.textContent).toBe("Lạng Sơn and Guangxi signed an agreement.");
    expect(container.textContent).toBe(text);
  });

  it("stays inside the text when offsets run past it", () => {
    const { container } = render(<HighlightedText text={text} start={text.length - 4} end={text.length + 50} />);
    expect(container.querySelector("mark")?.textContent).toBe("end.");
  });
});
