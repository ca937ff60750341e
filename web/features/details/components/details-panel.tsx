import type { NodeData, PlainValue } from "../../../lib/records-to-elements.ts";

const HIDDEN = new Set(["id", "label", "name"]);

function show(value: PlainValue): string {
  if (Array.isArray(value)) return value.map(show).join(", ");
  if (value !== null && typeof value === "object") return JSON.stringify(value);
  return String(value);
}

export function DetailsPanel({ node }: { node: NodeData | null }) {
  if (!node) {
    return (
      <aside className="details-panel" aria-label="Details">
        <p>Click a node to see its details.</p>
      </aside>
    );
  }
  const rows = Object.entries(node).filter(([key, value]) => !HIDDEN.has(key) && value !== null && !(Array.isArray(value) && value.length === 0));
  return (
    <aside className="details-panel" aria-label="Details">
      <h2>{node.name}</h2>
      <p>{node.label}</p>
      <dl>
        <dt>id</dt>
        <dd>{node.id}</dd>
        {rows.map(([key, value]) => (
          <div key={key} style={{ display: "contents" }}>
            <dt>{key}</dt>
            <dd>{show(value)}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
