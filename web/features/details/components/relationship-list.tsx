/** An entity's relationships, counted by type, then listed; choosing one shows its sources. */
import { displayName, named, useI18n } from "../../../lib/i18n.tsx";
import type { EntityDetails, RelationshipSummary } from "../api/get-entity-details.ts";

export function RelationshipList({ details, onSelect }: { details: EntityDetails; onSelect(relationship: RelationshipSummary): void }) {
  const { t, lang } = useI18n();
  const total = details.counts.reduce((sum, c) => sum + c.count, 0);
  return (
    <>
      <section aria-label={t("details.counts")}>
        <h3>{t("details.counts")}</h3>
        <ul className="count-chips">
          {details.counts.map((c) => (
            <li key={c.type}>
              {named(t, "type", c.type)} <strong>{c.count}</strong>
            </li>
          ))}
        </ul>
      </section>
      <section aria-label={t("details.relationships")}>
        <h3>{t("details.relationships")}</h3>
        <ul className="relationship-list">
          {details.relationships.map((r) => (
            <li key={r.id}>
              <button type="button" className="relationship-item" onClick={() => onSelect(r)}>
                <span className="relationship-type">
                  {r.outgoing ? "" : "← "}
                  {named(t, "type", r.type)}
                  {r.outgoing ? " →" : ""}
                </span>
                <span className="relationship-other">{displayName(r.other, lang)}</span>
                {typeof r.confidence === "number" && <span className="relationship-confidence">{Math.round(r.confidence * 100)} %</span>}
              </button>
            </li>
          ))}
        </ul>
        {total > details.relationships.length && <p className="panel-note">{t("details.moreRelationships", { n: total - details.relationships.length })}</p>}
      </section>
    </>
  );
}
