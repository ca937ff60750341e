/** The source document of a quote, opened beside the graph, scrolled to the quoted sentence. */
import { useEffect, useRef } from "react";
import { useNeo4j } from "../../../app/neo4j-context.tsx";
import { explainError } from "../../../lib/explain-error.ts";
import { useI18n } from "../../../lib/i18n.tsx";
import { ProblemMessage } from "../../../lib/problem-message.tsx";
import { useDocumentText } from "../api/get-document-text.ts";
import { HighlightedText } from "./highlighted-text.tsx";

export interface ReaderTarget {
  docId: string;
  start: number;
  end: number;
  quote: string;
}

export function ReaderPanel({ target, onClose }: { target: ReaderTarget; onClose(): void }) {
  const { t } = useI18n();
  const { uri } = useNeo4j();
  const query = useDocumentText(target.docId);
  const closeButton = useRef<HTMLButtonElement | null>(null);
  useEffect(() => closeButton.current?.focus(), [target]);
  const document = query.data;
  return (
    <section
      className="reader-panel"
      aria-label={t("reader.title")}
      onKeyDown={(event) => {
        if (event.key === "Escape") onClose();
      }}
    >
      <header className="reader-header">
        <div>
          <p className="entity-kind">{t("reader.title")}</p>
          <h2>{document?.title ?? document?.path ?? target.docId}</h2>
          {document && <p className="reader-meta">{[document.date, document.lang, document.path].filter(Boolean).join(" · ")}</p>}
        </div>
        <button ref={closeButton} type="button" className="icon-button" aria-label={t("reader.close")} onClick={onClose}>
          ×
        </button>
      </header>
      {query.isError && <ProblemMessage problem={explainError(query.error)} uri={uri} onRetry={() => void query.refetch()} />}
      {query.isPending && <p className="panel-note" role="status">{t("reader.loading")}</p>}
      {query.isSuccess && !document && <p className="panel-note">{t("reader.notFound", { id: target.docId })}</p>}
      {document && <HighlightedText text={document.text} start={target.start} end={target.end} />}
    </section>
  );
}
