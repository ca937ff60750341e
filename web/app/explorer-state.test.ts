import { describe, expect, it } from "vitest";
import type { EdgeData, GraphElements, NodeData } from "../lib/records-to-elements.ts";
import { DEFAULT_FILTERS, EMPTY_VIEW } from "../lib/view-state.ts";
import { explorerReducer, initialExplorerState, neighboursPassing } from "./explorer-state.ts";

const node = (id: string, label: string, extra: Partial<NodeData> = {}): NodeData => ({ id, label, name: id, ...extra });
const edge = (source: string, target: string, type: string): EdgeData => ({ id: `${type}|${source}|${target}`, source, target, type });
const elements = (nodes: NodeData[], edges: EdgeData[] = []): GraphElements => ({ nodes: nodes.map((data) => ({ data })), edges: edges.map((data) => ({ data })) });

const LANG_SON = node("province:lang-son", "Province");
const PAGE = elements(
  [LANG_SON, node("person:a", "Person"), node("event:b", "Event", { date: "2012-10" }), node("country:vn", "Country")],
  [edge("person:a", "province:lang-son", "AFFILIATED_WITH"), edge("event:b", "province:lang-son", "HELD_IN"), edge("province:lang-son", "country:vn", "LOCATED_IN")],
);

describe("the explorer's state", () => {
  it("adds an expansion's page once, records how far it went and lays out only what is new", () => {
    let state = initialExplorerState(EMPTY_VIEW);
    state = explorerReducer(state, { type: "added", elements: PAGE, near: LANG_SON.id, expansion: { id: LANG_SON.id, loaded: 3, types: [] }, total: 10 });
    expect(state.view.nodes).toEqual(["province:lang-son", "person:a", "event:b", "country:vn"]);
    expect(state.view.expansions).toEqual([{ id: LANG_SON.id, loaded: 3, types: [] }]);
    expect(state.totals).toEqual({ [LANG_SON.id]: 10 });
    state = explorerReducer(state, { type: "added", elements: elements([LANG_SON, node("city:x", "City")]), near: LANG_SON.id, expansion: { id: LANG_SON.id, loaded: 6, types: [] }, total: 10 });
    expect(state.arrival.ids).toEqual(["city:x"]);
    expect(state.view.expansions).toEqual([{ id: LANG_SON.id, loaded: 6, types: [] }]);
    expect(state.graph.nodes.size).toBe(5);
  });

  it("brings hidden entities back when an expansion fetches them again", () => {
    let state = explorerReducer(initialExplorerState(EMPTY_VIEW), { type: "added", elements: PAGE, near: null });
    state = explorerReducer(state, { type: "select", selection: { kind: "node", id: "person:a" } });
    state = explorerReducer(state, { type: "hide", ids: ["person:a"] });
    expect(state.view.hidden).toEqual(["person:a"]);
    expect(state.view.selection).toBeNull();
    state = explorerReducer(state, { type: "added", elements: elements([node("person:a", "Person")]), near: null });
    expect(state.view.hidden).toEqual([]);
  });

  it("keeps the page offset a prefix of the new order when filters narrow", () => {
    let state = explorerReducer(initialExplorerState(EMPTY_VIEW), { type: "added", elements: PAGE, near: LANG_SON.id, expansion: { id: LANG_SON.id, loaded: 3, types: [] }, total: 3 });
    const onlyRecent = { ...DEFAULT_FILTERS, from: "2020-01-01", labels: DEFAULT_FILTERS.labels.filter((l) => l !== "Person") };
    expect(neighboursPassing(state.graph, state.view.expansions[0]!, onlyRecent)).toBe(1);
    state = explorerReducer(state, { type: "filters", filters: onlyRecent });
    expect(state.view.expansions[0]!.loaded).toBe(1);
    state = explorerReducer(state, { type: "filters", filters: DEFAULT_FILTERS });
    expect(state.view.expansions[0]!.loaded).toBe(1);
  });

  it("restores a shared view, dropping entities the database no longer has", () => {
    const view = { ...EMPTY_VIEW, nodes: ["province:lang-son", "person:gone"], expansions: [{ id: "person:gone", loaded: 2, types: [] }] };
    const state = explorerReducer(initialExplorerState(view), { type: "restored", elements: elements([LANG_SON]), totals: {} });
    expect(state.view.nodes).toEqual(["province:lang-son"]);
    expect(state.view.expansions).toEqual([]);
    expect(state.arrival.ids).toEqual(["province:lang-son"]);
  });

  it("clears the canvas but keeps filters, layout and page size", () => {
    let state = explorerReducer(initialExplorerState({ ...EMPTY_VIEW, layout: "grid", limit: 5 }), { type: "added", elements: PAGE, near: null });
    state = explorerReducer(state, { type: "clear" });
    expect(state.graph.nodes.size).toBe(0);
    expect(state.view).toMatchObject({ nodes: [], expansions: [], layout: "grid", limit: 5 });
  });

  it("lets a view's answer take the canvas over, keeping the selection only when still drawn", () => {
    let state = explorerReducer(initialExplorerState(EMPTY_VIEW), { type: "added", elements: PAGE, near: LANG_SON.id, expansion: { id: LANG_SON.id, loaded: 3, types: [] }, total: 9 });
    state = explorerReducer(state, { type: "hide", ids: ["country:vn"] });
    state = explorerReducer(state, { type: "select", selection: { kind: "node", id: "person:a" } });
    const met = elements([node("person:a", "Person"), node("person:b", "Person")], [edge("person:a", "person:b", "MET")]);
    const asked = { view: "met", person: "person:a", depth: 1, from: null, to: null, country: null } as const;
    state = explorerReducer(state, { type: "replaced", elements: met, answer: asked });
    expect(state.view.answer).toEqual(asked);
    expect(state.view.nodes).toEqual(["person:a", "person:b"]);
    expect([...state.graph.edges.keys()]).toEqual(["MET|person:a|person:b"]);
    expect(state.view.expansions).toEqual([]);
    expect(state.view.hidden).toEqual([]);
    expect(state.totals).toEqual({});
    expect(state.view.selection).toEqual({ kind: "node", id: "person:a" });
    expect(state.arrival.ids).toEqual(["person:a", "person:b"]);
    state = explorerReducer(state, { type: "replaced", elements: elements([LANG_SON]), answer: { view: "partners", place: LANG_SON.id, country: null } });
    expect(state.view.selection).toBeNull();
    // Browsing on from an answer: the canvas no longer answers the question alone.
    state = explorerReducer(state, { type: "added", elements: PAGE, near: LANG_SON.id, expansion: { id: LANG_SON.id, loaded: 3, types: [] }, total: 3 });
    expect(state.view.answer).toBeNull();
  });

  it("adds paths beside what was there, remembering how many entities were there before them", () => {
    let state = explorerReducer(initialExplorerState(EMPTY_VIEW), { type: "added", elements: PAGE, near: LANG_SON.id, expansion: { id: LANG_SON.id, loaded: 3, types: [] }, total: 3 });
    const path = elements([node("person:a", "Person"), node("person:z", "Person")], [edge("person:a", "person:z", "MET")]);
    state = explorerReducer(state, { type: "added", elements: path, near: null, answer: { view: "paths", from: "person:a", to: "person:z", maxLength: 4, base: 0 } });
    expect(state.view.answer).toEqual({ view: "paths", from: "person:a", to: "person:z", maxLength: 4, base: 4 });
    expect(state.view.nodes.slice(4)).toEqual(["person:z"]);
  });

  it("puts a shared link's answer back after the entities the link listed, keeping what was hidden and selected", () => {
    const answer = { view: "paths", from: "person:a", to: "person:z", maxLength: 4, base: 1 } as const;
    const view = { ...EMPTY_VIEW, nodes: ["province:lang-son"], hidden: ["person:a"], selection: { kind: "node", id: "person:z" } as const, answer };
    const back = elements([LANG_SON, node("person:a", "Person"), node("person:z", "Person")], [edge("person:a", "person:z", "MET")]);
    const state = explorerReducer(initialExplorerState(view), { type: "restored", elements: back, totals: {} });
    expect(state.view.nodes).toEqual(["province:lang-son", "person:a", "person:z"]);
    expect(state.view).toMatchObject({ hidden: ["person:a"], selection: { kind: "node", id: "person:z" }, answer });
    expect(state.arrival.ids).toEqual(state.view.nodes);
  });

  it("switches views and remembers what each was asked", () => {
    let state = explorerReducer(initialExplorerState(EMPTY_VIEW), { type: "question", question: { view: "met", person: "person:a", depth: 2 } });
    state = explorerReducer(state, { type: "question", question: { view: "paths" } });
    expect(state.view.question).toMatchObject({ view: "paths", person: "person:a", depth: 2 });
  });
});
