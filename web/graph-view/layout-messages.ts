/** What the page and the layout worker say to each other. */
import type { LayoutOptions } from "cytoscape";

export interface LayoutRequest {
  runId: number;
  nodes: { id: string; x: number; y: number; w: number; h: number }[];
  edges: { source: string; target: string }[];
  /** Plain data only: no functions cross into the worker. */
  options: LayoutOptions;
}

export interface LayoutResponse {
  runId: number;
  positions?: Record<string, { x: number; y: number }>;
  error?: string;
}
