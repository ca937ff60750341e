/**
 * How long the questions the app asks (cypher/read/) take, run the way the app runs them: one
 * READ session and executeRead per question, parameters only, records fetched to the client.
 * First on the sample documents loaded by the real loader, then on a generated graph of about
 * 100,000 nodes (documents included) written with plain UNWIND … CREATE batches in the shape the
 * loader writes (the loader would take many minutes for it). Every parameter is picked by querying
 * the graph at hand: the person with most MET relationships, the busiest month, and so on.
 * Starts its own Neo4j (heap 2g) on a free port with a throw-away home unless NEO4J_URI is set
 * (then that database is EMPTIED, as by npm test).
 */
import path from "node:path";
import neo4j, { type Driver, type Plan, type ProfiledPlan, type Record as Neo4jRecord, type ResultSummary } from "neo4j-driver";
import { collectFiles } from "../../graph-loader/collect-files.ts";
import { mergeGraphs } from "../../graph-loader/graph/merge-graphs.ts";
import { loadDocuments } from "../../graph-loader/load-documents.ts";
import { applySchema } from "../../graph-loader/neo4j/apply-schema.ts";
import { cypherFile, splitStatements } from "../../graph-loader/neo4j/cypher-file.ts";
import { DEFAULT_BATCH_SIZE } from "../../graph-loader/neo4j/write-graph.ts";
import { luceneQuery } from "../../web/features/search/api/lucene-query.ts";
import { filterParams } from "../../web/lib/filter-params.ts";
import { earliestDay, latestDay } from "../../web/lib/partial-dates.ts";
import { DEFAULT_FILTERS } from "../../web/lib/view-state.ts";
import { openBenchNeo4j } from "./bench-neo4j.ts";
import { generateCorpus } from "./generate-graphs.ts";
import { createPlainly, emptyDatabase } from "./write-throughput.ts";

const SAMPLES = path.resolve(import.meta.dirname, "../../samples");

/**
 * The generated graph: 16,000 documents drawing on 70,000 people come to about 100k nodes
 * (documents, ~56k people, ~28k events, the places) and ~700k relationships. More documents
 * with fewer people give the same node count with more relationships, but merging the
 * documents in Node (mergeGraphs) then takes over a minute on this 2-core machine.
 */
const GENERATED = { documents: 16_000, people: 70_000 };

const WARM_UPS = 3;
const RUNS = 20;
/** A question slower than this gets fewer runs (at least MIN_RUNS), so the whole bench stays within minutes. */
const TIME_PER_QUESTION_MS = 5_000;
const MIN_RUNS = 3;
/** A run that takes longer is cut off by the server and reported as such: the app would be stuck. */
const TIMEOUT_MS = 5_000;
/** Slower than this on the generated graph: its profile is summarised in the figures. */
const SLOW_MS = 500;

// What the app passes (web/features/*/api/*.ts), so the queries do the same amount of work.
const APP = { meetings: 500, searchResults: 30, paths: 50, partnerships: 500, listedRelationships: 100, events: 500, connectors: 10, neighbours: 50, overview: 40, maxPathLength: 4 };

/** The parameters of the questions, picked from the graph they run on. */
interface Picks {
  /** The person with most MET relationships. */
  person: string;
  /** The country most of that person's MET partners are affiliated with. */
  metCountry: string;
  /** The two people who met most often, and that MET relationship. */
  meeting: { a: string; b: string; id: string };
  /** Two people a few steps apart (not through documents), and how many. */
  path: { from: string; to: string; length: number };
  /** A place with many partners, and the partner it shares most agreements with (or any partner). */
  place: string;
  partner: string;
  /** The country whose places have most partnerships. */
  partnerCountry: string;
  range: { from: string; to: string };
  /** The most common first word of people's names, as typed into the search box. */
  search: string;
}

interface Question {
  label: string;
  file: string;
  params: Record<string, unknown>;
  /** What came back, when one record holds it all (default: the number of records). */
  size?: (records: Neo4jRecord[]) => string;
}

const listSize = (key: string, noun: string) => (records: Neo4jRecord[]) => `${(records[0]?.get(key) as unknown[] | undefined)?.length ?? 0} ${noun}`;
const neighbourPage = (records: Neo4jRecord[]) => `${(records[0]?.get("neighbours") as unknown[] | undefined)?.length ?? 0} of ${Number(records[0]?.get("total") ?? 0)} neighbours`;

function questions(p: Picks): Question[] {
  const filters = filterParams(DEFAULT_FILTERS);
  const whoMet = { from: null, to: null, country: null, limit: neo4j.int(APP.meetings) };
  const page = { skip: neo4j.int(0), limit: neo4j.int(APP.neighbours) };
  const meetings = listSize("meetings", "meetings");
  return [
    { label: "search-entities (a common name word)", file: "search-entities", params: { query: luceneQuery(p.search), limit: neo4j.int(APP.searchResults) } },
    { label: `graph-overview (top ${APP.overview})`, file: "graph-overview", params: { limit: neo4j.int(APP.overview) } },
    { label: "neighbours-of-entity (hub person, page 1)", file: "neighbours-of-entity", params: { ...filters, ...page, id: p.person, onCanvas: [p.person] }, size: neighbourPage },
    { label: "neighbours-of-entity (hub place, page 1)", file: "neighbours-of-entity", params: { ...filters, ...page, id: p.place, onCanvas: [p.place] }, size: neighbourPage },
    { label: "entity-details (hub place)", file: "entity-details", params: { id: p.place, limit: neo4j.int(APP.listedRelationships) }, size: listSize("relationships", "relationships") },
    { label: "relationship-sources (a MET)", file: "relationship-sources", params: { source: p.meeting.a, id: p.meeting.id } },
    { label: "people-who-met (ego, depth 1)", file: "people-who-met", params: { ...whoMet, personId: p.person, depth: neo4j.int(1) }, size: meetings },
    { label: "people-who-met (ego, depth 2)", file: "people-who-met", params: { ...whoMet, personId: p.person, depth: neo4j.int(2) }, size: meetings },
    { label: "people-who-met (ego, depth 3)", file: "people-who-met", params: { ...whoMet, personId: p.person, depth: neo4j.int(3) }, size: meetings },
    { label: "people-who-met (ego, depth 1, one country)", file: "people-who-met", params: { ...whoMet, personId: p.person, depth: neo4j.int(1), country: p.metCountry }, size: meetings },
    { label: "people-who-met (everyone, date range)", file: "people-who-met", params: { ...whoMet, personId: null, depth: neo4j.int(1), ...p.range }, size: meetings },
    { label: "meetings-between-people", file: "meetings-between-people", params: { a: p.meeting.a, b: p.meeting.b } },
    { label: "partner-network (one place)", file: "partner-network", params: { placeId: p.place, country: null, limit: neo4j.int(APP.partnerships) } },
    { label: "partner-network (one country)", file: "partner-network", params: { placeId: null, country: p.partnerCountry, limit: neo4j.int(APP.partnerships) } },
    { label: "agreements-between-places", file: "agreements-between-places", params: { a: p.place, b: p.partner } },
    { label: "paths-between-entities (two people)", file: "paths-between-entities", params: { from: p.path.from, to: p.path.to, maxLength: neo4j.int(APP.maxPathLength), limit: neo4j.int(APP.paths) } },
    { label: "events-in-time (date range)", file: "events-in-time", params: { ...p.range, limit: neo4j.int(APP.events) } },
    { label: "top-connectors (Person)", file: "top-connectors", params: { label: "Person", limit: neo4j.int(APP.connectors) } },
  ];
}

type Target = { driver: Driver; database?: string };

/** One question as the app asks it (web/lib/run-read.ts), with a server-side timeout. */
async function ask(target: Target, question: Question, prefix = ""): Promise<{ ms: number; size: string; summary: ResultSummary }> {
  const session = target.driver.session({ database: target.database, defaultAccessMode: neo4j.session.READ });
  try {
    const started = performance.now();
    const result = await session.executeRead((tx) => tx.run(prefix + cypherFile(`read/${question.file}`), question.params), { timeout: TIMEOUT_MS });
    const ms = performance.now() - started;
    return { ms, size: question.size?.(result.records) ?? `${result.records.length} rows`, summary: result.summary };
  } finally {
    await session.close();
  }
}

/** A query for setting up: the first record as a plain object, or null. */
async function first(target: Target, statement: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown> | null> {
  const { records } = await target.driver.executeQuery(statement, params, { database: target.database, routing: neo4j.routing.READ });
  return records[0]?.toObject() ?? null;
}

async function pickParameters(target: Target, preferredPlace?: string): Promise<Picks> {
  const missing = (what: string) => new Error(`The graph has no ${what} to benchmark the questions with.`);
  const person = await first(target, "MATCH (p:Person) RETURN p.id AS id ORDER BY COUNT { (p)-[:MET]-() } DESC, id LIMIT 1");
  if (!person) throw missing("person");
  const personId = String(person.id);
  const metCountry = await first(
    target,
    `MATCH (:Person {id: $id})-[:MET]-(b:Person)-[:AFFILIATED_WITH]->(place)
     WITH coalesce(place.iso2, place.country) AS country WHERE country IS NOT NULL
     RETURN country, count(*) AS n ORDER BY n DESC, country LIMIT 1`,
    { id: personId },
  );
  const meeting = await first(target, "MATCH (a:Person)-[m:MET]->(b:Person) RETURN a.id AS a, b.id AS b, m.id AS id ORDER BY m.count DESC, size(m.evidenceDocs) DESC, m.id LIMIT 1");
  if (!meeting) throw missing("MET relationship");

  // Two people a few steps apart: the first of some people (not met directly) farthest from the
  // person, preferring 4 steps, then 3: a short path is found by any query.
  const candidates = await target.driver.executeQuery(
    "MATCH (a:Person {id: $id}), (b:Person) WHERE b <> a AND NOT EXISTS { (a)-[:MET]-(b) } RETURN b.id AS id ORDER BY id LIMIT 40",
    { id: personId },
    { database: target.database, routing: neo4j.routing.READ },
  );
  let path = { from: personId, to: String(meeting.b === personId ? meeting.a : meeting.b), length: 1 };
  for (const candidate of candidates.records.map((r) => String(r.get("id")))) {
    const found = await first(
      target,
      `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
       MATCH p = shortestPath((a)-[*..4]-(b)) WHERE none(r IN relationships(p) WHERE type(r) = 'MENTIONED_IN')
       RETURN length(p) AS length`,
      { from: personId, to: candidate },
    );
    const length = found ? Number(found.length) : 0;
    if (length > path.length) path = { from: personId, to: candidate, length };
    if (length === 4) break;
  }

  // The place: the one asked for if it has partners, else the province with most partners, else any place.
  const preferred = preferredPlace ? await first(target, "MATCH (p:Entity {id: $id}) WHERE EXISTS { (p)-[:PARTNERS_WITH]-() } RETURN p.id AS id", { id: preferredPlace }) : null;
  const hubPlace =
    preferred ??
    (await first(
      target,
      `MATCH (p:Entity) WHERE p:Country OR p:Province OR p:City
       RETURN p.id AS id ORDER BY p:Province DESC, COUNT { (p)-[:PARTNERS_WITH]-() } DESC, id LIMIT 1`,
    ));
  if (!hubPlace) throw missing("place");
  const place = String(hubPlace.id);
  const partner = await first(
    target,
    `MATCH (a:Entity {id: $id})-[:PARTNERS_WITH]-(b)
     RETURN b.id AS id ORDER BY COUNT { (a)-[:PARTY_TO]->(:Agreement)<-[:PARTY_TO]-(b) } DESC, id LIMIT 1`,
    { id: place },
  );
  const partnerCountry = await first(
    target,
    "MATCH (a)-[:PARTNERS_WITH]-() WHERE a.country IS NOT NULL RETURN a.country AS country, count(*) AS n ORDER BY n DESC, country LIMIT 1",
  );

  const span = await first(target, "MATCH (e:Event) WHERE e.date IS NOT NULL RETURN min(e.date) AS first, max(e.date) AS last, count(*) AS events");
  if (!span || !span.first) throw missing("dated event");
  let range = { from: earliestDay(String(span.first)), to: latestDay(String(span.last)) };
  // Over a few hundred events, the busiest month instead of all of them: a range a user brushes.
  if (Number(span.events) > APP.events) {
    const month = await first(target, "MATCH (e:Event) WHERE size(e.date) >= 7 RETURN substring(e.date, 0, 7) AS month, count(*) AS n ORDER BY n DESC, month LIMIT 1");
    range = { from: earliestDay(String(month!.month)), to: latestDay(String(month!.month)) };
  }

  const word = await first(target, "MATCH (p:Person) WITH split(toLower(p.name), ' ')[0] AS word RETURN word, count(*) AS n ORDER BY n DESC, word LIMIT 1");
  return {
    person: personId,
    metCountry: String(metCountry?.country ?? "VN"),
    meeting: { a: String(meeting.a), b: String(meeting.b), id: String(meeting.id) },
    path,
    place,
    partner: String(partner?.id ?? place),
    partnerCountry: String(partnerCountry?.country ?? "VN"),
    range,
    search: String(word?.word ?? "nguyen"),
  };
}

interface Timing {
  median: number;
  p95: number;
  runs: number;
  /** What came back, e.g. "30 rows". */
  size: string;
  timedOut: boolean;
}

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest rank: with 20 runs, the 19th fastest. */
function percentile95(sorted: readonly number[]): number {
  return sorted[Math.ceil(0.95 * sorted.length) - 1]!;
}

const OUT_OF_TIME: Timing = { median: TIMEOUT_MS, p95: TIMEOUT_MS, runs: 0, size: "", timedOut: true };
const timedOut = (error: unknown) => Boolean((error as { code?: string }).code?.includes("TransactionTimedOut"));

async function timeQuestion(target: Target, question: Question): Promise<Timing> {
  try {
    let last = { ms: 0, size: "" };
    // One warm-up is enough for a slow question: its caches are warm after it, and time is short.
    for (let i = 0; i < WARM_UPS && last.ms < 1_000; i++) last = await ask(target, question);
    const runs = Math.max(MIN_RUNS, Math.min(RUNS, Math.floor(TIME_PER_QUESTION_MS / Math.max(last.ms, 1))));
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push((await ask(target, question)).ms);
    times.sort((x, y) => x - y);
    return { median: median(times), p95: percentile95(times), runs, size: last.size, timedOut: false };
  } catch (error) {
    if (timedOut(error)) return OUT_OF_TIME;
    throw new Error(`${question.label} (cypher/read/${question.file}.cypher) failed: ${(error as Error).message}`);
  }
}

const count = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)}M` : n >= 1e4 ? `${(n / 1e3).toFixed(0)}k` : String(n));
const operator = (plan: { operatorType: string; arguments: Record<string, unknown> }, detail = 70) =>
  `${plan.operatorType.replace(/@neo4j$/, "")}${typeof plan.arguments.Details === "string" && detail ? ` ${plan.arguments.Details.slice(0, detail)}` : ""}`;

/** Where a slow question spends its work: its heaviest operators by database hits. */
async function planSummary(target: Target, question: Question, outOfTime: boolean): Promise<string> {
  // A question that ran out of time would do so again under PROFILE: its plan is all there is.
  if (outOfTime) {
    const { summary } = await ask(target, question, "EXPLAIN ");
    const operators: string[] = [];
    const walk = (plan: Plan) => {
      operators.push(operator(plan, /Scan|Seek|Expand/.test(plan.operatorType) ? 50 : 0));
      plan.children.forEach(walk);
    };
    if (summary.plan) walk(summary.plan);
    return `plan, not run: ${operators.join(" ← ")}`;
  }
  const { summary } = await ask(target, question, "PROFILE ");
  const operators: { name: string; dbHits: number; rows: number }[] = [];
  const walk = (plan: ProfiledPlan) => {
    operators.push({ name: operator(plan), dbHits: plan.dbHits, rows: plan.rows });
    plan.children.forEach(walk);
  };
  if (summary.profile) walk(summary.profile);
  const total = operators.reduce((sum, o) => sum + o.dbHits, 0);
  const heaviest = [...operators].sort((x, y) => y.dbHits - x.dbHits).slice(0, 3);
  return `${count(total)} db hits; heaviest: ${heaviest.map((o) => `${o.name} (${count(o.dbHits)} hits, ${count(o.rows)} rows)`).join("; ")}`;
}

async function graphSize(target: Target): Promise<{ nodes: number; relationships: number }> {
  // The app's graph only: the loader's bookkeeping nodes (Contribution, LoaderLock) are left out.
  const counts = await first(target, "MATCH (n) WHERE n:Entity OR n:Document WITH count(n) AS nodes RETURN nodes, COUNT { ()-[]->() } AS relationships");
  return { nodes: Number(counts!.nodes), relationships: Number(counts!.relationships) };
}

async function timeAll(target: Target, list: readonly Question[]): Promise<Timing[]> {
  // One pass over every question first, untimed, so the server's JIT has seen them all; a
  // question that runs out of time here is not asked again.
  const outOfTime = new Set<Question>();
  for (const question of list) {
    await ask(target, question).catch((error: unknown) => {
      if (!timedOut(error)) throw error;
      outOfTime.add(question);
    });
  }
  const timings: Timing[] = [];
  for (const question of list) {
    timings.push(outOfTime.has(question) ? OUT_OF_TIME : await timeQuestion(target, question));
  }
  return timings;
}

/** Drops every constraint and index but the built-in lookup indexes (applySchema makes them again). */
async function dropSchema(target: Target): Promise<void> {
  const options = { database: target.database };
  const constraints = await target.driver.executeQuery("SHOW CONSTRAINTS YIELD name RETURN name", {}, options);
  for (const r of constraints.records) await target.driver.executeQuery(`DROP CONSTRAINT \`${r.get("name")}\``, {}, options);
  const indexes = await target.driver.executeQuery("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", {}, options);
  for (const r of indexes.records) await target.driver.executeQuery(`DROP INDEX \`${r.get("name")}\``, {}, options);
}

/** Writes the generated graph into the empty database; returns how long each step took, in seconds. */
async function buildGeneratedGraph(target: Target): Promise<{ generate: number; merge: number; write: number; indexes: number }> {
  let started = performance.now();
  const lap = () => {
    const seconds = (performance.now() - started) / 1000;
    started = performance.now();
    return seconds;
  };
  const graphs = generateCorpus(GENERATED);
  const generate = lap();
  const merged = mergeGraphs(graphs);
  const merge = lap();
  // Only the constraints the writes look nodes up by, then the rest of the schema: kept up to
  // date during the writes, the full-text index and the relationship-id indexes doubled their
  // time here (21 s against 39 s for 3,000 documents); built afterwards, the schema is the same.
  await dropSchema(target);
  for (const statement of splitStatements(cypherFile("schema")).filter((s) => /FOR \(n:(Entity|Document)\) REQUIRE n\.id IS UNIQUE/.test(s))) {
    await target.driver.executeQuery(statement, {}, { database: target.database });
  }
  await createPlainly(target.driver, merged, { database: target.database, batchSize: DEFAULT_BATCH_SIZE });
  const write = lap();
  await applySchema(target.driver, target.database);
  return { generate, merge, write, indexes: lap() };
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

function describe(timing: Timing): string {
  if (timing.timedOut) return `timed out (> ${TIMEOUT_MS / 1000} s)`;
  const runs = timing.runs < RUNS ? `, ${timing.runs} runs` : "";
  return `${ms(timing.median)} ms / ${ms(timing.p95)} ms (${timing.size}${runs})`;
}

function describePicks(p: Picks): string {
  return [
    `person ${p.person}`,
    `meeting ${p.meeting.a} & ${p.meeting.b}`,
    `country of met people ${p.metCountry}`,
    `path to ${p.path.to} (${p.path.length} steps)`,
    `place ${p.place} (partner ${p.partner}, country ${p.partnerCountry})`,
    `${p.range.from}…${p.range.to}`,
    `search "${p.search}"`,
  ].join("; ");
}

export async function benchQueries(): Promise<Record<string, string>> {
  const neo4j = await openBenchNeo4j();
  const target: Target = { driver: neo4j.driver, database: neo4j.database };
  try {
    await emptyDatabase(target.driver, target.database);
    await applySchema(target.driver, target.database);
    let started = performance.now();
    const loaded = await loadDocuments(collectFiles([SAMPLES]), { driver: target.driver, database: target.database });
    if (loaded.failed.length) throw new Error(`Loading the samples failed: ${loaded.failed.map((f) => `${f.path}: ${f.reason}`).join("; ")}`);
    const sampleLoad = (performance.now() - started) / 1000;
    const sampleSize = await graphSize(target);
    // Lạng Sơn, the province the issue names, when the samples still have its partnerships.
    const samplePicks = await pickParameters(target, "province:vn:lang-son");
    const sampleTimings = await timeAll(target, questions(samplePicks));

    await emptyDatabase(target.driver, target.database);
    started = performance.now();
    const build = await buildGeneratedGraph(target);
    const buildSeconds = (performance.now() - started) / 1000;
    const size = await graphSize(target);
    const picks = await pickParameters(target);
    const generatedQuestions = questions(picks);
    const timings = await timeAll(target, generatedQuestions);
    const plans = new Map<number, string>();
    const planned = new Set<string>();
    for (const [i, timing] of timings.entries()) {
      const question = generatedQuestions[i]!;
      if (timing.median <= SLOW_MS) continue;
      // A plan that was not run is the same for every question of the file: shown once.
      if (timing.timedOut && planned.has(question.file)) plans.set(i, "the same plan as above");
      else plans.set(i, await planSummary(target, question, timing.timedOut));
      if (timing.timedOut) planned.add(question.file);
    }

    const figures: Record<string, string> = {
      "samples graph": `${loaded.loaded} documents through the loader (${sampleLoad.toFixed(1)} s): ${sampleSize.nodes} nodes, ${sampleSize.relationships} relationships`,
      "100k graph": `${GENERATED.documents} generated documents, ${GENERATED.people} people to draw on: ${size.nodes} nodes, ${size.relationships} relationships`,
      "100k graph built in": `${buildSeconds.toFixed(0)} s: generate ${build.generate.toFixed(1)} s, mergeGraphs ${build.merge.toFixed(1)} s, UNWIND … CREATE ${build.write.toFixed(1)} s, rest of the schema and its indexes ${build.indexes.toFixed(1)} s`,
      "parameters · samples": describePicks(samplePicks),
      "parameters · 100k": describePicks(picks),
      timing: `median / p95 of ${RUNS} runs after ${WARM_UPS} warm-ups (fewer runs when slow), client-side, records fetched; shared 2-core machine: noisy`,
    };
    for (const [i, question] of generatedQuestions.entries()) {
      figures[question.label] = `samples: ${describe(sampleTimings[i]!)} · 100k: ${describe(timings[i]!)}`;
      const plan = plans.get(i);
      if (plan) figures[`${question.label} · 100k profile`] = plan;
    }
    return figures;
  } finally {
    await neo4j.close();
  }
}
