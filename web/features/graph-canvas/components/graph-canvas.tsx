import { useEffect } from "react";
import { useCytoscape } from "../../../graph-view/use-cytoscape.ts";
import { DEFAULT_LAYOUT, layoutOptions } from "../../../graph-view/layouts.ts";
import { LABEL_STYLES } from "../../../graph-view/label-styles.ts";
import type { NodeData } from "../../../lib/records-to-elements.ts";
import { useGraphOverview } from "../api/get-graph-overview.ts";

export function GraphCanvas({ onSelectNode }: { onSelectNode: (node: NodeData | null) => void }) {
  const { containerRef, cy } = useCytoscape();
  const overview = useGraphOverview();

  useEffect(() => {
    if (!cy || !overview.data) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add([...overview.data.nodes, ...overview.data.edges]);
    });
    cy.layout(layoutOptions(DEFAULT_LAYOUT)).run();
    cy.fit(undefined, 30);
  }, [cy, overview.data]);

  useEffect(() => {
    if (!cy) return;
    const onTapNode = (event: cytoscape.EventObject) => onSelectNode(event.target.data() as NodeData);
    const onTapBackground = (event: cytoscape.EventObject) => {
      if (event.target === cy) onSelectNode(null);
    };
    cy.on("tap", "node", onTapNode);
    cy.on("tap", onTapBackground);
    return () => {
      cy.off("tap", "node", onTapNode);
      cy.off("tap", onTapBackground);
    };
  }, [cy, onSelectNode]);

  const status = overview.isPending
    ? "Loading the graph…"
    : overview.isError
      ? `Could not read the graph: ${overview.error.message}`
      : overview.data.nodes.length === 0
        ? "The database has no entities yet: load documents with npm run load -- <folder>."
        : null;

  return (
    <section className="graph-canvas" aria-label="Network graph">
      {status && (
        <p className="graph-canvas-status" role={overview.isError ? "alert" : "status"}>
          {status}
        </p>
      )}
      <div ref={containerRef} className="graph-canvas-surface" data-testid="graph-canvas" />
      <ul className="legend" aria-label="Legend">
        {LABEL_STYLES.filter((s) => s.label !== "Document").map((s) => (
          <li key={s.label} style={{ listStyle: "none" }}>
            <span className="legend-swatch" style={{ background: s.color }} />
            {s.label}
          </li>
        ))}
      </ul>
    </section>
  );
}
