/**
 * fcose in a Web Worker on a headless copy of the graph: the page stays responsive while a
 * large graph is laid out, and receives only the positions.
 */
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import type { LayoutRequest, LayoutResponse } from "./layout-messages.ts";

cytoscape.use(fcose);

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { runId, nodes, edges, options } = event.data;
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: "node", style: { width: "data(w)", height: "data(h)" } }],
      elements: [
        ...nodes.map((n) => ({ data: { id: n.id, w: n.w, h: n.h }, position: { x: n.x, y: n.y } })),
        ...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target } })),
      ],
    });
    cy.layout(options).run();
    const positions: LayoutResponse["positions"] = {};
    cy.nodes().forEach((n) => {
      positions[n.id()] = n.position();
    });
    self.postMessage({ runId, positions } satisfies LayoutResponse);
  } catch (error) {
    self.postMessage({ runId, error: String(error) } satisfies LayoutResponse);
  }
};
