/** What is said over the canvas: how to start, that something is loading, a failure, a notice, counts. */
import { useNeo4j } from "../../../app/neo4j-context.tsx";
import { useI18n } from "../../../lib/i18n.tsx";
import { ProblemMessage } from "../../../lib/problem-message.tsx";
import type { Problem } from "../../../lib/explain-error.ts";

export interface CanvasOverlayProps {
  empty: boolean;
  loading: boolean;
  layingOut: boolean;
  failure: { problem: Problem; retry(): void } | null;
  notice: string | null;
  counts: { nodes: number; edges: number; filtered: number };
  canStart: boolean;
  onShowOverview(): void;
  onDismissNotice(): void;
}

export function CanvasOverlay({ empty, loading, layingOut, failure, notice, counts, canStart, onShowOverview, onDismissNotice }: CanvasOverlayProps) {
  const { t } = useI18n();
  const { uri } = useNeo4j();
  return (
    <>
      {empty && !loading && !failure && (
        <div className="canvas-empty">
          <h2>{t("canvas.emptyTitle")}</h2>
          <p>{t("canvas.emptyBody")}</p>
          <button type="button" className="button primary" onClick={onShowOverview} disabled={!canStart}>
            {t("canvas.overview")}
          </button>
        </div>
      )}
      <div className="canvas-messages">
        {(loading || layingOut) && (
          <p className="canvas-pill" role="status">
            <span className="spinner" aria-hidden="true" />
            {loading ? t("canvas.loading") : t("canvas.layingOut")}
          </p>
        )}
        {failure && (
          <div className="canvas-failure">
            <ProblemMessage problem={failure.problem} uri={uri} title={t("canvas.failed")} onRetry={failure.retry} />
          </div>
        )}
        {notice && (
          <p className="canvas-pill notice" role="status">
            {notice}
            <button type="button" className="icon-button" aria-label="OK" onClick={onDismissNotice}>
              ×
            </button>
          </p>
        )}
      </div>
      {!empty && (
        <p className="canvas-counts">
          {t("canvas.counts", { nodes: counts.nodes, edges: counts.edges })}
          {counts.filtered > 0 && <span> · {t("canvas.filteredOut", { n: counts.filtered })}</span>}
        </p>
      )}
    </>
  );
}
