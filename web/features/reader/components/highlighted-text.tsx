/**
 * A document's text with one passage, [start, end), marked and scrolled to the middle of the
 * reader. Offsets are the loader's, into the text as stored (UTF-16 code units, as JavaScript's).
 */
import { useLayoutEffect, useRef } from "react";

export function HighlightedText({ text, start, end }: { text: string; start: number; end: number }) {
  const mark = useRef<HTMLElement | null>(null);
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  useLayoutEffect(() => {
    mark.current?.scrollIntoView?.({ block: "center" });
  }, [text, from, to]);
  return (
    <div className="document-text">
      {text.slice(0, from)}
      <mark ref={mark} className="quote-mark">
        {text.slice(from, to)}
      </mark>
      {text.slice(to)}
    </div>
  );
}
