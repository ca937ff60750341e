import { useState } from "react";
import { GraphCanvas } from "../features/graph-canvas/components/graph-canvas.tsx";
import { DetailsPanel } from "../features/details/components/details-panel.tsx";
import type { NodeData } from "../lib/records-to-elements.ts";
import { useNeo4j } from "./neo4j-context.tsx";

export function App() {
  const { uri } = useNeo4j();
  const [selected, setSelected] = useState<NodeData | null>(null);
  return (
    <div className="app">
      <header className="app-header">
        <h1>Ketnoi</h1>
        <span className="app-connection">Neo4j: {uri}</span>
      </header>
      <main className="app-main">
        <GraphCanvas onSelectNode={setSelected} />
        <DetailsPanel node={selected} />
      </main>
    </div>
  );
}
