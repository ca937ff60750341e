/**
 * The explorer's state with the actions that fetch: open an entity, expand it (a page at a
 * time), start from the overview, restore a shared view. Every fetch goes through react-query
 * (cached by key); a failure is kept with a retry for the canvas to show in place.
 */
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { entitiesWithRelationshipsOptions } from "../features/graph-canvas/api/get-entities-with-relationships.ts";
import { graphOverviewOptions } from "../features/graph-canvas/api/get-graph-overview.ts";
import { neighbourCountsOptions } from "../features/graph-canvas/api/get-neighbour-counts.ts";
import { neighboursOptions } from "../features/graph-canvas/api/get-neighbours.ts";
import { explainError, type Problem } from "../lib/explain-error.ts";
import type { GraphElements } from "../lib/records-to-elements.ts";
import type { Answer, Filters, LayoutName, Question, RelationshipType, Selection } from "../lib/view-state.ts";
import { viewFromSearchParams, viewToSearchParams } from "../lib/view-url.ts";
import { explorerReducer, initialExplorerState } from "./explorer-state.ts";
import { useNeo4j } from "./neo4j-context.tsx";
import { answerReplaces, fetchAnswer } from "./question-answers.ts";

export interface ExplorerActivity {
  pending: number;
  failure: { problem: Problem; retry(): void } | null;
  /** Something worth saying that is not an error: no further neighbours, or an empty database. */
  notice: { key: "canvas.nothingNew"; id: string } | { key: "canvas.noDatabase" } | { key: "canvas.nothingFound" } | null;
}

const OVERVIEW_SIZE = 40;

function sameTypes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t) => b.includes(t));
}

export function useExplorer() {
  const { driver, database, generation, status } = useNeo4j();
  const queryClient = useQueryClient();
  const [state, dispatch] = useReducer(explorerReducer, undefined, () => initialExplorerState(viewFromSearchParams(new URLSearchParams(location.search))));
  const [activity, setActivity] = useState<ExplorerActivity>({ pending: 0, failure: null, notice: null });
  const latest = useRef(state);
  latest.current = state;
  const target = useMemo(() => (driver ? { driver, database, generation } : null), [driver, database, generation]);

  const perform = useCallback(async (work: () => Promise<void>): Promise<void> => {
    setActivity((a) => ({ ...a, pending: a.pending + 1, failure: null, notice: null }));
    try {
      await work();
      setActivity((a) => ({ ...a, pending: a.pending - 1 }));
    } catch (error) {
      setActivity((a) => ({ ...a, pending: a.pending - 1, failure: { problem: explainError(error), retry: () => void perform(work) } }));
    }
  }, []);

  const expand = useCallback(
    (id: string, types: RelationshipType[] = []) =>
      perform(async () => {
        if (!target) throw new Error("Not connected to Neo4j yet.");
        const { view, totals } = latest.current;
        const previous = view.expansions.find((x) => x.id === id);
        const skip = previous && sameTypes(previous.types, types) ? previous.loaded : 0;
        if (previous && skip > 0 && totals[id] !== undefined && skip >= totals[id]) {
          setActivity((a) => ({ ...a, notice: { key: "canvas.nothingNew", id } }));
          return;
        }
        const page = await queryClient.fetchQuery(
          neighboursOptions(target, { id, filters: view.filters, types, skip, limit: view.limit, onCanvas: view.nodes }),
        );
        dispatch({ type: "added", elements: page.elements, near: id, expansion: { id, types, loaded: skip + page.count }, total: page.total });
        if (page.count === 0) setActivity((a) => ({ ...a, notice: { key: "canvas.nothingNew", id } }));
      }),
    [perform, queryClient, target],
  );

  /** A chosen search result: on the canvas with its neighbours, selected and in view. */
  const open = useCallback(
    async (id: string) => {
      dispatch({ type: "select", selection: { kind: "node", id } });
      if (!latest.current.view.expansions.some((x) => x.id === id)) await expand(id);
      dispatch({ type: "select", selection: { kind: "node", id }, focus: true });
    },
    [expand],
  );

  const showOverview = useCallback(
    () =>
      perform(async () => {
        if (!target) throw new Error("Not connected to Neo4j yet.");
        const elements = await queryClient.fetchQuery(graphOverviewOptions(target, { limit: OVERVIEW_SIZE }));
        dispatch({ type: "added", elements, near: null });
        if (elements.nodes.length === 0) setActivity((a) => ({ ...a, notice: { key: "canvas.noDatabase" } }));
      }),
    [perform, queryClient, target],
  );

  /**
   * A view's answer on the canvas: in place of what was there (who met whom, partners, events in
   * time) or beside it (paths). Errors show over the canvas with Retry, like an expansion's.
   */
  const show = useCallback(
    (answer: Answer) =>
      perform(async () => {
        if (!target) throw new Error("Not connected to Neo4j yet.");
        const elements = await fetchAnswer(queryClient, target, answer);
        dispatch(answerReplaces(answer) ? { type: "replaced", elements, answer } : { type: "added", elements, near: null, answer });
        if (elements.nodes.length === 0) setActivity((a) => ({ ...a, notice: { key: "canvas.nothingFound" } }));
      }),
    [perform, queryClient, target],
  );

  const setFilters = useCallback(
    (filters: Filters) => {
      dispatch({ type: "filters", filters });
      const expansions = latest.current.view.expansions;
      if (!target || expansions.length === 0) return;
      void perform(async () => {
        dispatch({ type: "totals", totals: await queryClient.fetchQuery(neighbourCountsOptions(target, { expansions, filters })) });
      });
    },
    [perform, queryClient, target],
  );

  // A shared link: once connected, ask its question again (the view's answer, exactly as drawn),
  // fetch the entities it lists with the relationships among them (what browsing drew, or what
  // was there before paths were added) and the "+N more" of its expansions.
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || !target || status.state !== "connected") return;
    restored.current = true;
    const { view } = latest.current;
    if (view.nodes.length === 0 && !view.answer) return;
    void perform(async () => {
      try {
        const nothing: GraphElements = { nodes: [], edges: [] };
        const [listed, answered, totals] = await Promise.all([
          view.nodes.length > 0 ? queryClient.fetchQuery(entitiesWithRelationshipsOptions(target, view.nodes)) : nothing,
          view.answer ? fetchAnswer(queryClient, target, view.answer) : nothing,
          queryClient.fetchQuery(neighbourCountsOptions(target, { expansions: view.expansions, filters: view.filters })),
        ]);
        const elements = { nodes: [...listed.nodes, ...answered.nodes], edges: [...listed.edges, ...answered.edges] };
        dispatch({ type: "restored", elements, totals });
      } catch (error) {
        restored.current = false;
        throw error;
      }
    });
  }, [target, status.state, perform, queryClient]);

  // The address bar follows the view, without a history entry per click.
  useEffect(() => {
    const query = viewToSearchParams(state.view).toString();
    const url = `${location.pathname}${query ? `?${query}` : ""}`;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(history.state, "", url);
  }, [state.view]);

  const actions = useMemo(
    () => ({
      open,
      expand,
      showOverview,
      setFilters,
      show,
      ask: (question: Partial<Question>) => dispatch({ type: "question", question }),
      select: (selection: Selection, focus = false) => dispatch({ type: "select", selection, focus }),
      setLayout: (layout: LayoutName) => dispatch({ type: "layout", layout }),
      relayout: () => dispatch({ type: "relayout" }),
      hide: (id: string) => dispatch({ type: "hide", ids: [id] }),
      showHidden: () => dispatch({ type: "show-hidden" }),
      pin: (id: string, pinned: boolean) => dispatch({ type: "pin", id, pinned }),
      setLimit: (limit: number) => dispatch({ type: "limit", limit }),
      clear: () => dispatch({ type: "clear" }),
      dismissNotice: () => setActivity((a) => ({ ...a, notice: null })),
    }),
    [open, expand, showOverview, setFilters, show],
  );

  return { state, activity, actions };
}

export type ExplorerActions = ReturnType<typeof useExplorer>["actions"];
