/** Small drawings of a node shape and an edge line, matching the stylesheet, for legends and filters. */
import type { LabelStyle } from "./label-styles.ts";
import type { RelationshipStyle } from "./relationship-styles.ts";

const SHAPES: Record<LabelStyle["shape"], string> = {
  ellipse: "M8 1a7 7 0 1 0 0.01 0Z",
  hexagon: "M4 1.5h8l3.5 6.5-3.5 6.5h-8L0.5 8Z",
  "round-rectangle": "M3 2h10a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2Z",
  diamond: "M8 0.5 15.5 8 8 15.5 0.5 8Z",
  barrel: "M3 1.5h10q2.5 6.5 0 13H3q-2.5-6.5 0-13Z",
  star: "M8 0.5l2.2 4.8 5.3.6-3.9 3.6 1.1 5.2L8 12.1l-4.7 2.6 1.1-5.2L0.5 5.9l5.3-.6Z",
  tag: "M1 2h10l4 6-4 6H1Z",
  triangle: "M8 1 15 15H1Z",
  "round-triangle": "M8 1 15 15H1Z",
  octagon: "M5 1h6l4 4v6l-4 4H5l-4-4V5Z",
};

export function ShapeSample({ shape, color }: { shape: LabelStyle["shape"]; color: string }) {
  return (
    <svg className="shape-sample" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <path d={SHAPES[shape]} fill={color} stroke="#fff" strokeWidth="1" />
    </svg>
  );
}

export function LineSample({ color, line, directed }: Pick<RelationshipStyle, "color" | "line" | "directed">) {
  const dash = line === "dashed" ? "5 3" : line === "dotted" ? "1.5 2.5" : undefined;
  return (
    <svg className="line-sample" width="26" height="10" viewBox="0 0 26 10" aria-hidden="true">
      <line x1="1" y1="5" x2={directed ? 19 : 25} y2="5" stroke={color} strokeWidth="2.5" strokeDasharray={dash} strokeLinecap="round" />
      {directed && <path d="M18 1.5 25 5 18 8.5Z" fill={color} />}
    </svg>
  );
}
