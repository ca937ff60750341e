/**
 * A relationship and why Ketnoi believes it: the rule that found it, its confidence, the events
 * or agreements it rests on, and every source sentence.
 */
import { displayName, named, useI18n } from "../../../lib/i18n.tsx";
import type { PlainValue } from "../../../lib/records-to-elements.ts";
import type { Evidence } from "../api/evidence.ts";
import type { RelationshipSources } from "../api/get-relationship-sources.ts";
import { EvidenceList } from "./evidence-list.tsx";

function show(value: PlainValue | undefined): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value)) return value.length > 0 ? value.map(String).join(", ") : null;
  return String(value);
}

export function EdgeDetails({ sources, onOpenEvidence, onSelectEntity }: { sources: RelationshipSources; onOpenEvidence(e: Evidence): void; onSelectEntity(id: string): void }) {
  const { t, lang } = useI18n();
  const r = sources.relationship;
  const confidence = typeof r.confidence === "number" ? r.confidence : null;
  const dates = r.firstDate && r.lastDate && r.firstDate !== r.lastDate ? `${show(r.firstDate)} – ${show(r.lastDate)}` : show(r.firstDate ?? r.date);
  const facts: [string, string | null][] = [
    [t("edge.meetings"), show(r.count)],
    [t("edge.dates"), dates],
    [t("edge.role"), show(r.role)],
    [t("edge.titleProp"), show(r.title)],
    [t("edge.kinds"), show(r.kinds)],
  ];
  return (
    <div className="edge-details">
      <header className="entity-heading">
        <p className="entity-kind">{named(t, "type", r.type)}</p>
        <h2>
          <button type="button" className="link-button entity-link" onClick={() => onSelectEntity(sources.from.id)}>
            {displayName(sources.from, lang)}
          </button>
          <span className="edge-arrow" aria-hidden="true">
            {" → "}
          </span>
          <button type="button" className="link-button entity-link" onClick={() => onSelectEntity(sources.to.id)}>
            {displayName(sources.to, lang)}
          </button>
        </h2>
      </header>
      {confidence !== null && (
        <div className="confidence-row">
          <span>{t("edge.confidence")}</span>
          <meter min={0} max={1} value={confidence} aria-label={t("edge.confidence")} />
          <strong>{Math.round(confidence * 100)} %</strong>
        </div>
      )}
      {typeof r.rule === "string" && (
        <section aria-label={t("edge.rule")}>
          <h3>{t("edge.rule")}</h3>
          <p className="rule">{r.rule}</p>
        </section>
      )}
      <dl className="facts">
        {facts
          .filter(([, value]) => value !== null)
          .map(([term, value]) => (
            <div key={term} className="fact">
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {sources.basis.length > 0 && (
        <section aria-label={t("edge.restsOn")}>
          <h3>{t("edge.restsOn")}</h3>
          <ul className="basis-list">
            {sources.basis.map((b) => (
              <li key={b.id}>
                <button type="button" className="link-button" onClick={() => onSelectEntity(b.id)}>
                  {displayName(b, lang)}
                </button>
                <span className="basis-meta">
                  {named(t, "label", b.label)}
                  {typeof b.date === "string" ? ` · ${b.date}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <EvidenceList evidence={sources.evidence} onOpen={onOpenEvidence} />
    </div>
  );
}
