/**
 * How Cytoscape draws, as data: the app's settings, chosen for large graphs (measured by
 * `npm run bench`, which compares them with Cytoscape's defaults).
 */
import type { CytoscapeOptions } from "cytoscape";

export const RENDER_OPTIONS = {
  // While panning or zooming, edges are not drawn and the nodes move as one cached texture:
  // frames stay short with thousands of elements; everything is redrawn when the motion stops.
  hideEdgesOnViewport: true,
  textureOnViewport: true,
  // One canvas pixel per CSS pixel on high-density screens: a quarter of the pixels to fill.
  pixelRatio: 1,
  minZoom: 0.05,
  maxZoom: 4,
  // Double-click expands a node; box selection would fight with panning.
  boxSelectionEnabled: false,
  selectionType: "single",
} satisfies Partial<CytoscapeOptions>;
