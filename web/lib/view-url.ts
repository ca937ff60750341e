/**
 * The view as query parameters, so a copied URL reopens the same canvas: repeated `n` for the
 * entities, `x` for expansions ("loaded~TYPES~id", the id last since it may hold anything),
 * `h` for hidden entities, one parameter per filter that differs from the default, and the
 * open view with what it was asked (`view`, then one parameter per question that differs).
 * When the canvas answers a question, `asked` names the view that asked it and `asked.<field>`
 * gives each of its parameters that differs from what the form asks now; the answer's entities
 * are not listed (the link asks again), only those drawn before paths were added beside them.
 */
import {
  DEFAULT_FILTERS,
  DEFAULT_QUESTION,
  MAX_PATH_LENGTH,
  DEFAULT_LIMIT,
  EMPTY_VIEW,
  isAnsweringView,
  questionFor,
  type Answer,
  ENTITY_LABELS,
  RELATIONSHIP_TYPES,
  isEntityLabel,
  isLayoutName,
  isMeasureName,
  isRelationshipType,
  isViewName,
  type Expansion,
  type Filters,
  type Question,
  type Selection,
  type ViewState,
} from "./view-state.ts";

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const MAX_LIMIT = 500;

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

export function viewToSearchParams(view: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  for (const id of listedNodes(view)) params.append("n", id);
  for (const x of view.expansions) params.append("x", `${x.loaded}~${x.types.join(",")}~${x.id}`);
  for (const id of view.hidden) params.append("h", id);
  const f = view.filters;
  if (!sameSet(f.labels, ENTITY_LABELS)) params.set("labels", f.labels.join(","));
  if (!sameSet(f.types, RELATIONSHIP_TYPES)) params.set("types", f.types.join(","));
  if (f.countries.length > 0) params.set("countries", f.countries.join(","));
  if (f.from) params.set("from", f.from);
  if (f.to) params.set("to", f.to);
  if (f.minConfidence > 0) params.set("conf", String(f.minConfidence));
  if (view.layout !== EMPTY_VIEW.layout) params.set("layout", view.layout);
  if (view.limit !== DEFAULT_LIMIT) params.set("limit", String(view.limit));
  if (view.selection?.kind === "node") params.set("node", view.selection.id);
  if (view.selection?.kind === "edge") {
    params.set("edge", view.selection.id);
    params.set("edgeSource", view.selection.source);
  }
  writeQuestion(params, view.question);
  if (view.answer) writeAnswer(params, view.answer, view);
  return params;
}

/** The entities the link lists: all of them, unless a question's answer brings them back. */
function listedNodes(view: ViewState): readonly string[] {
  const answer = view.answer;
  if (!answer) return view.nodes;
  return answer.view === "paths" ? view.nodes.slice(0, answer.base) : [];
}

const ASKED = "asked";
/** Numeric fields of an answer; the others are ids, codes or dates (empty for none). */
const ANSWER_NUMBERS = new Set(["depth", "maxLength"]);

function writeAnswer(params: URLSearchParams, answer: Answer, view: ViewState): void {
  params.set(ASKED, answer.view);
  const now: Record<string, unknown> = questionFor(answer.view, view) ?? {};
  for (const [field, value] of Object.entries(answer)) {
    // The paths' base is the number of listed entities; the view is `asked` itself.
    if (field === "view" || field === "base" || now[field] === value) continue;
    params.set(`${ASKED}.${field}`, value === null ? "" : String(value));
  }
}

function parseAnswer(params: URLSearchParams, view: ViewState): Answer | null {
  const name = params.get(ASKED) ?? "";
  if (!isAnsweringView(name)) return null;
  // Paths without both ends in the form: the link must give them.
  const fields: Record<string, unknown> = { ...(questionFor(name, view) ?? { view: name, from: null, to: null, maxLength: DEFAULT_QUESTION.maxLength, base: view.nodes.length }) };
  for (const field of Object.keys(fields)) {
    const value = params.get(`${ASKED}.${field}`);
    if (value === null || field === "view" || field === "base") continue;
    if (ANSWER_NUMBERS.has(field)) fields[field] = whole(value, 1, field === "depth" ? 3 : MAX_PATH_LENGTH, fields[field] as number);
    // Paths go from and to entity ids; the other views' from and to are dates.
    else if (field === "from" || field === "to") fields[field] = value && (name === "paths" || ISO_DATE.test(value)) ? value : null;
    else if (field === "country") fields[field] = /^[A-Z]{2}$/.test(value) ? value : null;
    else fields[field] = value || null;
  }
  if (name === "paths" && (!fields.from || !fields.to)) return null;
  return fields as Answer;
}

/** URL parameter names of the question's fields (short, and clear of the filters' names). */
const QUESTION_PARAMS = {
  person: "person",
  metCountry: "metCountry",
  place: "place",
  partnerCountry: "partnerCountry",
  pathFrom: "pathFrom",
  pathTo: "pathTo",
} as const satisfies Partial<Record<keyof Question, string>>;

function writeQuestion(params: URLSearchParams, q: Question): void {
  if (q.view !== DEFAULT_QUESTION.view) params.set("view", q.view);
  for (const [field, name] of Object.entries(QUESTION_PARAMS) as [keyof typeof QUESTION_PARAMS, string][]) {
    const value = q[field];
    if (value) params.set(name, value);
  }
  if (q.depth !== DEFAULT_QUESTION.depth) params.set("depth", String(q.depth));
  if (q.maxLength !== DEFAULT_QUESTION.maxLength) params.set("maxLength", String(q.maxLength));
  if (q.measure !== DEFAULT_QUESTION.measure) params.set("measure", q.measure);
}

function whole(value: string | null, min: number, max: number, fallback: number): number {
  const n = Number(value ?? fallback);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

function parseQuestion(params: URLSearchParams): Question {
  const view = params.get("view") ?? "";
  const measure = params.get("measure") ?? "";
  const text = (name: string) => params.get(name) || null;
  const country = (name: string) => {
    const code = params.get(name)?.toUpperCase() ?? "";
    return /^[A-Z]{2}$/.test(code) ? code : null;
  };
  return {
    view: isViewName(view) ? view : DEFAULT_QUESTION.view,
    person: text(QUESTION_PARAMS.person),
    depth: whole(params.get("depth"), 1, 3, DEFAULT_QUESTION.depth),
    metCountry: country(QUESTION_PARAMS.metCountry),
    place: text(QUESTION_PARAMS.place),
    partnerCountry: country(QUESTION_PARAMS.partnerCountry),
    pathFrom: text(QUESTION_PARAMS.pathFrom),
    pathTo: text(QUESTION_PARAMS.pathTo),
    maxLength: whole(params.get("maxLength"), 1, MAX_PATH_LENGTH, DEFAULT_QUESTION.maxLength),
    measure: isMeasureName(measure) ? measure : DEFAULT_QUESTION.measure,
  };
}

function list(params: URLSearchParams, name: string): string[] | null {
  const value = params.get(name);
  if (value === null) return null;
  return value.split(",").map((s) => s.trim()).filter(Boolean);
}

function parseExpansion(value: string): Expansion | null {
  const first = value.indexOf("~");
  const second = value.indexOf("~", first + 1);
  if (first < 0 || second < 0) return null;
  const loaded = Number(value.slice(0, first));
  const id = value.slice(second + 1);
  if (!Number.isInteger(loaded) || loaded < 0 || !id) return null;
  const types = value.slice(first + 1, second).split(",").filter(isRelationshipType);
  return { id, loaded, types };
}

function parseFilters(params: URLSearchParams): Filters {
  const confidence = Number(params.get("conf") ?? 0);
  const from = params.get("from");
  const to = params.get("to");
  return {
    labels: list(params, "labels")?.filter(isEntityLabel) ?? DEFAULT_FILTERS.labels,
    types: list(params, "types")?.filter(isRelationshipType) ?? DEFAULT_FILTERS.types,
    countries: list(params, "countries")?.map((c) => c.toUpperCase()).filter((c) => /^[A-Z]{2}$/.test(c)) ?? [],
    from: from && ISO_DATE.test(from) ? from : null,
    to: to && ISO_DATE.test(to) ? to : null,
    minConfidence: Number.isFinite(confidence) ? Math.min(1, Math.max(0, confidence)) : 0,
  };
}

function parseSelection(params: URLSearchParams): Selection {
  const node = params.get("node");
  if (node) return { kind: "node", id: node };
  const edge = params.get("edge");
  const source = params.get("edgeSource");
  if (edge && source) return { kind: "edge", id: edge, source };
  return null;
}

/** Reads a view from query parameters; anything malformed falls back to the default. */
export function viewFromSearchParams(params: URLSearchParams): ViewState {
  const layout = params.get("layout") ?? "";
  const limit = Number(params.get("limit") ?? DEFAULT_LIMIT);
  const view: ViewState = {
    nodes: [...new Set(params.getAll("n").filter(Boolean))],
    expansions: params.getAll("x").map(parseExpansion).filter((x): x is Expansion => x !== null),
    hidden: params.getAll("h").filter(Boolean),
    filters: parseFilters(params),
    layout: isLayoutName(layout) ? layout : EMPTY_VIEW.layout,
    selection: parseSelection(params),
    limit: Number.isInteger(limit) && limit >= 1 ? Math.min(limit, MAX_LIMIT) : DEFAULT_LIMIT,
    question: parseQuestion(params),
    answer: null,
  };
  return { ...view, answer: parseAnswer(params, view) };
}
