/**
 * Partnerships between places (PARTNERS_WITH): a sentence that states cooperation, a signed
 * instrument, twinning or a joint committee, and names the places on each side.
 */
import { getPlace, type Place } from "../gazetteer/places.ts";
import type { CooperationCue } from "../patterns/lexicon.ts";
import type { Token } from "../text/tokenize.ts";
import type { AnalyzedSentence } from "./analyze-sentences.ts";
import type { CueMention, PlaceMention } from "./find-mentions.ts";

export interface Partnership {
  a: Place;
  b: Place;
  cue: CooperationCue;
  sentence: AnalyzedSentence;
  how: "dash" | "between" | "subject-partner" | "home-partner" | "pair";
}

const BETWEEN = new Set(["between", "giua"]);
const WITH = new Set(["with", "voi"]);
/** Words that open another clause after a comma. */
const NEW_CLAUSE = new Set(["and", "but", "while", "which", "whereas", "va", "nhung", "con"]);
const AND = new Set(["and", "va", "&"]);
const DASHES = new Set(["-", "–", "—"]);
/** What may stand between the places of one list: "Lạng Sơn, Quảng Ninh và Cao Bằng", "Lang Son City, Lang Son Province". */
const LIST_GLUE = new Set([",", "(", ")", "the", "city", "province", "provinces", "tinh", "thanh", "pho", "tp", "tp.", "and", "va", "cac"]);
/** Words that make an unnamed subject the document's own place: "the province", "tỉnh", "Sở". */
const LOCAL_SUBJECTS = new Set(["province", "provincial", "tinh", "department", "so", "sector", "nganh", "ubnd", "locality", "dia", "phuong", "museum", "city", "pho"]);
/** Words for "we" in national discourse: the subject is the country. */
const NATIONAL_SUBJECTS = new Set(["ta", "chung", "we", "our"]);

/** How far after "between" its first place may stand. */
const BETWEEN_DISTANCE = 6;
const TWO = new Set(["two", "hai", "both"]);
const KINDS_OF_PLACE: Record<string, Place["label"] | "any"> = {
  cities: "City", city: "City", thanh: "City", provinces: "Province", tinh: "Province", countries: "Country", nations: "Country",
  nuoc: "Country", states: "Country", localities: "any", dia: "any", sides: "any", ben: "any", quoc: "Country",
};

/** "the two cities", "hai tỉnh", "both countries" at token i: which kind of place it means. */
function theTwo(tokens: readonly Token[], i: number): Place["label"] | "any" | null {
  const at = tokens[i]?.fold === "the" ? i + 1 : i;
  if (!TWO.has(tokens[at]?.fold ?? "")) return null;
  return KINDS_OF_PLACE[tokens[at + 1]?.fold ?? ""] ?? null;
}

/** The places that contain this one: its province, its country. */
export function containers(place: Place): Set<string> {
  const out = new Set<string>();
  for (let p: Place | undefined = place; p; p = p.parent ? getPlace(p.parent) : undefined) {
    if (p !== place) out.add(p.key);
    const country = getPlace(`country:${p.country.toLowerCase()}`);
    if (country && country.key !== place.key) out.add(country.key);
  }
  return out;
}

function related(a: Place, b: Place): boolean {
  return a.key === b.key || containers(a).has(b.key) || containers(b).has(a.key);
}

/**
 * Places standing together as one list ("Lạng Sơn, Quảng Ninh, Cao Bằng"), without the
 * countries that only say where a listed place is ("Lang Son Province, Vietnam").
 */
function groupsOf(places: readonly PlaceMention[], tokens: readonly Token[], options: { splitOnAnd: boolean }): PlaceMention[][] {
  const groups: PlaceMention[][] = [];
  let lastEnd = -1; // end of the previous place, a dropped qualifier included
  for (const place of places) {
    const group = groups.at(-1);
    const glue = group ? tokens.slice(lastEnd, place.tokenStart) : [];
    const joined = group && glue.length <= 3 && glue.every((t) => LIST_GLUE.has(t.fold) && !(options.splitOnAnd && AND.has(t.fold)));
    lastEnd = place.tokenEnd;
    if (!joined) {
      groups.push([place]);
      continue;
    }
    if (group.some((g) => containers(g.place).has(place.place.key))) continue; // a qualifier
    group.push(place);
  }
  return groups;
}

function unique(mentions: readonly PlaceMention[]): Place[] {
  return [...new Map(mentions.map((m) => [m.place.key, m.place])).values()];
}

const REGARD = new Set(["regards", "regard", "considers", "consider", "sees", "views", "coi", "xem"]);

/**
 * "A regards B as a partner": the last two places before a partnership word, the verb between
 * them, and the partner word a few words after the second.
 */
function regarded(groups: readonly PlaceMention[][], tokens: readonly Token[], cue: CueMention<CooperationCue>): boolean {
  if (cue.value.kind !== "cooperation") return false;
  const before = groups.filter((g) => g.at(-1)!.tokenEnd <= cue.tokenStart);
  if (before.length < 2) return false;
  const [a, b] = [before.at(-2)!, before.at(-1)!];
  if (a.length !== 1 || b.length !== 1 || cue.tokenStart - b[0]!.tokenEnd > 5) return false;
  return tokens.slice(a[0]!.tokenEnd, b[0]!.tokenStart).some((t) => REGARD.has(t.fold));
}

/** Orders cues by how well they state a partnership: one not tied to "between", then the strongest, then the first. */
function compareCues(x: CueMention<CooperationCue>, y: CueMention<CooperationCue>): number {
  return Number(x.value.betweenOnly) - Number(y.value.betweenOnly) || y.value.strength - x.value.strength || x.tokenStart - y.tokenStart;
}

/**
 * The statements of a sentence: runs of cues with no place between them ("ký kết thỏa thuận
 * hợp tác" is one statement), each with the stretch of tokens between its neighbours'. A
 * sentence may state several partnerships: "the province cooperates with North Chungcheong …,
 * she proposed that Bac Ninh and Gyeonggi strengthen cooperation".
 */
function statementsOf(sentence: AnalyzedSentence): { cue: CueMention<CooperationCue>; from: number; to: number }[] {
  const { cooperation, places, tokens } = sentence.mentions;
  const cues = [...cooperation].sort((a, b) => a.tokenStart - b.tokenStart);
  const runs: CueMention<CooperationCue>[][] = [];
  for (const cue of cues) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && !places.some((p) => p.tokenStart >= last.tokenEnd && p.tokenEnd <= cue.tokenStart)) run.push(cue);
    else runs.push([cue]);
  }
  return runs.map((run, k) => ({
    // The first of the run's cues in sorted order: the first that no later one sorts before (a stable sort's first).
    cue: run.reduce((best, c) => (compareCues(c, best) < 0 ? c : best)),
    from: k === 0 ? 0 : runs[k - 1]!.at(-1)!.tokenEnd,
    to: k === runs.length - 1 ? tokens.length : runs[k + 1]![0]!.tokenStart,
  }));
}

export function findPartnerships(sentences: readonly AnalyzedSentence[], context: { home: Place | null; homeCountry: Place | null }): Partnership[] {
  const found: Partnership[] = [];
  let previous: AnalyzedSentence | null = null;
  for (const sentence of sentences) {
    const before = previous;
    previous = sentence;
    // An ALL-CAPS magazine heading repeats its article; a news title states the article's point.
    const capsHeading = sentence.segment.role === "heading" && sentence.sentence.text === sentence.sentence.text.toUpperCase();
    if (sentence.mentions.cooperation.length === 0 || capsHeading) continue;
    const memory: { subjects: Place[] | null } = { subjects: null };
    for (const statement of statementsOf(sentence)) partnershipsOf(sentence, before, statement, context, found, memory);
  }
  return found;
}

/** The partnerships one statement of a sentence states, added to `found`. */
function partnershipsOf(
  sentence: AnalyzedSentence,
  before: AnalyzedSentence | null,
  statement: { cue: CueMention<CooperationCue>; from: number; to: number },
  context: { home: Place | null; homeCountry: Place | null },
  found: Partnership[],
  /** The subjects of the sentence's first statement, once it is read. */
  memory: { subjects: Place[] | null },
): void {
  const { cooperation, tokens, organizations, dates } = sentence.mentions;
  const { cue, from, to } = statement;
  {
    const onlyBetween = cue.value.betweenOnly;
    const add = (a: Place, b: Place, how: Partnership["how"]) => {
      if (!related(a, b)) found.push({ a, b, cue: cue.value, sentence, how });
    };
    /** The list right after `from` and the list after its "and" are the two sides. */
    const pairSides = (after: readonly PlaceMention[], from: number, how: Partnership["how"]): boolean => {
      const [left, right] = groupsOf(after, tokens, { splitOnAnd: true });
      if (!left || !right || left[0]!.tokenStart - from > BETWEEN_DISTANCE) return false;
      if (!tokens.slice(left.at(-1)!.tokenEnd, right[0]!.tokenStart).some((t) => AND.has(t.fold))) return false;
      for (const a of unique(left)) for (const b of unique(right)) add(a, b, how);
      return true;
    };

    // The clause of the cue: a ";" starts another statement.
    let clauseStart = cue.tokenStart;
    while (clauseStart > from && tokens[clauseStart - 1]!.text !== ";") clauseStart--;
    let clauseEnd = cue.tokenEnd;
    while (clauseEnd < to && tokens[clauseEnd]!.text !== ";") clauseEnd++;
    const inName = (p: PlaceMention) => organizations.some((o) => o.tokenStart <= p.tokenStart && p.tokenEnd <= o.tokenEnd);
    // A city right after an agreement word names the agreement ("Hiệp định Paris"), it is not a party.
    const namesAgreement = (p: PlaceMention) => cue.value.kind === "agreement" && p.tokenStart === cue.tokenEnd && p.place.label === "City";
    const places = sentence.mentions.places.filter((p) => p.tokenStart >= clauseStart && p.tokenEnd <= clauseEnd && !namesAgreement(p));

    // "hợp tác … Việt Nam - Trung Quốc", "Vietnam - Laos": two places joined by a dash after the cue,
    // not a dateline ("China - Lang Son, May 2025") nor part of a name ("Đồng Đăng - Lạng Sơn Border Gate").
    let dashed = false;
    for (let i = 1; i < places.length; i++) {
      const [left, right] = [places[i - 1]!, places[i]!];
      const between = tokens.slice(left.tokenEnd, right.tokenStart);
      const dateline = dates.some((d) => d.start >= right.end && d.start - right.end <= 3);
      // The cue before the pair ("hợp tác Việt Nam – Trung Quốc") or right after it ("the Vietnam – Netherlands strategic partnership").
      const cueBefore = cooperation.some((c) => c.tokenEnd <= left.tokenStart && c.tokenStart >= clauseStart);
      const cueAfter = cooperation.some((c) => c.tokenStart >= right.tokenEnd && c.tokenStart - right.tokenEnd <= 2);
      if (!onlyBetween && between.length === 1 && DASHES.has(between[0]!.text) && (cueBefore || cueAfter) && !dateline && !inName(left)) {
        add(left.place, right.place, "dash");
        dashed = true;
      }
    }
    if (dashed) return;

    // "between A and B", "giữa A và B": the list after "between" and the list after its "and".
    let paired = false;
    for (let at = clauseStart; at < clauseEnd && !paired; at++) {
      if (!BETWEEN.has(tokens[at]!.fold)) continue;
      // "between the two cities", "giữa hai tỉnh": the last two such places named before.
      const two = theTwo(tokens, at + 1);
      if (two) {
        const earlier = unique(places.filter((p) => p.tokenEnd <= at && (two === "any" || p.place.label === two)).reverse()).slice(0, 2);
        if (earlier.length === 2) {
          add(earlier[1]!, earlier[0]!, "between");
          paired = true;
        }
        continue;
      }
      paired = pairSides(places.filter((p) => p.tokenStart > at), at, "between");
    }
    // "Ủy ban công tác liên hợp 04 tỉnh A, B, C (Việt Nam) và D (Trung Quốc)": the two sides after the cue.
    // Not after "with": "ký kết thỏa thuận hợp tác với tỉnh Salavan và tỉnh Champasak" names the partners of a subject.
    const afterCue = places.filter((p) => p.tokenStart >= cue.tokenEnd);
    const withPartners = afterCue.length > 0 && tokens.slice(cue.tokenEnd, afterCue[0]!.tokenStart).some((t) => WITH.has(t.fold));
    if (!paired && !onlyBetween && !withPartners && cue.value.kind !== "cooperation") paired = pairSides(afterCue, cue.tokenEnd - 1, "between");
    if (paired || onlyBetween) return;

    // "The two cities signed a cooperation agreement": the last two such places named, in this
    // sentence or the one before it in the same paragraph.
    const twoAt = tokens.findIndex((t, i) => i >= from && i < cue.tokenStart && theTwo(tokens, i) !== null && tokens[i]!.fold !== "the");
    if (twoAt >= 0) {
      const kind = theTwo(tokens, twoAt)!;
      const earlierSentence = before && before.segment.id === sentence.segment.id ? before.mentions.places : [];
      const candidates = [...earlierSentence, ...places.filter((p) => p.tokenEnd <= twoAt)].filter((p) => !p.adjective && (kind === "any" || p.place.label === kind));
      const lastTwo = unique([...candidates].reverse()).slice(0, 2);
      if (lastTwo.length === 2) {
        add(lastTwo[1]!, lastTwo[0]!, "between");
        return;
      }
    }

    // The list just before the cue is its subject ("Việt Nam và Hàn Quốc … đối tác"); the list after
    // it, the partners. An unnamed local subject ("the province", "tỉnh") is the document's own place;
    // "ta" (we) is the country.
    const groups = groupsOf(places, tokens, { splitOnAnd: false });
    const subject = groups.filter((g) => g.at(-1)!.tokenEnd <= cue.tokenStart).at(-1);
    // The partners stand in the cue's own clause: not after ", and invited …", ", while …".
    let clauseBreak = cue.tokenEnd;
    while (clauseBreak < clauseEnd && !(tokens[clauseBreak]!.text === "," && NEW_CLAUSE.has(tokens[clauseBreak + 1]?.fold ?? ""))) clauseBreak++;
    const partners = groups.find((g) => g[0]!.tokenStart >= cue.tokenEnd && g[0]!.tokenStart < clauseBreak);
    if (regarded(groups, tokens, cue)) {
      // "Tatarstan regards Vietnam as a key partner", "Nhật Bản coi Việt Nam là đối tác quan trọng".
      const before = groups.filter((g) => g.at(-1)!.tokenEnd <= cue.tokenStart);
      add(before.at(-2)![0]!.place, before.at(-1)![0]!.place, "subject-partner");
    } else if (partners) {
      const before = tokens.slice(clauseStart, cue.tokenStart);
      // Lower case only: "tỉnh" is the province, "Tỉnh ủy" an organisation that names none.
      // Lower case, or opening the sentence ("Thành phố đã ký …"), and not inside an organisation's name.
      const opensSentence = (k: number) => clauseStart + k === 0 && !organizations.some((o) => o.tokenStart === 0);
      const says = (words: ReadonlySet<string>) => before.some((t, k) => (!t.cap || opensSentence(k)) && words.has(t.fold));
      const implicit = says(NATIONAL_SUBJECTS) ? context.homeCountry : says(LOCAL_SUBJECTS) ? context.home : null;
      // "Cần Thơ đã hợp tác với Hoa Kỳ …; hợp tác với Australia …": a clause with no subject keeps the one before it.
      const inherited = !subject && !implicit && clauseStart > 0 && tokens[clauseStart - 1]!.text === ";" ? (memory.subjects ?? []) : [];
      const subjects = subject ? unique(subject) : implicit ? [implicit] : inherited;
      // The sentence's subject is its first statement's.
      memory.subjects ??= subjects;
      for (const a of subjects) for (const b of unique(partners)) add(a, b, subject ? "subject-partner" : "home-partner");
    } else if (subject && subject.length === 2) {
      // "Vietnam and the Republic of Korea have become each other's leading partners."
      add(subject[0]!.place, subject[1]!.place, "pair");
    }
  }
}
