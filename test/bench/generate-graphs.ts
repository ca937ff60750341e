/**
 * Generated document graphs for write benchmarks and load tests: the shape the extractor gives
 * (entities, MENTIONED_IN with evidence, offices, events, meetings, partnerships, containment),
 * with entities shared across documents the way a news archive shares them: a few hubs (Viet
 * Nam, the provinces) in most documents, people and events in a handful. Deterministic: the same
 * options give the same graphs on any machine.
 */
import { createHash } from "node:crypto";
import { edgeId } from "../../graph-loader/graph/ids.ts";
import type { DocumentGraph, EntityLabel, Evidence, GraphEdge, GraphNode, Properties, RelationshipType } from "../../graph-loader/graph/model.ts";

export interface CorpusOptions {
  documents: number;
  /** Varies the corpus; the same seed gives the same graphs. */
  seed?: number;
  /** People to draw from: fewer people, more shared MET and AFFILIATED_WITH relationships. */
  people?: number;
  /** Prefix of the generated paths. */
  folder?: string;
}

/** A small fast PRNG (mulberry32), so corpora do not depend on Math.random. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ["an", "binh", "chau", "dung", "giang", "ha", "hai", "hoa", "hung", "khanh", "lan", "linh", "long", "minh", "nam", "ngoc", "phuong", "quang", "son", "thanh", "thu", "trung", "tuan", "van", "vinh", "xuan"];
const SURNAMES = ["nguyen", "tran", "le", "pham", "hoang", "phan", "vu", "dang", "bui", "do"];
const COUNTRIES = ["vn", "jp", "kr", "cn", "la", "kh", "th", "fr", "de", "us", "au", "in", "ru", "sg", "my", "id", "ph", "gb", "it", "ca"];
const TITLES = ["Chairman of the Provincial People's Committee", "Vice Chairman", "Ambassador", "Consul General", "Deputy Prime Minister", "Secretary", "Director"];
const EVENT_TYPES = ["talks", "meeting", "reception", "signing", "conference"];
const KINDS = ["trade", "investment", "education", "tourism", "culture"];

const title = (key: string) => key.replace(/(^|-)(\w)/g, (_, dash: string, c: string) => `${dash ? " " : ""}${c.toUpperCase()}`);

export function generateCorpus(options: CorpusOptions): DocumentGraph[] {
  const next = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const people = Array.from({ length: options.people ?? 3000 }, (_, i) => `${SURNAMES[i % SURNAMES.length]}-${SYLLABLES[(i * 7) % SYLLABLES.length]}-${SYLLABLES[(i * 13 + 5) % SYLLABLES.length]}-${i}`);
  const provinces = Array.from({ length: 63 }, (_, i) => `p${i}-${SYLLABLES[i % SYLLABLES.length]}`);
  const folder = options.folder ?? "generated";
  return Array.from({ length: options.documents }, (_, index) => {
    const sentences: string[] = [];
    let offset = 0;
    const say = (text: string): Evidence => {
      const start = offset;
      sentences.push(text);
      offset += text.length + 1;
      return { doc: "", start, end: start + text.length, quote: text };
    };
    const nodes = new Map<string, GraphNode>();
    const edges = new Map<string, GraphEdge>();
    const node = (label: EntityLabel, id: string, name: string, props: Properties, aliases: string[] = []) => {
      if (!nodes.has(id)) nodes.set(id, { id, label, name, nameVi: null, aliases, props });
      return id;
    };
    const edge = (type: RelationshipType, source: string, target: string, evidence: Evidence[], props: Properties = {}, rule = `generated ${type}`) => {
      const id = edgeId(type, source, target);
      const seen = edges.get(id);
      if (seen) {
        seen.evidence.push(...evidence.filter((e) => !seen.evidence.some((s) => s.start === e.start)));
        if (Array.isArray(props.events)) seen.props.events = [...new Set([...(seen.props.events as string[]), ...(props.events as string[])])];
      } else edges.set(id, { id, type, source, target, props, evidence: [...evidence], rule, confidence: 0.5 + Math.round(next() * 4) / 10 });
    };

    const vn = node("Country", "country:vn", "Viet Nam", { iso2: "VN", country: "VN" }, ["Việt Nam", "Vietnam"]);
    const home = pick(provinces);
    const province = node("Province", `province:vn:${home}`, `${title(home)} Province`, { country: "VN" }, [title(home)]);
    const intro = say(`${title(home)} Province of Viet Nam welcomed a series of delegations this month, the provincial press office reported.`);
    edge("LOCATED_IN", province, vn, []);
    const city = node("City", `city:vn:${home}-city`, `${title(home)} City`, { country: "VN" });
    edge("LOCATED_IN", city, province, []);
    const partners = Array.from({ length: 2 }, () => pick(COUNTRIES.slice(1))).map((c) => node("Country", `country:${c}`, c.toUpperCase(), { iso2: c.toUpperCase(), country: c.toUpperCase() }));
    const org = node("Organization", `organization:org-${Math.floor(next() * 150)}`, `Organisation ${Math.floor(next() * 150)}`, { kind: "company" });

    const cast = Array.from({ length: 6 + Math.floor(next() * 3) }, () => pick(people));
    for (const person of new Set(cast)) {
      const office = pick(TITLES);
      const where = office === "Ambassador" || office === "Consul General" ? pick(partners) : next() < 0.3 ? vn : province;
      const id = node("Person", `person:${person}`, title(person), { titles: [office] });
      const said = say(`${office} ${title(person)} of ${nodes.get(where)!.name} attended the programme and spoke about the next steps of cooperation.`);
      edge("AFFILIATED_WITH", id, where, [said], { title: office }, "the person's title names the place whose office it is");
      edge("MENTIONED_IN", id, "", [said]);
    }
    const attendees = [...new Set(cast)].map((p) => `person:${p}`);
    for (let e = 0; e < 2; e++) {
      const type = pick(EVENT_TYPES);
      const day = `2025-${String(1 + Math.floor(next() * 12)).padStart(2, "0")}-${String(1 + Math.floor(next() * 28)).padStart(2, "0")}`;
      const event = node("Event", `event:${type}-${day}-${home}`, `${title(type)} in ${title(home)} on ${day}`, { eventType: type, date: day, datePrecision: "day", meeting: type !== "conference" });
      const said = say(`On ${day} the ${type} took place in ${title(home)}, with leaders of both sides and representatives of ${nodes.get(org)!.name}.`);
      edge("HELD_IN", event, province, [said]);
      edge("MENTIONED_IN", event, "", [said]);
      const present = attendees.filter(() => next() < 0.6);
      for (const person of present) edge("ATTENDED", person, event, [said], { role: "participant" });
      for (let i = 0; i < present.length; i++) {
        for (let j = i + 1; j < present.length; j++) edge("MET", present[i]!, present[j]!, [said], { events: [event] });
      }
    }
    for (const partner of partners) {
      if (partner === vn) continue;
      const said = say(`${title(home)} and ${nodes.get(partner)!.name} agreed to strengthen cooperation in ${pick(KINDS)} and to exchange delegations regularly.`);
      edge("PARTNERS_WITH", province, partner, [said], { kinds: [pick(KINDS)], strength: 1 + Math.floor(next() * 3) });
      edge("MENTIONED_IN", partner, "", [said]);
    }
    for (const id of [vn, province, city, org]) edge("MENTIONED_IN", id, "", [intro]);

    const text = sentences.join("\n");
    const docId = `doc-${createHash("sha256").update(`${options.seed ?? 1}:${index}:${text}`).digest("hex").slice(0, 16)}`;
    const withDoc = (e: GraphEdge): GraphEdge => {
      const target = e.target === "" ? docId : e.target;
      return { ...e, id: edgeId(e.type, e.source, target), target, evidence: e.evidence.map((x) => ({ ...x, doc: docId })) };
    };
    return {
      document: { id: docId, path: `${folder}/${String(index).padStart(5, "0")}.txt`, title: `Generated report ${index}`, date: "2025-06-01", datePrecision: "day", lang: "en", text, extractor: "x-generated" },
      nodes: [...nodes.values()],
      edges: [...edges.values()].map(withDoc),
    };
  });
}
