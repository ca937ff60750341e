/** The agreements a partnership rests on: kind, date, who signed and witnessed, the signing event. */
import { useNeo4j } from "../../../app/neo4j-context.tsx";
import { explainError } from "../../../lib/explain-error.ts";
import { useI18n } from "../../../lib/i18n.tsx";
import { ProblemMessage } from "../../../lib/problem-message.tsx";
import { useAgreementsBetween, type PartnershipAgreement } from "../api/get-agreements-between.ts";

export interface PartnershipAgreementsProps {
  a: { id: string; name: string };
  b: { id: string; name: string };
  onSelectEntity(id: string): void;
}

export function AgreementsView({ agreements, a, b, onSelectEntity }: PartnershipAgreementsProps & { agreements: readonly PartnershipAgreement[] }) {
  const { t } = useI18n();
  const title = t("partners.agreementsOf", { a: a.name, b: b.name });
  return (
    <section className="meetings" aria-label={title}>
      <h3>{title}</h3>
      {agreements.length === 0 && <p className="panel-note">{t("partners.noAgreements")}</p>}
      <ol className="meeting-list">
        {agreements.map((g) => (
          <li key={g.id} className="meeting agreement">
            <p className="meeting-name">{g.name}</p>
            <p className="meeting-meta">{[g.kind, g.date ?? t("partners.undated")].filter(Boolean).join(" · ")}</p>
            {g.title && g.title !== g.name && <p className="meeting-others">“{g.title}”</p>}
            <dl className="facts">
              {g.signatories.length > 0 && (
                <div className="fact">
                  <dt>{t("partners.signatories")}</dt>
                  <dd>{g.signatories.join(", ")}</dd>
                </div>
              )}
              {g.witnesses.length > 0 && (
                <div className="fact">
                  <dt>{t("partners.witnesses")}</dt>
                  <dd>{g.witnesses.join(", ")}</dd>
                </div>
              )}
              {g.fields.length > 0 && (
                <div className="fact">
                  <dt>{t("partners.fields")}</dt>
                  <dd>{g.fields.join(", ")}</dd>
                </div>
              )}
              {g.event && (
                <div className="fact">
                  <dt>{t("partners.event")}</dt>
                  <dd>
                    <button type="button" className="link-button" onClick={() => onSelectEntity(g.event!.id)}>
                      {g.event.name}
                    </button>
                  </dd>
                </div>
              )}
            </dl>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function PartnershipAgreements(props: PartnershipAgreementsProps) {
  const { t } = useI18n();
  const { uri } = useNeo4j();
  const query = useAgreementsBetween({ a: props.a.id, b: props.b.id });
  if (query.isError) return <ProblemMessage problem={explainError(query.error)} uri={uri} title={t("partners.agreementsFailed")} onRetry={() => void query.refetch()} />;
  if (!query.data) return <p className="panel-note" role="status">{t("partners.loadingAgreements")}</p>;
  return <AgreementsView {...props} agreements={query.data} />;
}
