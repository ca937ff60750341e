/**
 * The lines on the canvas as a list of pairs (people who met, places that are partners), each a
 * button that selects its line; shared by the views so both lists look and behave alike.
 */
import { displayName, useI18n } from "./i18n.tsx";

export interface PairItem {
  edgeId: string;
  a: { name: unknown; nameVi?: unknown };
  b: { name: unknown; nameVi?: unknown };
  /** What the pair shares, said short: "3×", "Signed agreement · 2 agreements". */
  detail: string;
}

export interface PairListProps {
  /** Id of the heading, which names the list for assistive technology. */
  id: string;
  title: string;
  items: readonly PairItem[];
  selectedEdge: string | null;
  onSelect(edgeId: string): void;
}

export function PairList({ id, title, items, selectedEdge, onSelect }: PairListProps) {
  const { lang } = useI18n();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ol className="result-list">
        {items.map((item) => (
          <li key={item.edgeId}>
            <button type="button" className="result-item" aria-current={item.edgeId === selectedEdge ? "true" : undefined} onClick={() => onSelect(item.edgeId)}>
              <span className="result-name">
                {displayName(item.a, lang)} – {displayName(item.b, lang)}
              </span>
              <span className="result-count">{item.detail}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
