/**
 * The views that answer users' questions, put together: each feature brings its panel, its
 * queries and its drawing; here they meet the explorer's state, the canvas and the details panel.
 * (Features do not import each other: the app hands each one what it needs from the others.)
 */
import { useMemo, useState, type ReactNode } from "react";
import { PartnersPanel } from "../features/partners/components/partners-panel.tsx";
import { PartnershipAgreements } from "../features/partners/components/partnership-agreements.tsx";
import { countryTints } from "../features/partners/lib/country-tints.ts";
import { partnerships } from "../features/partners/lib/partnerships.ts";
import { usePathsBetween } from "../features/paths/api/get-paths-between.ts";
import { PathsPanel } from "../features/paths/components/paths-panel.tsx";
import { pathElementIds } from "../features/paths/lib/path-elements.ts";
import { SearchBox } from "../features/search/components/search-box.tsx";
import { useEventCounts } from "../features/timeline/api/get-event-counts.ts";
import { TimelinePanel } from "../features/timeline/components/timeline-panel.tsx";
import { TimelineStrip } from "../features/timeline/components/timeline-strip.tsx";
import { explainError } from "../lib/explain-error.ts";
import { MeetingsList } from "../features/who-met/components/meetings-list.tsx";
import { WhoMetPanel } from "../features/who-met/components/who-met-panel.tsx";
import { meetingPairs } from "../features/who-met/lib/meeting-pairs.ts";
import { WhoMattersPanel } from "../features/who-matters/components/who-matters-panel.tsx";
import { rankNodes } from "../features/who-matters/lib/rank-nodes.ts";
import { NO_DECORATIONS, type CanvasDecorations } from "../graph-view/decorations.ts";
import type { CountryOption } from "../lib/country-select.tsx";
import { displayName, useI18n } from "../lib/i18n.tsx";
import { questionFor, type AnsweringView } from "../lib/view-state.ts";
import type { ExplorerState } from "./explorer-state.ts";
import type { ExplorerActions } from "./use-explorer.ts";
import { asElements, visibleGraph } from "./visible-graph.ts";

export interface Source {
  docId: string;
  start: number;
  end: number;
  quote: string;
}

export interface QuestionViewsInput {
  state: ExplorerState;
  actions: ExplorerActions;
  busy: boolean;
  countries: readonly CountryOption[];
  onOpenSource(source: Source): void;
}

export interface QuestionViews {
  /** The view's controls and lists, for the side column (null in the explorer view). */
  panel: ReactNode;
  decorations: CanvasDecorations;
  /** Under the canvas (the timeline). */
  footer: ReactNode;
  /** Above the details of the selection (the meetings behind a MET line). */
  detailsLead: ReactNode;
}

export function useQuestionViews({ state, actions, busy, countries, onOpenSource }: QuestionViewsInput): QuestionViews {
  const { t, lang } = useI18n();
  const { view, graph } = state;
  const question = view.question;
  const filters = view.filters;
  // Names of entities picked in a view's search box, for entities not (yet) on the canvas.
  const [picked, setPicked] = useState<Record<string, string>>({});
  const nameOf = (id: string | null): string | null => {
    if (!id) return null;
    const node = graph.nodes.get(id);
    return node ? displayName(node, lang) : (picked[id] ?? null);
  };
  const remember = (result: { id: string; name: string; nameVi: string | null }) => setPicked((p) => ({ ...p, [result.id]: displayName(result, lang) }));
  const visible = useMemo(() => visibleGraph(graph, view), [graph, view]);
  const selectedEdge = view.selection?.kind === "edge" ? graph.edges.get(view.selection.id) : undefined;

  // Paths: the list follows the question as soon as both ends are chosen; the canvas gets them on "Find".
  const pathsRequest = question.view === "paths" && question.pathFrom && question.pathTo ? { from: question.pathFrom, to: question.pathTo, maxLength: question.maxLength } : null;
  const paths = usePathsBetween(pathsRequest);
  const [focusedPath, setFocusedPath] = useState<number | null>(null);
  const asking = pathsRequest !== null;
  const emphasis = useMemo(() => {
    if (!asking || !paths.data) return null;
    const chosen = focusedPath !== null && paths.data.paths[focusedPath] ? [paths.data.paths[focusedPath]!] : paths.data.paths;
    // Until the paths are drawn ("Find paths"), nothing on the canvas is theirs: nothing fades.
    const drawnIds = [...pathElementIds(chosen)].filter((id) => graph.nodes.has(id) || graph.edges.has(id));
    return drawnIds.length > 0 ? new Set(drawnIds) : null;
  }, [asking, paths.data, focusedPath, graph]);

  // Who matters: Cytoscape's measures over what is visible on the canvas, and node sizes by them.
  const ranked = useMemo(() => (question.view === "rank" ? rankNodes(asElements(visible), question.measure) : null), [question.view, question.measure, visible]);
  const scores = useMemo(() => {
    if (!ranked) return null;
    const best = ranked[0]?.score || 1;
    return new Map(ranked.map((n) => [n.id, n.score / best]));
  }, [ranked]);

  const tinted = useMemo(() => (question.view === "partners" ? countryTints(visible.nodes.values()) : null), [question.view, visible]);
  const decorations = useMemo<CanvasDecorations>(() => {
    if (tinted) return { ...NO_DECORATIONS, tints: tinted.tints };
    if (scores) return { ...NO_DECORATIONS, scores };
    if (emphasis) return { ...NO_DECORATIONS, emphasis };
    // The timeline hides people and places left without a relationship in the chosen period.
    if (question.view === "timeline") return { ...NO_DECORATIONS, hideIsolated: true };
    return NO_DECORATIONS;
  }, [tinted, scores, emphasis, question.view]);
  const counts = useEventCounts();

  let panel: ReactNode = null;
  let detailsLead: ReactNode = null;
  let footer: ReactNode = null;
  // The same question a shared link asks again (question-answers.ts).
  const showAnswer = (name: AnsweringView) => {
    const answer = questionFor(name, view);
    if (answer) void actions.show(answer);
  };
  const selectEdge = (edgeId: string) => actions.select({ kind: "edge", id: edgeId, source: graph.edges.get(edgeId)!.source }, true);
  const edgeEnds = () => {
    const a = selectedEdge && graph.nodes.get(selectedEdge.source);
    const b = selectedEdge && graph.nodes.get(selectedEdge.target);
    return a && b ? { a: { id: a.id, name: displayName(a, lang) }, b: { id: b.id, name: displayName(b, lang) } } : null;
  };

  if (question.view === "met") {
    const pairs = meetingPairs(visible.nodes, visible.edges);
    panel = (
      <WhoMetPanel
        question={question}
        dates={{ from: filters.from, to: filters.to }}
        countries={countries}
        personPicker={
          <SearchBox
            labels={["Person"]}
            label={t("met.personSearch")}
            placeholder={t("met.personSearch")}
            onChoose={(r) => {
              remember(r);
              actions.ask({ person: r.id });
            }}
          />
        }
        personName={nameOf(question.person)}
        pairs={pairs}
        selectedEdge={selectedEdge?.id ?? null}
        busy={busy}
        onAsk={actions.ask}
        onDates={(range) => actions.setFilters({ ...filters, ...range })}
        onShow={() => showAnswer("met")}
        onSelectPair={selectEdge}
      />
    );
    const ends = selectedEdge?.type === "MET" ? edgeEnds() : null;
    if (ends) detailsLead = <MeetingsList key={selectedEdge!.id} {...ends} onOpenSource={onOpenSource} />;
  }

  if (question.view === "partners") {
    panel = (
      <PartnersPanel
        question={question}
        countries={countries}
        placePicker={
          <SearchBox
            labels={["Country", "Province", "City"]}
            label={t("partners.placeSearch")}
            placeholder={t("partners.placeSearch")}
            onChoose={(r) => {
              remember(r);
              actions.ask({ place: r.id });
            }}
          />
        }
        placeName={nameOf(question.place)}
        legend={tinted?.legend ?? []}
        partnerships={partnerships(visible.nodes, visible.edges)}
        selectedEdge={selectedEdge?.id ?? null}
        busy={busy}
        onAsk={actions.ask}
        onShow={() => showAnswer("partners")}
        onSelect={selectEdge}
      />
    );
    const ends = selectedEdge?.type === "PARTNERS_WITH" ? edgeEnds() : null;
    if (ends) detailsLead = <PartnershipAgreements key={selectedEdge!.id} {...ends} onSelectEntity={(id) => actions.open(id)} />;
  }

  if (question.view === "paths") {
    const picker = (which: "pathFrom" | "pathTo", label: string) => (
      <SearchBox
        label={label}
        placeholder={label}
        onChoose={(r) => {
          remember(r);
          setFocusedPath(null);
          actions.ask({ [which]: r.id });
        }}
      />
    );
    panel = (
      <PathsPanel
        question={question}
        fromPicker={picker("pathFrom", t("paths.fromSearch"))}
        toPicker={picker("pathTo", t("paths.toSearch"))}
        fromName={nameOf(question.pathFrom)}
        toName={nameOf(question.pathTo)}
        paths={paths.data?.paths}
        loading={paths.isFetching}
        problem={paths.isError ? explainError(paths.error) : null}
        onRetry={() => void paths.refetch()}
        focused={focusedPath}
        busy={busy}
        onAsk={(patch) => {
          setFocusedPath(null);
          actions.ask(patch);
        }}
        onFind={() => {
          setFocusedPath(null);
          showAnswer("paths");
        }}
        onFocus={setFocusedPath}
      />
    );
  }

  if (question.view === "timeline") {
    const range = { from: filters.from, to: filters.to };
    panel = (
      <TimelinePanel
        range={range}
        busy={busy}
        onDraw={() => showAnswer("timeline")}
        onSelectEntity={(id) => (graph.nodes.has(id) ? actions.select({ kind: "node", id }, true) : void actions.open(id))}
        onOpenSource={onOpenSource}
      />
    );
    footer = (
      <TimelineStrip
        counts={counts.data}
        range={range}
        problem={counts.isError ? explainError(counts.error) : null}
        onRetry={() => void counts.refetch()}
        onRange={(next) => actions.setFilters({ ...filters, ...next })}
      />
    );
  }

  if (question.view === "rank") {
    panel = (
      <WhoMattersPanel
        measure={question.measure}
        ranked={ranked ?? []}
        nameOf={(node) => nameOf(node.id) ?? node.name}
        selected={view.selection?.kind === "node" ? view.selection.id : null}
        onMeasure={(measure) => actions.ask({ measure })}
        onSelect={(id) => actions.select({ kind: "node", id }, true)}
        onOpen={(id) => void actions.open(id)}
      />
    );
  }

  return { panel, decorations, footer, detailsLead };
}
