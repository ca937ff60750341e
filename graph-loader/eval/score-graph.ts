/**
 * Scores a graph (Cytoscape JSON) against gold annotations, by the metric of the annotation
 * guide (test/fixtures/gold/GUIDE.md): entities of the strict types and the three relationship
 * types, matched on folded names and aliases, micro-averaged.
 */

export interface GoldEntity {
  type: string;
  name: string;
  aliases?: string[];
}

export interface GoldRelation {
  type: string;
  a: string;
  b: string;
  evidence?: string;
}

export interface GoldFile {
  schema: number;
  docs: { doc: string; lang?: string; entities: GoldEntity[]; relations?: GoldRelation[] }[];
}

export interface GraphJson {
  elements?: { nodes?: { data: Record<string, unknown> }[]; edges?: { data: Record<string, unknown> }[] };
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
  duplicates?: number;
}

export interface ScoreReport {
  entities: Record<string, Score>;
  relations: Record<string, Score>;
  misses: Record<string, string[]>;
  spurious: Record<string, string[]>;
  entityMicro: Score;
  relationMicro: Score;
}

export const SCORED_ENTITIES = ["Person", "Country", "Province", "City"];
const REPORTED_ENTITIES = ["Organization"];
const PLACES = new Set(["Country", "Province", "City"]);
const RELATIONS: Record<string, { symmetric: boolean; a: Set<string>; b: Set<string> }> = {
  MET: { symmetric: true, a: new Set(["Person"]), b: new Set(["Person"]) },
  AFFILIATED_WITH: { symmetric: false, a: new Set(["Person"]), b: PLACES },
  PARTNERS_WITH: { symmetric: true, a: PLACES, b: PLACES },
};

const PREFIXES = ["mr", "mrs", "ms", "miss", "madam", "dr", "h e", "he", "ong", "ba", "dong chi", "comrade", "the"];
const DROP_WORDS = new Set(["province", "provincial", "city", "tinh", "thanh", "pho", "tp", "autonomous", "region"]);

/** The guide's matching key: folded lower-case ASCII, honorifics and place words removed. */
export function goldKey(text: string): string {
  let t = String(text).normalize("NFD").replace(/\p{M}+/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
  t = t.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  for (;;) {
    const prefix = PREFIXES.find((w) => t === w || t.startsWith(w + " "));
    if (!prefix || t === prefix) break;
    t = t.slice(prefix.length).trim();
  }
  return t
    .split(" ")
    .filter((w) => w && !DROP_WORDS.has(w))
    .join(" ");
}

interface Cluster {
  type: string;
  names: Set<string>;
  display: string;
  mergedInto?: Cluster;
}

function live(cluster: Cluster | undefined): Cluster | undefined {
  let c = cluster;
  while (c?.mergedInto) c = c.mergedInto;
  return c;
}

/** Gold entities of one type, merged across documents wherever their folded names overlap. */
function goldClusters(gold: GoldFile, docs: ReadonlySet<string> | null) {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const relations: (GoldRelation & { ca?: Cluster; cb?: Cluster })[] = [];
  for (const d of gold.docs) {
    if (docs && !docs.has(d.doc)) continue;
    const local = new Map<string, Cluster>();
    for (const e of d.entities) {
      const names = [e.name, ...(e.aliases ?? [])].map(goldKey).filter(Boolean);
      const hits = [...new Set(names.map((n) => byKey.get(`${e.type}|${n}`)).filter((c): c is Cluster => !!c))];
      let cluster: Cluster;
      if (hits.length === 0) {
        cluster = { type: e.type, names: new Set(), display: e.name };
        clusters.push(cluster);
      } else {
        cluster = hits[0]!;
        for (const other of hits.slice(1)) {
          for (const n of other.names) cluster.names.add(n);
          other.mergedInto = cluster;
        }
      }
      for (const n of names) cluster.names.add(n);
      for (const n of cluster.names) byKey.set(`${e.type}|${n}`, cluster);
      local.set(e.name, cluster);
    }
    for (const r of d.relations ?? []) relations.push({ ...r, ca: local.get(r.a), cb: local.get(r.b) });
  }
  return {
    clusters: clusters.filter((c) => !c.mergedInto),
    relations: relations.map((r) => ({ ...r, ca: live(r.ca), cb: live(r.cb) })),
  };
}

function prf(tp: number, fp: number, fn: number): Score {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const round = (x: number) => Number(x.toFixed(3));
  return { tp, fp, fn, p: round(p), r: round(r), f1: round(f) };
}

export function scoreGraph(gold: GoldFile, graph: GraphJson, docs: ReadonlySet<string> | null = null): ScoreReport {
  const { clusters, relations } = goldClusters(gold, docs);
  const nodes = (graph.elements?.nodes ?? []).map((n) => n.data);
  const edges = (graph.elements?.edges ?? []).map((e) => e.data);
  const byId = new Map(nodes.map((n) => [n.id as string, n]));
  const nodeGold = new Map<string, Cluster>();
  const report: ScoreReport = { entities: {}, relations: {}, misses: {}, spurious: {}, entityMicro: prf(0, 0, 0), relationMicro: prf(0, 0, 0) };

  for (const type of [...SCORED_ENTITIES, ...REPORTED_ENTITIES]) {
    const typeClusters = clusters.filter((c) => c.type === type);
    const index = new Map<string, Cluster>();
    for (const c of typeClusters) for (const n of c.names) index.set(n, c);
    const found = new Map<Cluster, number>();
    let fp = 0;
    let duplicates = 0;
    const spurious: string[] = [];
    for (const node of nodes.filter((n) => n.label === type)) {
      const names = [node.name as string, ...((node.aliases as string[] | undefined) ?? [])].map(goldKey).filter(Boolean);
      const cluster = names.map((x) => index.get(x)).find(Boolean);
      if (!cluster) {
        fp++;
        spurious.push(node.name as string);
        continue;
      }
      nodeGold.set(node.id as string, cluster);
      const count = (found.get(cluster) ?? 0) + 1;
      found.set(cluster, count);
      if (count > 1) {
        fp++;
        duplicates++;
      }
    }
    report.entities[type] = { ...prf(found.size, fp, typeClusters.length - found.size), duplicates };
    report.misses[type] = typeClusters.filter((c) => !found.has(c)).map((c) => c.display);
    report.spurious[type] = spurious;
  }

  for (const [type, spec] of Object.entries(RELATIONS)) {
    const key = (a: Cluster, b: Cluster) => (spec.symmetric && a.display > b.display ? `${b.display}~${a.display}` : `${a.display}~${b.display}`);
    const goldSet = new Set<string>();
    for (const r of relations) if (r.type === type && r.ca && r.cb && r.ca !== r.cb) goldSet.add(key(r.ca, r.cb));
    const seen = new Set<string>();
    let fp = 0;
    const spurious: string[] = [];
    for (const e of edges) {
      if (e.type !== type) continue;
      const src = byId.get(e.source as string);
      const tgt = byId.get(e.target as string);
      if (!src || !tgt) continue;
      let [a, b] = [src, tgt];
      if (!spec.a.has(a.label as string) || !spec.b.has(b.label as string)) {
        if (spec.a.has(b.label as string) && spec.b.has(a.label as string)) [a, b] = [b, a];
        else continue; // outside the scored signature, e.g. an affiliation to an organisation
      }
      const ca = nodeGold.get(a.id as string);
      const cb = nodeGold.get(b.id as string);
      if (!ca || !cb) {
        fp++;
        spurious.push(`${a.name} -> ${b.name}`);
        continue;
      }
      if (ca === cb) continue;
      const k = key(ca, cb);
      if (seen.has(k)) continue;
      seen.add(k);
      if (!goldSet.has(k)) {
        fp++;
        spurious.push(k);
      }
    }
    const tp = [...seen].filter((k) => goldSet.has(k)).length;
    report.relations[type] = prf(tp, fp, goldSet.size - tp);
    report.misses[type] = [...goldSet].filter((k) => !seen.has(k));
    report.spurious[type] = spurious;
  }

  const sum = (scores: Record<string, Score>, keys: string[]) =>
    keys.reduce((acc, k) => ({ tp: acc.tp + scores[k]!.tp, fp: acc.fp + scores[k]!.fp, fn: acc.fn + scores[k]!.fn }), { tp: 0, fp: 0, fn: 0 });
  const e = sum(report.entities, SCORED_ENTITIES);
  const r = sum(report.relations, Object.keys(RELATIONS));
  report.entityMicro = prf(e.tp, e.fp, e.fn);
  report.relationMicro = prf(r.tp, r.fp, r.fn);
  return report;
}

export function formatReport(report: ScoreReport, options: { verbose?: boolean } = {}): string {
  const line = (name: string, m: Score) =>
    `${name.padEnd(16)} P ${m.p.toFixed(3)}  R ${m.r.toFixed(3)}  F1 ${m.f1.toFixed(3)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn}${m.duplicates ? `, duplicates ${m.duplicates}` : ""})`;
  const lines = [...Object.entries(report.entities).map(([k, m]) => line(k, m)), ...Object.entries(report.relations).map(([k, m]) => line(k, m))];
  if (options.verbose) {
    for (const [k, v] of Object.entries(report.misses)) if (v.length) lines.push(`missed ${k}: ${v.join("; ")}`);
    for (const [k, v] of Object.entries(report.spurious)) if (v.length) lines.push(`spurious ${k}: ${v.join("; ")}`);
  }
  lines.push(line("relations", report.relationMicro), line("entities", report.entityMicro));
  return lines.join("\n");
}
