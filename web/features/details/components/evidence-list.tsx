/** Every source sentence of a relationship, each opening its document in the reader. */
import { useI18n } from "../../../lib/i18n.tsx";
import type { Evidence } from "../api/evidence.ts";

export function EvidenceList({ evidence, onOpen }: { evidence: readonly Evidence[]; onOpen(evidence: Evidence): void }) {
  const { t } = useI18n();
  return (
    <section aria-label={t("edge.sources", { n: evidence.length })}>
      <h3>{t("edge.sources", { n: evidence.length })}</h3>
      {evidence.length === 0 && <p className="panel-note">{t("edge.noSources")}</p>}
      <ol className="evidence-list">
        {evidence.map((e) => (
          <li key={`${e.docId}|${e.start}|${e.end}`}>
            <blockquote>{e.quote}</blockquote>
            <div className="evidence-source">
              <span className="evidence-document">{e.documentTitle ?? e.docId}</span>
              <button type="button" className="link-button" onClick={() => onOpen(e)}>
                {t("edge.openSource")}
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
