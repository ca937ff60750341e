/** A problem said in place, in plain words, with what to do, the server's own words and a retry. */
import { useI18n } from "./i18n.tsx";
import type { Problem } from "./explain-error.ts";

export function ProblemMessage({ problem, title, uri = "", onRetry }: { problem: Problem; title?: string; uri?: string; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="problem">
      {title && <strong className="problem-title">{title}</strong>}
      <p>{t(`error.${problem.kind}`, { uri: uri || "Neo4j" })}</p>
      {problem.detail && (
        <details className="problem-details">
          <summary>{t("error.details")}</summary>
          <code>{problem.detail}</code>
        </details>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t("connection.retry")}
        </button>
      )}
    </div>
  );
}
