/**
 * From a read document to its graph: entities resolved within the document, and every
 * relationship with its evidence (the sentence), the reason of the rule that found it and a
 * confidence.
 */
import { getPlace, type Place } from "../gazetteer/places.ts";
import { edgeId, entityId } from "../graph/ids.ts";
import type { DocumentGraph, Evidence, GraphEdge, GraphNode, Properties, RelationshipType } from "../graph/model.ts";
import { levels, OFFICE_REASON, ORGANIZATION_REASON, SURNAME_REASON, type OfficeLevel } from "../patterns/lexicon.ts";
import { foldText } from "../text/fold.ts";
import { analyzeSentences, defaultYear, type AnalyzedSentence } from "./analyze-sentences.ts";
import { findAgreements } from "./find-agreements.ts";
import { findEvents, type FoundEvent } from "./find-events.ts";
import { containers, findPartnerships, type Partnership } from "./find-partnerships.ts";
import { ORGAN_REASON, organizationName } from "./organization-names.ts";
import type { OrganizationMention, PersonMention, PlaceMention, TitleMention } from "./find-mentions.ts";
import { resolvePeople, type ResolvedPerson } from "./resolve-people.ts";
import type { ReadDocument } from "./segment-document.ts";
import { extractorVersion } from "../extractor-version.ts";

const MAX_MENTION_EVIDENCE = 20;
const EVENT_TYPE_NAMES: Record<string, string> = {
  reception: "Reception", talks: "Talks", signing: "Signing", conference: "Conference", ceremony: "Ceremony", festival: "Festival", visit: "Visit", survey: "Survey",
};
const LABEL_ORDER: Place["label"][] = ["City", "Province", "Country"];

const REASONS = {
  placeMention: "the name, or one of its spellings, is in the place gazetteer",
  explicitPlace: "the person's title names the place whose office it is",
  adjectivePlace: "the person's title names the state through its adjective (French Ambassador)",
  homeProvince: "a provincial title that names no province means the province the document is about",
  homeCountry: "a national title (Deputy Prime Minister, Bộ trưởng) that names no state means the state the document is about",
  knownCountry: "a well-known public figure holds or held office in this state",
  delegation: "the head of a delegation from a place holds office there ('a delegation from Guangxi led by …')",
  metAtEvent: "both people were present at the same meeting, talks, reception, signing, conference or ceremony",
  heldIn: "the sentence that reports the event says where it took place",
  partyTo: "a place or organisation named in the sentence that reports the signing is a party to it",
  locatedIn: "the gazetteer places the one inside the other",
  seat: "the organisation's name names its place, or it is a body of the place the document is about",
};

/** Collects nodes and edges, merging repeated ones: evidence lists are united, never duplicated. */
class GraphBuilder {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  /** Only mention() makes MENTIONED_IN edges, each with confidence 1: its first rule stays. */
  private readonly mentionedIn = new Map<string, GraphEdge>();

  constructor(readonly docId: string) {}

  /** The entity is mentioned in the document, at this evidence. */
  mention(entity: string, evidence: Evidence, rule: string): void {
    let edge = this.mentionedIn.get(entity);
    if (!edge) {
      edge = this.edge({ type: "MENTIONED_IN", source: entity, target: this.docId, evidence: [], rule, confidence: 1 });
      this.mentionedIn.set(entity, edge);
    }
    if (edge.evidence.length < MAX_MENTION_EVIDENCE) this.addEvidence(edge, evidence);
  }

  node(node: GraphNode): string {
    const seen = this.nodes.get(node.id);
    if (!seen) this.nodes.set(node.id, node);
    else for (const a of node.aliases) if (!seen.aliases.includes(a) && a !== seen.name) seen.aliases.push(a);
    return node.id;
  }

  edge(options: { type: RelationshipType; source: string; target: string; evidence: Evidence[]; rule: string; confidence: number; props?: Properties }): GraphEdge {
    const id = edgeId(options.type, options.source, options.target);
    let edge = this.edges.get(id);
    if (!edge) {
      edge = { id, type: options.type, source: options.source, target: options.target, props: { ...options.props }, evidence: [], rule: options.rule, confidence: options.confidence };
      this.edges.set(id, edge);
    } else if (options.confidence > edge.confidence) {
      edge.confidence = options.confidence;
      edge.rule = options.rule;
    }
    for (const e of options.evidence) this.addEvidence(edge, e);
    return edge;
  }

  /** A place's node, made once: it carries no aliases from here, so seeing it again changes nothing. */
  place(place: Place): void {
    if (!this.nodes.has(place.key)) this.nodes.set(place.key, placeNode(place, []));
  }

  addEvidence(edge: GraphEdge, e: Evidence): void {
    if (!edge.evidence.some((x) => x.doc === e.doc && x.start === e.start && x.end === e.end)) edge.evidence.push(e);
  }
}

function placeNode(place: Place, surfaces: Iterable<string>): GraphNode {
  const props: Properties = { country: place.country, gazetteerKey: place.key };
  if (place.iso2) props.iso2 = place.iso2;
  if (place.iso3) props.iso3 = place.iso3;
  return {
    id: place.key,
    label: place.label,
    name: place.name,
    nameVi: place.nameVi ?? null,
    aliases: [...new Set(surfaces)].filter((s) => s !== place.name),
    props,
  };
}

/** The place the document is about: the Vietnamese province (or city) it names most. */
function homePlace(sentences: readonly AnalyzedSentence[]): Place | null {
  const counts = new Map<string, { place: Place; count: number }>();
  for (const s of sentences) {
    for (const m of s.mentions.places) {
      if (m.place.country !== "VN" || m.place.label === "Country") continue;
      const entry = counts.get(m.place.key) ?? { place: m.place, count: 0 };
      entry.count++;
      counts.set(m.place.key, entry);
    }
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count || LABEL_ORDER.indexOf(b.place.label) - LABEL_ORDER.indexOf(a.place.label));
  return ranked[0] && ranked[0].count >= 2 ? ranked[0].place : null;
}

/**
 * The place of the first title that names one. A loop, not titles.map(…).find(…): the array map()
 * makes is of another kind when empty, and V8's optimised code for the whole document graph fell
 * back to the interpreter at every such mismatch (a deoptimisation loop, --trace-deopt).
 */
function firstAffiliation(titles: readonly TitleMention[], context: { home: Place | null; homeCountry: Place | null }) {
  for (const title of titles) {
    const found = affiliationOf(title, context);
    if (found) return found;
  }
  return null;
}

/** Which place an office belongs to, read from its title. */
function affiliationOf(title: TitleMention, context: { home: Place | null; homeCountry: Place | null }): { place: Place; reason: string; confidence: number } | null {
  const levels = new Set<OfficeLevel>(title.levels);
  const diplomatic = levels.has("diplomatic");
  const named = title.places.filter((p) => !(diplomatic && p.host));
  if (named.length) {
    // The most specific place of the office: a provincial official goes to the province, not the
    // country; a city only for a city's office ("Đồng Đăng - Lạng Sơn Border Gate Zone" is Lạng Sơn's).
    const cityOffice = levels.has("city") || !named.some((p) => p.place.label === "Province");
    const candidates = named.filter((p) => cityOffice || p.place.label !== "City");
    const best = [...candidates].sort((a, b) => LABEL_ORDER.indexOf(a.place.label) - LABEL_ORDER.indexOf(b.place.label))[0]!;
    return { place: best.place, reason: best.adjective ? REASONS.adjectivePlace : REASONS.explicitPlace, confidence: best.adjective ? 0.85 : 0.9 };
  }
  // An envoy's or a foreign governor's place is the one the title names, never the document's own.
  if (diplomatic || (levels.has("abroad") && !levels.has("national"))) return null;
  if (levels.has("district") && !levels.has("province") && !levels.has("national")) return null;
  if ((levels.has("province") || levels.has("city")) && context.home) return { place: context.home, reason: REASONS.homeProvince, confidence: 0.7 };
  if (levels.has("national") && context.homeCountry) return { place: context.homeCountry, reason: REASONS.homeCountry, confidence: 0.7 };
  if (levels.has("local") && context.home) return { place: context.home, reason: REASONS.homeProvince, confidence: 0.65 };
  return null;
}

const LOCAL_BODY_KINDS = new Set(["government", "party"]);

/**
 * The English name of a Vietnamese organisation name, read off bilingual captions: the two
 * halves name the same organisations in the same order ("Sở Ngoại vụ tỉnh Lạng Sơn" = "Lang Son
 * Department of Foreign Affairs"). Keyed by the folded Vietnamese name.
 */
function translatedOrganizationNames(sentences: readonly AnalyzedSentence[]): Map<string, string> {
  const bySegment = new Map<string, AnalyzedSentence[]>();
  for (const s of sentences) {
    const list = bySegment.get(s.segment.id);
    if (list) list.push(s);
    else bySegment.set(s.segment.id, [s]);
  }
  const names = new Map<string, string>();
  for (const [, list] of bySegment) {
    const segment = list[0]!.segment;
    if (segment.lang !== "vi" || !segment.translationOf) continue;
    const vi = list.flatMap((s) => s.mentions.organizations.filter((o) => !o.canonical));
    const en = (bySegment.get(segment.translationOf) ?? []).flatMap((s) => s.mentions.organizations.filter((o) => !o.canonical));
    if (vi.length === 0 || vi.length !== en.length) continue;
    vi.forEach((o, i) => {
      const key = foldText(o.name);
      if (!names.has(key)) names.set(key, en[i]!.name);
    });
  }
  return names;
}

/** The place a government or party body belongs to when its name names none. */
function placeOfBody(o: OrganizationMention, s: AnalyzedSentence, context: { home: Place | null; homeCountry: Place | null }): Place | null {
  if (!LOCAL_BODY_KINDS.has(o.kind)) return null;
  const named = s.mentions.places.some((p) => p.tokenStart >= o.tokenStart && p.tokenEnd <= o.tokenEnd);
  if (named) return null;
  const tokens = s.mentions.tokens.slice(o.tokenStart, o.tokenEnd);
  const found = new Set([...levels.en.findAll(tokens), ...levels.vi.findAll(tokens)].map((m) => m.values[0]));
  if (found.has("district")) return null;
  if (found.has("province") || found.has("city")) return context.home;
  if (found.has("national")) return context.homeCountry;
  return null;
}

const DELEGATION_WORDS = new Set(["delegation", "doan", "mission"]);

/**
 * "Đoàn công tác Sở Văn hóa Quảng Tây … do bà X làm Trưởng đoàn", "a delegation from Vientiane
 * led by Mr. X": the place of the delegation a person leads.
 */
function delegationPlace(sentence: AnalyzedSentence, person: PersonMention): Place | null {
  const { tokens, places } = sentence.mentions;
  let by = person.tokenStart - 1;
  while (by >= 0 && by >= person.tokenStart - 3 && !(tokens[by]!.fold === "do" && tokens[by]!.vi === "do") && !(tokens[by]!.fold === "by" && ["led", "headed"].includes(tokens[by - 1]?.fold ?? ""))) by--;
  if (by < 0 || by < person.tokenStart - 3) return null;
  let delegation = by - 1;
  while (delegation >= 0 && by - delegation <= 20 && !DELEGATION_WORDS.has(tokens[delegation]!.fold)) delegation--;
  if (delegation < 0 || !DELEGATION_WORDS.has(tokens[delegation]!.fold)) return null;
  // "Tổng Lãnh sự quán Trung Quốc tại Hải Phòng": a place after "tại/in" is where the mission sits.
  const host = (p: PlaceMention) => ["tai", "in", "at", "o"].includes(tokens[p.tokenStart - 1]?.fold ?? "");
  const named = places.filter((p) => p.tokenStart > delegation && p.tokenEnd <= by && !host(p));
  return [...named].sort((a, b) => LABEL_ORDER.indexOf(a.place.label) - LABEL_ORDER.indexOf(b.place.label))[0]?.place ?? null;
}

/**
 * "Về phía tỉnh Savannakhet có ông X, Tỉnh trưởng", "On the Nghe An side were Mr. X, Chairman …":
 * the place whose side a person is listed on, in the same clause before the name.
 */
function sidePlace(sentence: AnalyzedSentence, person: PersonMention): Place | null {
  const { tokens, places } = sentence.mentions;
  for (let i = person.tokenStart - 1; i >= 0 && i >= person.tokenStart - SIDE_DISTANCE && tokens[i]!.text !== ";"; i--) {
    if (tokens[i]!.vi === "phía") {
      const after = places.find((p) => p.tokenStart > i && p.tokenStart <= i + 3 && p.tokenEnd <= person.tokenStart);
      if (after) return after.place;
    } else if (tokens[i]!.fold === "side") {
      const before = places.find((p) => p.tokenEnd === i);
      if (before) return before.place;
    }
  }
  return null;
}

const SIDE_DISTANCE = 25;

/** A title held below province level: a district's, a commune's. */
function belowProvince(title: TitleMention): boolean {
  return title.levels.includes("district") && !title.levels.includes("province") && !title.levels.includes("national");
}

function personReason(person: PersonMention): string {
  if (person.form === "vietnamese") return SURNAME_REASON;
  return person.title ? OFFICE_REASON : "a name written after an honorific (Mr., Ms., H.E., ông, bà) is a person";
}

/** The document's own place and country: what an unnamed "the province" or "tỉnh" means. */
interface Home {
  home: Place | null;
  homeCountry: Place | null;
}

/**
 * The document's graph, section by section. Each section is a function of its own: V8 optimises
 * small functions separately, and a section that falls back to the interpreter (--trace-deopt)
 * no longer takes the whole document's graph with it.
 */
export function buildDocumentGraph(doc: ReadDocument): DocumentGraph {
  const sentences = analyzeSentences(doc);
  const graph = new GraphBuilder(doc.id);
  const home = homePlace(sentences);
  const where: Home = { home, homeCountry: getPlace(`country:${(home?.country ?? "VN").toLowerCase()}`) ?? null };
  addPlaces(graph, sentences);
  const organizationId = addOrganizations(graph, sentences, where);
  const people = addPeople(graph, resolvePeople(sentences), organizationId, where);
  const events = findEvents(sentences, { docId: doc.id, docDate: doc.date, year: defaultYear(doc) });
  addEvents(graph, events, people, doc.date?.iso ?? String(defaultYear(doc) ?? ""));
  const partnerships = findPartnerships(sentences, where);
  addPartnerships(graph, partnerships);
  addAgreements(graph, events, partnerships, people.idOf, organizationId);

  const title = doc.title ?? doc.segments.find((s) => s.role === "heading")?.text ?? null;
  return {
    document: {
      id: doc.id,
      path: doc.path,
      title,
      date: doc.date?.iso ?? null,
      datePrecision: doc.date?.precision ?? null,
      lang: doc.languages.vi > 0.6 ? "vi" : doc.languages.en > 0.6 ? "en" : "vi+en",
      text: doc.text,
      extractor: extractorVersion(),
    },
    nodes: [...graph.nodes.values()].map((n) => ({ ...n, aliases: n.aliases.filter((a) => foldText(a) !== "" && a !== n.name) })),
    edges: [...graph.edges.values()],
  };
}

/** Places, the spellings the document used for them, and which contains which. */
function addPlaces(graph: GraphBuilder, sentences: readonly AnalyzedSentence[]): void {
  const placeSurfaces = new Map<string, Set<string>>();
  for (const s of sentences) {
    for (const m of s.mentions.places) {
      if (!placeSurfaces.has(m.place.key)) placeSurfaces.set(m.place.key, new Set());
      if (!m.adjective) placeSurfaces.get(m.place.key)!.add(m.surface);
      graph.place(m.place);
      graph.mention(m.place.key, s.evidence, REASONS.placeMention);
    }
  }
  for (const [key, surfaces] of placeSurfaces) {
    const node = graph.nodes.get(key)!;
    for (const surface of surfaces) if (surface !== node.name && !node.aliases.includes(surface)) node.aliases.push(surface);
  }
  for (const node of [...graph.nodes.values()]) {
    const place = getPlace(node.id);
    if (!place) continue;
    for (const container of containers(place)) {
      if (graph.nodes.has(container)) graph.edge({ type: "LOCATED_IN", source: node.id, target: container, evidence: [], rule: REASONS.locatedIn, confidence: 1 });
    }
  }
}

/**
 * Organisations. A local or national body named without its place ("Tỉnh ủy", "the Provincial
 * People's Committee", "Bộ Ngoại giao") is that of the document's province or country: every
 * province has one, so the name alone would merge them all. Returns each mention's node id, by
 * "sentence index:first token".
 */
function addOrganizations(graph: GraphBuilder, sentences: readonly AnalyzedSentence[], where: Home): Map<string, string> {
  const organizationId = new Map<string, string>();
  const englishOf = translatedOrganizationNames(sentences);
  for (const s of sentences) {
    for (const o of s.mentions.organizations) {
      // An organ of a state or party gets one name in any language; other names stay as printed,
      // in English where a bilingual caption gives it, qualified by place when they name none.
      const organ = o.canonical ? null : organizationName(o, s.mentions.tokens, s.mentions.places, where);
      const qualifier = o.canonical || organ ? null : placeOfBody(o, s, where);
      const english = englishOf.get(foldText(o.name));
      const printed = english ?? o.name;
      const name = o.canonical ?? organ?.name ?? (qualifier && !english ? `${printed} (${qualifier.name})` : printed);
      const id = entityId("Organization", name);
      organizationId.set(`${s.index}:${o.tokenStart}`, id);
      const aliases = o.name !== name ? [o.name] : [];
      graph.node({ id, label: "Organization", name, nameVi: s.lang === "vi" && (english || organ) ? o.name : null, aliases, props: { kind: o.kind } });
      // Where the body is: the most specific place its name gives, or the place it was qualified with.
      const inName = s.mentions.places.filter((p) => p.tokenStart >= o.tokenStart && p.tokenEnd <= o.tokenEnd && !p.adjective);
      const seat = organ ? organ.seat : ([...inName].sort((a, b) => LABEL_ORDER.indexOf(a.place.label) - LABEL_ORDER.indexOf(b.place.label))[0]?.place ?? qualifier);
      if (seat) {
        graph.place(seat);
        graph.edge({ type: "LOCATED_IN", source: id, target: seat.key, evidence: [s.evidence], rule: organ ? ORGAN_REASON : REASONS.seat, confidence: inName.length ? 0.8 : 0.6 });
      }
      graph.mention(id, s.evidence, o.canonical ? "a known organisation's name or acronym" : organ ? ORGAN_REASON : ORGANIZATION_REASON);
    }
  }
  return organizationId;
}

/** Each person mention's node id, and the resolved person it belongs to. */
interface PeopleIndex {
  idOf: Map<PersonMention, string>;
  personOf: Map<PersonMention, ResolvedPerson>;
}

/** People, and the offices their titles give them. */
function addPeople(graph: GraphBuilder, people: readonly ResolvedPerson[], organizationId: ReadonlyMap<string, string>, where: Home): PeopleIndex {
  const idOf = new Map<PersonMention, string>();
  const personOf = new Map<PersonMention, ResolvedPerson>();
  for (const person of people) {
    for (const o of person.occurrences) personOf.set(o.person, person);
    const id = entityId("Person", person.name);
    graph.node({ id, label: "Person", name: person.name, nameVi: person.nameVi, aliases: person.aliases, props: { titles: person.titles } });
    // Offices read from every mention; a place only guessed (the document's province or country)
    // counts only when no mention of the person names one.
    const offices: { place: Place; reason: string; confidence: number; title: string | null; evidence: Evidence; named: boolean }[] = [];
    const knownCountry = person.known?.country ? getPlace(`country:${person.known.country.toLowerCase()}`) : undefined;
    for (const { sentence, person: m } of person.occurrences) {
      idOf.set(m, id);
      graph.mention(id, sentence.evidence, personReason(m));
      const title = m.title?.text ?? null;
      const explicit = firstAffiliation(m.titles, { home: null, homeCountry: null });
      const led = delegationPlace(sentence, m) ?? sidePlace(sentence, m);
      if (explicit) offices.push({ ...explicit, title, evidence: sentence.evidence, named: true });
      else if (knownCountry) offices.push({ place: knownCountry, reason: REASONS.knownCountry, confidence: 0.8, title, evidence: sentence.evidence, named: true });
      else if (led && m.titles.some((t) => t.levels.length > 0 && !belowProvince(t))) offices.push({ place: led, reason: REASONS.delegation, confidence: 0.75, title, evidence: sentence.evidence, named: true });
      else if (m.form === "vietnamese") {
        // Only a Vietnamese name takes the document's own province or country from a title that
        // names none: "Deputy Prime Minister Yerlan Sarsenbayev" is not Vietnam's.
        const guess = firstAffiliation(m.titles, where);
        if (guess) offices.push({ ...guess, title, evidence: sentence.evidence, named: false });
      }
      if (!m.title) continue;
      const organization = sentence.mentions.organizations.find((o) => o.tokenStart >= m.title!.tokenStart && o.tokenEnd <= m.title!.tokenEnd);
      const orgId = organization && organizationId.get(`${sentence.index}:${organization.tokenStart}`);
      if (orgId) graph.edge({ type: "AFFILIATED_WITH", source: id, target: orgId, evidence: [sentence.evidence], rule: OFFICE_REASON, confidence: 0.8, props: { title: m.title.text } });
    }
    const named = offices.filter((o) => o.named);
    const kept = named.length ? named : offices.filter((o) => o.confidence === Math.max(...offices.map((x) => x.confidence)));
    for (const office of kept) {
      graph.place(office.place);
      graph.edge({
        type: "AFFILIATED_WITH",
        source: id,
        target: office.place.key,
        evidence: [office.evidence],
        rule: office.reason,
        confidence: office.confidence,
        props: { title: office.title },
      });
    }
  }
  return { idOf, personOf };
}

/** Events, who attended them, and who met whom there. `fallbackDate`: the year an undated event counts in. */
function addEvents(graph: GraphBuilder, events: readonly FoundEvent[], people: PeopleIndex, fallbackDate: string): void {
  const { idOf, personOf } = people;
  for (const event of events) {
    const id = entityId("Event", event.key);
    const eventYear = Number((event.date ?? fallbackDate).slice(0, 4)) || null;
    const present = event.attendance.filter((a) => {
      const died = personOf.get(a.person)?.known?.died;
      return idOf.has(a.person) && !(died && eventYear && eventYear > died);
    });
    const attendees = [...new Map(present.map((a) => [idOf.get(a.person)!, a])).entries()];
    // Only a specific happening is an event: dated by the text, named, or with people at it.
    if (!event.date && !event.named && attendees.length === 0) continue;
    const who = attendees.length >= 2 ? `${graph.nodes.get(attendees[0]![0])!.name} – ${graph.nodes.get(attendees[1]![0])!.name}` : null;
    const name = !event.named && who ? `${EVENT_TYPE_NAMES[event.type] ?? event.type}: ${who}${event.date ? ` (${event.date})` : ""}` : event.name;
    graph.node({
      id,
      label: "Event",
      name,
      nameVi: null,
      aliases: [],
      props: { eventType: event.type, date: event.date, datePrecision: event.precision, meeting: event.meeting },
    });
    for (const s of event.sentences) graph.mention(id, s.evidence, event.reason);
    if (event.place) {
      graph.place(event.place);
      graph.edge({ type: "HELD_IN", source: id, target: event.place.key, evidence: [event.sentences[0]!.evidence], rule: REASONS.heldIn, confidence: 0.8 });
    }
    for (const [personId, a] of attendees) {
      graph.edge({ type: "ATTENDED", source: personId, target: id, evidence: [a.sentence.evidence], rule: a.reason ?? event.reason, confidence: 0.8, props: { role: a.role } });
    }
    if (event.meeting) addMeetings(graph, id, event.date, attendees);
  }
}

/** MET between every two people at one meeting, with the event added to what each pair's MET rests on. */
function addMeetings(graph: GraphBuilder, eventId: string, date: string | null, attendees: readonly [string, FoundEvent["attendance"][number]][]): void {
  for (let i = 0; i < attendees.length; i++) {
    for (let j = i + 1; j < attendees.length; j++) {
      const [a, aAt] = attendees[i]!;
      const [b, bAt] = attendees[j]!;
      if (a === b) continue;
      const edge = graph.edge({
        type: "MET",
        source: a,
        target: b,
        evidence: [aAt.sentence.evidence, bAt.sentence.evidence],
        rule: REASONS.metAtEvent,
        confidence: aAt.sentence === bAt.sentence ? 0.85 : 0.7,
      });
      const eventIds = new Set([...((edge.props.events as string[] | undefined) ?? []), eventId]);
      const dates = [...((edge.props.dates as string[] | undefined) ?? []), ...(date ? [date] : [])].sort();
      edge.props = { events: [...eventIds], count: eventIds.size, dates, firstDate: dates[0] ?? null, lastDate: dates.at(-1) ?? null };
    }
  }
}

/** Partnerships between places. */
function addPartnerships(graph: GraphBuilder, partnerships: readonly Partnership[]): void {
  for (const p of partnerships) {
    for (const place of [p.a, p.b]) graph.place(place);
    const edge = graph.edge({
      type: "PARTNERS_WITH",
      source: p.a.key,
      target: p.b.key,
      evidence: [p.sentence.evidence],
      rule: p.cue.reason,
      confidence: p.how === "home-partner" ? 0.6 : 0.75,
    });
    const kinds = new Set([...((edge.props.kinds as string[] | undefined) ?? []), p.cue.kind]);
    edge.props = { kinds: [...kinds], strength: Math.max(Number(edge.props.strength ?? 0), p.cue.strength) };
  }
}

/** Agreements signed, their parties, signatories and witnesses. */
function addAgreements(
  graph: GraphBuilder,
  events: readonly FoundEvent[],
  partnerships: readonly Partnership[],
  personIdOf: ReadonlyMap<PersonMention, string>,
  organizationId: ReadonlyMap<string, string>,
): void {
  const partnersIn = (sentence: AnalyzedSentence) => [
    ...new Map(partnerships.filter((p) => p.sentence === sentence).flatMap((p) => [p.a, p.b]).map((p) => [p.key, p])).values(),
  ];
  for (const agreement of findAgreements(events, partnersIn)) {
    const id = entityId("Agreement", agreement.key);
    const parties = agreement.places.length >= 2 ? agreement.places.map((p) => p.name).join(" – ") : null;
    graph.node({
      id,
      label: "Agreement",
      name: parties ? `${agreement.kind}: ${parties}${agreement.date ? ` (${agreement.date})` : ""}` : agreement.title,
      nameVi: null,
      aliases: agreement.title !== agreement.kind ? [agreement.title] : [],
      props: { kind: agreement.kind, title: agreement.title, date: agreement.date, fields: agreement.fields, event: entityId("Event", agreement.event.key) },
    });
    graph.mention(id, agreement.sentence.evidence, agreement.reason);
    const edge = (type: "SIGNED" | "WITNESSED" | "PARTY_TO", source: string) =>
      graph.edge({ type, source, target: id, evidence: [agreement.sentence.evidence], rule: agreement.reason, confidence: 0.75 });
    for (const p of agreement.signatories) if (personIdOf.has(p)) edge("SIGNED", personIdOf.get(p)!);
    for (const p of agreement.witnesses) if (personIdOf.has(p)) edge("WITNESSED", personIdOf.get(p)!);
    for (const place of agreement.places) if (graph.nodes.has(place.key)) edge("PARTY_TO", place.key);
    for (const o of agreement.organizations) {
      const orgId = organizationId.get(`${agreement.sentence.index}:${o.tokenStart}`);
      if (orgId) edge("PARTY_TO", orgId);
    }
  }
}
