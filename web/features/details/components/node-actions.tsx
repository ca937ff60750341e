/** What can be done with a node: expand it (all or chosen relationship types), page on, pin, hide. */
import { useState } from "react";
import { named, useI18n } from "../../../lib/i18n.tsx";
import { RELATIONSHIP_TYPES, type RelationshipType } from "../../../lib/view-state.ts";

export interface NodeActionsProps {
  /** Neighbours fetched so far and how many pass the filters, once expanded. */
  expansion: { loaded: number; total: number } | null;
  limit: number;
  pinned: boolean;
  busy: boolean;
  onExpand(types: RelationshipType[]): void;
  onLoadMore(): void;
  onTogglePin(): void;
  onHide(): void;
  /** Starts the paths view from this entity. */
  onPathFrom?(): void;
}

export function NodeActions({ expansion, limit, pinned, busy, onExpand, onLoadMore, onTogglePin, onHide, onPathFrom }: NodeActionsProps) {
  const { t } = useI18n();
  const [types, setTypes] = useState<RelationshipType[]>([]);
  const left = expansion ? Math.max(0, expansion.total - expansion.loaded) : 0;
  return (
    <section className="node-actions" aria-label={t("details.actions")}>
      <div className="button-row">
        {expansion && left > 0 && (
          <button type="button" className="button primary" disabled={busy} onClick={onLoadMore}>
            {t("details.loadMore", { n: Math.min(left, limit) })}
          </button>
        )}
        {(!expansion || left === 0 || types.length > 0) && (
          <button type="button" className={expansion && left > 0 ? "button" : "button primary"} disabled={busy} onClick={() => onExpand(types)}>
            {t("details.expand")}
          </button>
        )}
        <button type="button" className="button" aria-pressed={pinned} onClick={onTogglePin}>
          {pinned ? t("details.unpin") : t("details.pin")}
        </button>
        <button type="button" className="button" onClick={onHide}>
          {t("details.hide")}
        </button>
        {onPathFrom && (
          <button type="button" className="button" onClick={onPathFrom}>
            {t("details.pathFrom")}
          </button>
        )}
      </div>
      {expansion && left === 0 && <p className="panel-note">{t("details.allShown", { n: expansion.total })}</p>}
      {expansion && left > 0 && <p className="panel-note">{t("canvas.more", { n: left })}</p>}
      <details className="expand-types">
        <summary>{t("details.expandTypes")}</summary>
        <div className="chip-checks">
          {RELATIONSHIP_TYPES.map((type) => (
            <label key={type} className="chip-check">
              <input
                type="checkbox"
                checked={types.includes(type)}
                onChange={(e) => setTypes(e.target.checked ? [...types, type] : types.filter((x) => x !== type))}
              />
              {named(t, "type", type)}
            </label>
          ))}
        </div>
      </details>
    </section>
  );
}
