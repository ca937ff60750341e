/** Where the app is connected and how it goes: a status in the header, a banner when it failed. */
import { useNeo4j } from "../../../app/neo4j-context.tsx";
import { useI18n } from "../../../lib/i18n.tsx";
import { ProblemMessage } from "../../../lib/problem-message.tsx";

export function ConnectionStatus({ onOpenSettings }: { onOpenSettings(): void }) {
  const { t } = useI18n();
  const { status, uri } = useNeo4j();
  const state =
    status.state === "connected" ? t("connection.connected") : status.state === "failed" || status.state === "needs-settings" ? t("connection.failed") : t("connection.connecting");
  return (
    <div className="connection-status" data-state={status.state}>
      <span className="status-dot" aria-hidden="true" />
      <span role="status" className="status-text" title={uri}>
        {t("connection.status", { state, uri })}
      </span>
      <button type="button" className="header-button" onClick={onOpenSettings}>
        {t("connection.settings")}
      </button>
    </div>
  );
}

export function ConnectionBanner({ onOpenSettings }: { onOpenSettings(): void }) {
  const { t } = useI18n();
  const { status, uri, retry } = useNeo4j();
  if (status.state === "needs-settings") {
    return (
      <div className="connection-banner">
        {status.problem ? <ProblemMessage problem={status.problem} uri={uri} /> : <p role="alert">{t("connection.needsPassword", { uri })}</p>}
        <button type="button" className="button primary" onClick={onOpenSettings}>
          {t("connection.settings")}
        </button>
      </div>
    );
  }
  if (status.state !== "failed") return null;
  return (
    <div className="connection-banner">
      <ProblemMessage problem={status.problem} uri={uri} title={t("connection.failed")} onRetry={retry} />
      <button type="button" className="button" onClick={onOpenSettings}>
        {t("connection.settings")}
      </button>
    </div>
  );
}
