/** What each kind of node looks like: one colour and one shape per label (also the legend). */
export interface LabelStyle {
  label: string;
  color: string;
  shape: "ellipse" | "round-rectangle" | "diamond" | "hexagon" | "triangle" | "star" | "tag" | "barrel" | "round-triangle" | "octagon";
}

export const LABEL_STYLES: readonly LabelStyle[] = [
  { label: "Person", color: "#2f6fb3", shape: "ellipse" },
  { label: "Country", color: "#c0392b", shape: "hexagon" },
  { label: "Province", color: "#d9822b", shape: "round-rectangle" },
  { label: "City", color: "#b8860b", shape: "diamond" },
  { label: "Organization", color: "#2e8b57", shape: "barrel" },
  { label: "Event", color: "#8e44ad", shape: "star" },
  { label: "Agreement", color: "#16a2a8", shape: "tag" },
  { label: "Document", color: "#7f8c8d", shape: "triangle" },
];
