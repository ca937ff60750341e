/** The right-hand panel: what is selected on the canvas (an entity or a relationship), fetched fresh. */
import type { ReactNode } from "react";
import { useNeo4j } from "../../../app/neo4j-context.tsx";
import { explainError } from "../../../lib/explain-error.ts";
import { useI18n } from "../../../lib/i18n.tsx";
import { ProblemMessage } from "../../../lib/problem-message.tsx";
import type { RelationshipType, Selection } from "../../../lib/view-state.ts";
import type { Evidence } from "../api/evidence.ts";
import { useEntityDetails } from "../api/get-entity-details.ts";
import { useRelationshipSources } from "../api/get-relationship-sources.ts";
import { EdgeDetails } from "./edge-details.tsx";
import { NodeDetails } from "./node-details.tsx";

export interface DetailsPanelProps {
  /** What the open view says first about the selection (e.g. the meetings behind a MET line). */
  lead?: ReactNode;
  selection: Selection;
  expansion(id: string): { loaded: number; total: number } | null;
  limit: number;
  pinned(id: string): boolean;
  busy: boolean;
  onSelect(selection: Selection): void;
  onExpand(id: string, types: RelationshipType[]): void;
  onTogglePin(id: string): void;
  onHide(id: string): void;
  onOpenEvidence(evidence: Evidence): void;
  onPathFrom?(id: string): void;
}

function Status({ query, retry }: { query: { isPending: boolean; isError: boolean; error: unknown }; retry(): void }) {
  const { t } = useI18n();
  const { uri } = useNeo4j();
  if (query.isError) return <ProblemMessage problem={explainError(query.error)} uri={uri} onRetry={retry} />;
  return <p className="panel-note" role="status">{query.isPending ? t("details.loading") : t("details.notFound")}</p>;
}

function EntityPanel({ id, ...props }: DetailsPanelProps & { id: string }) {
  const query = useEntityDetails(id);
  if (!query.data) return <Status query={query} retry={() => void query.refetch()} />;
  return (
    <NodeDetails
      details={query.data}
      onSelectRelationship={(r) => props.onSelect({ kind: "edge", id: r.id, source: r.source })}
      actions={{
        expansion: props.expansion(id),
        limit: props.limit,
        pinned: props.pinned(id),
        busy: props.busy,
        onExpand: (types) => props.onExpand(id, types),
        onLoadMore: () => props.onExpand(id, []),
        onTogglePin: () => props.onTogglePin(id),
        onHide: () => props.onHide(id),
        onPathFrom: props.onPathFrom ? () => props.onPathFrom!(id) : undefined,
      }}
    />
  );
}

function RelationshipPanel({ id, source, ...props }: DetailsPanelProps & { id: string; source: string }) {
  const query = useRelationshipSources({ id, source });
  if (!query.data) return <Status query={query} retry={() => void query.refetch()} />;
  return <EdgeDetails sources={query.data} onOpenEvidence={props.onOpenEvidence} onSelectEntity={(entity) => props.onSelect({ kind: "node", id: entity })} />;
}

export function DetailsPanel(props: DetailsPanelProps) {
  const { t } = useI18n();
  const selection = props.selection;
  return (
    <aside className="details-panel" aria-label={t("details.title")}>
      {selection && props.lead}
      {!selection && <p className="panel-empty">{t("details.empty")}</p>}
      {selection?.kind === "node" && <EntityPanel key={selection.id} id={selection.id} {...props} />}
      {selection?.kind === "edge" && <RelationshipPanel key={selection.id} id={selection.id} source={selection.source} {...props} />}
    </aside>
  );
}
