/** The layouts the canvas offers, as data: name and the options we run it with. */
import type { LayoutOptions } from "cytoscape";

export interface LayoutEntry {
  name: string;
  options: LayoutOptions;
}

export const LAYOUTS: readonly LayoutEntry[] = [
  // fcose "draft" is fast enough to run on the page for the sizes we draw by default.
  { name: "fcose", options: { name: "fcose", quality: "default", animate: false, randomize: true, nodeRepulsion: () => 8000, idealEdgeLength: () => 80 } as LayoutOptions },
  { name: "concentric", options: { name: "concentric", animate: false, minNodeSpacing: 20 } },
  { name: "breadthfirst", options: { name: "breadthfirst", animate: false, spacingFactor: 1.2 } },
  { name: "grid", options: { name: "grid", animate: false } },
];

export const DEFAULT_LAYOUT = "fcose";

export function layoutOptions(name: string): LayoutOptions {
  return (LAYOUTS.find((l) => l.name === name) ?? LAYOUTS[0]!).options;
}
