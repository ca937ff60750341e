/**
 * What one sentence mentions: places, organisations, people with the titles written next to
 * them, event and cooperation words, dates. Offsets are into the sentence text; token
 * spans are [tokenStart, tokenEnd).
 */
import { findPlaces, type Place } from "../gazetteer/places.ts";
import {
  cooperationWords,
  eventWords,
  foreignSurnames,
  honorifics,
  knownOrganizations,
  isVietnameseSyllables,
  knownPeople,
  levels,
  notPersonNamePhrases,
  offices,
  organizationHeads,
  participationWords,
  fieldWords,
  honorificEndsAt,
  speechWords,
  vietnameseSurnames,
  type BilingualMatcher,
  type CooperationCue,
  type EventTrigger,
  type Language,
  type OfficeLevel,
  type OrganizationHead,
} from "../patterns/lexicon.ts";
import { foldText } from "../text/fold.ts";
import { PhraseScan, type PhraseMatch } from "../text/phrase-matcher.ts";
import { tokenize, type Token } from "../text/tokenize.ts";
import { findDates, type DateContext, type DateMention } from "./find-dates.ts";

interface Span {
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
}

export interface PlaceMention extends Span {
  place: Place;
  surface: string;
  /** Named through its adjective ("Chinese delegation"). */
  adjective: boolean;
}

export interface OrganizationMention extends Span {
  name: string;
  kind: string;
  /** A known organisation's canonical name (UNESCO), else null. */
  canonical: string | null;
}

export interface TitleMention extends Span {
  text: string;
  offices: string[];
  levels: OfficeLevel[];
  /** Places the title names, with whether they come after "to/tại/in" (an envoy's host country). */
  places: (PlaceMention & { host: boolean })[];
  side: "before" | "after";
}

export interface PersonMention extends Span {
  name: string;
  /** known: a figure from the known-people list; vietnamese: surname-led name; anchored: a name only a title or honorific marks; short: one word after an honorific ("Mr. Son"). */
  form: "known" | "vietnamese" | "anchored" | "short";
  /** The title next to the name: before it when there is one there, else after it. */
  title: TitleMention | null;
  /** Every title next to the name, before and after. */
  titles: TitleMention[];
  honorific: boolean;
  /** Named as the owner of something present ("the letter of X"), not as present. */
  absent: boolean;
}

export interface CueMention<T> extends Span {
  value: T;
}

export interface SentenceMentions {
  tokens: Token[];
  places: PlaceMention[];
  organizations: OrganizationMention[];
  people: PersonMention[];
  events: CueMention<EventTrigger>[];
  participation: Span[];
  /** Verbs of speaking ("said", "cho biết"): their speaker was at the meeting being told. */
  speech: Span[];
  /** Names shaped like a person's that the words around them make a place ("huyện Lục Ngạn"), folded. */
  placeNames: string[];
  cooperation: CueMention<CooperationCue>[];
  dates: DateMention[];
}

// Capitalised words that never start or make up a name.
const NOT_NAME_WORDS = new Set(
  (
    "the a an in on at for with by from of and or but during after before this that these those it he she they we our his her its their as " +
    "according also over through thanks especially accordingly specifically therefore however within under since speaking representing " +
    "photo nguon source while when where which who whose what there here all both each every some many most other another such " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december " +
    "viet great patriotic war victory day world cultural heritage global geopark"
  ).split(" "),
);

/**
 * Vietnamese words that start a sentence capitalised ("Sáng 14/3", "Tại buổi tiếp", "Do đó"),
 * with their diacritics: "Năm" (year) is not "Nam" (a given name), and in English text their
 * ASCII forms are names ("Ly Van Sang", "Luong Huu Tai", "Do Van Khiem", "Nguyen Phu Trong").
 */
const VIETNAMESE_NOT_NAME_WORDS = new Set(
  "ngày tháng năm sáng chiều tối theo trong tại về các những đây đó này với cùng từ sau trước qua để khi nhân thấy phát dự thăm do".split(" "),
);

/** Token t is a word that never starts or makes up a name, in a sentence of this language. */
function notNameWord(t: Token, lang: Language): boolean {
  return NOT_NAME_WORDS.has(t.fold) || ((lang === "vi" || t.vi !== t.fold) && VIETNAMESE_NOT_NAME_WORDS.has(t.vi));
}

/** English nouns whose owner is named but not there: "the greetings of", "a letter from", "on behalf of". */
const ABSENT_OWNER_NOUNS = new Set(["greetings", "greeting", "regards", "wishes", "message", "letter", "behalf", "congratulations", "invitation", "instructions", "direction"]);
const ABSENT_OWNER_CONNECTORS = new Set(["of", "from"]);

const CLAUSE_PUNCTUATION = new Set([";", ":", ".", "!", "?", "“", "”", '"']);
const EN_CONNECTORS = new Set(["of", "the", "to", "in", "at", "for", "and", "on", "'s", "’s"]);
const TITLE_PUNCTUATION = new Set([",", "-", "–", "("]);
const DASHES_IN_NAMES = new Set(["-"]);
const HOST_WORDS = new Set(["to", "in", "tai"]);
const CITY_MARKERS = phraseSet(["city", "capital", "thanh pho", "tp", "thu do", "municipality"]);
const PROVINCE_MARKERS = phraseSet(["province", "prefecture", "tinh", "autonomous region", "khu tu tri"]);
// Vietnamese words that end a title when scanning away from a name.
const VI_BOUNDARIES = phraseSet([
  "có", "với", "giữa", "là", "như", "gồm", "của", "cho", "đã", "sẽ", "được", "đang", "khi", "nhân dịp", "nhân chuyến", "tới", "đến", "từ",
  "trao", "đọc", "tặng", "gửi", "nhận", "cho biết", "khẳng định", "nhấn mạnh", "đề nghị", "mong muốn", "cam kết",
  "hoan nghênh", "chúc mừng", "cảm ơn", "bày tỏ", "thông tin", "giới thiệu", "tổ chức", "phối hợp", "triển khai",
]);

/**
 * A set of one- and two-word phrases that answers "is this pair of words in it?" without joining
 * them into a string, which sentences ask of nearly every token.
 */
function phraseSet(phrases: readonly string[]) {
  const set = new Set(phrases);
  const firstWords = new Set(phrases.filter((p) => p.includes(" ")).map((p) => p.slice(0, p.indexOf(" "))));
  return {
    has: (phrase: string) => set.has(phrase),
    hasPair: (first: string, second: string) => firstWords.has(first) && set.has(`${first} ${second}`),
  };
}

/**
 * Lower-case Vietnamese words that end an organisation's name: verbs and numbers that follow a
 * name in a clause ("Bộ Chính trị ra Nghị quyết", "Chính phủ hai nước", "Trường X trực thuộc Đại học Y").
 */
const ORGANIZATION_ENDS = new Set([
  "ra", "giao", "làm", "đánh", "để", "đưa", "về", "vào", "lên", "xuống", "trực", "thuộc", "hai", "ba", "bốn", "năm",
  "được", "bị", "là", "có", "đã", "sẽ", "đang", "cũng", "thì", "mà", "nên", "này", "đó", "kia", "ấy",
]);

/**
 * The comma at `comma` separates fields inside one Vietnamese name ("Văn hóa, Thể thao và Du
 * lịch"): capitalised words follow, and a "và" within a few words closes the list, with no
 * organisation or place (`starts`) in it or after it.
 */
function commaInsideName(tokens: readonly Token[], comma: number, starts: (i: number) => boolean): boolean {
  if (!tokens[comma + 1]?.cap || starts(comma + 1)) return false;
  for (let k = comma + 2; k < tokens.length && k <= comma + 5; k++) {
    const t = tokens[k]!;
    if (t.vi === "và") return tokens[k + 1]?.cap === true && !starts(k + 1);
    if (starts(k) || (t.kind !== "word" && t.text !== ",")) return false;
  }
  return false;
}

/** Words after a name that make it a street, a zone or a building ("Hoang Dieu Street", "Dung Quat Economic Zone"), in any case. */
const FACILITY_WORDS_AFTER = new Set(["street", "road", "avenue", "boulevard", "square", "bridge", "zone", "park", "port", "airport", "station", "market", "pagoda", "temple", "lake", "river", "mountain", "island"]);
/** Lower-case Vietnamese words before a street's or a facility's name, by Vietnamese key. */
const FACILITY_WORDS_BEFORE = new Set(["đường", "phố", "cầu", "chợ", "chùa", "đền", "sông", "núi", "hồ", "cảng", "khu", "khẩu"]);

/** The words around a name make it a place: "huyện Hà Khẩu", "thị trấn Đồng Đăng", "Nong Het district". */
function markedAsPlace(tokens: readonly Token[], levels: readonly PhraseMatch<OfficeLevel>[], person: PersonMention, appositive: boolean): boolean {
  const before = tokens[person.tokenStart - 1];
  const after = tokens[person.tokenEnd];
  // A street, a zone, a border gate is one whatever stands before it: "Head of the Dung Quat Economic Zone".
  const facility =
    (before !== undefined && !before.cap && FACILITY_WORDS_BEFORE.has(before.vi)) ||
    (after !== undefined && FACILITY_WORDS_AFTER.has(after.fold)) ||
    (after?.cap === true && FACILITY_WORDS_AFTER.has(tokens[person.tokenEnd + 1]?.fold ?? ""));
  if (facility) return true;
  // A title makes a name after a place word a person again ("Chủ tịch UBND huyện Nguyễn Văn An"),
  // unless it is another person's, in apposition: "ông Hoàng Văn Chiến, Chủ tịch UBND huyện Lục Ngạn".
  if (person.title !== null && !appositive) return false;
  // The levels lexicon's words for a unit: a district's before the name ("huyện", "xã", "district"),
  // a district's or a province's after it ("district", "province").
  const levelBefore = levels.find((m) => m.end === person.tokenStart && !tokens[m.start]!.cap);
  const levelAfter = levels.find((m) => m.start === person.tokenEnd && !tokens[m.start]!.cap);
  return levelBefore?.values[0] === "district" || levelAfter?.values[0] === "district" || levelAfter?.values[0] === "province";
}

/** Lower-case particles inside Western and Malay names. */
const NAME_PARTICLES = new Set(["van", "von", "der", "den", "de", "du", "da", "di", "del", "della", "le", "la", "bin", "binti", "al"]);

/** How many lower-case name particles (at most two) start at token i. */
function particlesAt(tokens: readonly Token[], i: number): number {
  let n = 0;
  while (n < 2 && tokens[i + n]?.kind === "word" && !tokens[i + n]!.cap && NAME_PARTICLES.has(tokens[i + n]!.fold)) n++;
  return n;
}

/** Right after a capitalised syllable, "giao" completes a word ("Ngoại giao"); the other ends still end the name. */
function endsOrganizationAfterCapital(syllable: string): boolean {
  return syllable !== "giao" && ORGANIZATION_ENDS.has(syllable);
}

/** Two or more words, all in capitals: a heading or a banner repeating the article, not a name to keep. */
function isCapsHeading(tokens: readonly Token[], start: number, end: number): boolean {
  let words = 0;
  for (let i = start; i < end; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") continue;
    if (!t.upper) return false;
    words++;
  }
  return words >= 2;
}

/** Lower-case words that never end an organisation's name: "và", and the place words before a place ("tỉnh"). */
const NOT_NAME_SYLLABLES = new Set(["và", "tỉnh", "thành", "huyện", "xã", "quận", "tại", "ở"]);

/** Head words that name a whole body by themselves ("Chính phủ", "the Politburo"), folded. */
const COMPLETE_BODIES = new Set([
  "chinh phu", "quoc hoi", "bo chinh tri", "ban bi thu", "quoc vu vien", "ban chap hanh trung uong", "tinh uy", "thanh uy", "ubnd", "hdnd",
  "government", "politburo", "national assembly", "secretariat", "state council", "party",
]);

/** Organisations that take a proper name right after their head word, even a person's. */
const NAMED_KINDS = new Set(["company", "research", "education", "association", "culture", "agency"]);

/** A Vietnamese boundary word (one or two syllables) starts at token i. */
function viBoundaryAt(tokens: readonly Token[], i: number): boolean {
  const one = tokens[i]?.vi ?? "";
  return VI_BOUNDARIES.has(one) || (tokens[i + 1] !== undefined && VI_BOUNDARIES.hasPair(one, tokens[i + 1]!.vi));
}

function spanOf(tokens: readonly Token[], tokenStart: number, tokenEnd: number): Span {
  return { tokenStart, tokenEnd, start: tokens[tokenStart]!.start, end: tokens[tokenEnd - 1]!.end };
}

/** A cue's span with its value; built as one literal, as every sentence makes several. */
function cueOf<T>(tokens: readonly Token[], match: PhraseMatch<T>): CueMention<T> {
  return { tokenStart: match.start, tokenEnd: match.end, start: tokens[match.start]!.start, end: tokens[match.end - 1]!.end, value: match.values[0]! };
}

function matcherFor<T>(matcher: BilingualMatcher<T>, lang: Language) {
  return lang === "vi" ? matcher.vi : matcher.en;
}

/**
 * Matches of both languages: Vietnamese text quotes English names and vice versa. English text
 * without a Vietnamese letter cannot hold a Vietnamese phrase, so that pass is skipped.
 */
function findBoth<T>(matcher: BilingualMatcher<T>, scan: PhraseScan, lang: Language, hasVietnamese: boolean): PhraseMatch<T>[] {
  const first = scan.findAll(matcherFor(matcher, lang));
  if (lang === "en" && !hasVietnamese) return first;
  const other = scan.findAll(matcherFor(matcher, lang === "vi" ? "en" : "vi"));
  if (other.length === 0) return first;
  // Both lists run left to right without overlaps: keep the other language's matches clear of the
  // first's, and merge the two by start.
  const merged: PhraseMatch<T>[] = [];
  let f = 0;
  for (const m of other) {
    while (f < first.length && first[f]!.end <= m.start) merged.push(first[f++]!);
    if (f < first.length && first[f]!.start < m.end) continue;
    merged.push(m);
  }
  while (f < first.length) merged.push(first[f++]!);
  return merged;
}

/**
 * For each token, 1 + the index of the match covering it, or 0: O(1) "what is here" lookups.
 * A plain array: sentences are short, and typed arrays cost more to allocate than to fill.
 */
function coverage(length: number, matches: readonly { start: number; end: number }[]): number[] {
  const at = new Array<number>(length).fill(0);
  for (let k = 0; k < matches.length; k++) {
    const { start, end } = matches[k]!;
    for (let i = start; i < end; i++) if (at[i] === 0) at[i] = k + 1;
  }
  return at;
}

/**
 * What covers each token, as bits of one array rather than one coverage() array per kind of
 * span: a sentence asks "is a place here?" of every token, and only offices and honorifics
 * need to say which one.
 */
const PLACE = 1;
const LEVEL = 2;
const EVENT = 4;
const PARTICIPATION = 8;
const COOPERATION = 16;
const ORGANIZATION = 32;
const PERSON = 64;

function markSpans(kinds: number[], kind: number, spans: readonly { start: number; end: number }[]): void {
  for (const { start, end } of spans) for (let i = start; i < end; i++) kinds[i]! |= kind;
}

function markMentions(kinds: number[], kind: number, mentions: readonly Span[]): void {
  for (const { tokenStart, tokenEnd } of mentions) for (let i = tokenStart; i < tokenEnd; i++) kinds[i]! |= kind;
}

/** A span of this kind covers token i; true outside the sentence too, as for coverage()[i] !== 0. */
function covers(kinds: readonly number[], kind: number, i: number): boolean {
  const at = kinds[i];
  return at === undefined || (at & kind) !== 0;
}

/** Token i is in the sentence and no span of this kind covers it (coverage()[i] === 0). */
function uncovered(kinds: readonly number[], kind: number, i: number): boolean {
  const at = kinds[i];
  return at !== undefined && (at & kind) === 0;
}

/** True when test holds for some index in [from, to). */
function someIn(from: number, to: number, test: (i: number) => boolean): boolean {
  for (let i = from; i < to; i++) if (test(i)) return true;
  return false;
}

function markAll(marks: boolean[], from: number, to: number): void {
  for (let i = from; i < to; i++) marks[i] = true;
}

function tokenIndexAt(tokens: readonly Token[], offset: number, edge: "start" | "end"): number {
  return tokens.findIndex((t) => (edge === "start" ? t.start === offset : t.end === offset));
}

function markerNear(tokens: readonly Token[], tokenStart: number, tokenEnd: number, markers: ReturnType<typeof phraseSet>): boolean {
  const before1 = tokenStart >= 1 ? withoutFinalDot(tokens[tokenStart - 1]!.fold) : "";
  const after1 = tokens[tokenEnd]?.fold ?? "";
  return (
    markers.has(before1) ||
    (tokenStart >= 2 && markers.hasPair(tokens[tokenStart - 2]!.fold, tokens[tokenStart - 1]!.fold)) ||
    markers.has(after1) ||
    (tokens[tokenEnd + 1] !== undefined && markers.hasPair(after1, tokens[tokenEnd + 1]!.fold)) ||
    (before1 === "of" && markers.has(tokens[tokenStart - 2]?.fold ?? ""))
  );
}

const withoutFinalDot = (word: string) => (word.endsWith(".") ? word.slice(0, -1) : word);

/** Picks among the places a name can be (Lạng Sơn the province or the city) by the words around it. */
function choosePlace(candidates: readonly Place[], surface: string, near: { city: boolean; province: boolean }): Place | null {
  if (candidates.length <= 1) return candidates[0] ?? null;
  const byLabel = (label: Place["label"]) => candidates.filter((p) => p.label === label);
  if (near.city && byLabel("City").length) return byLabel("City")[0]!;
  if (near.province && byLabel("Province").length) return byLabel("Province")[0]!;
  // A bare name is the place whose own name it is ("Lang Son" the province, "Luang Prabang" the city).
  const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const exact = candidates.find((p) => fold(p.name) === fold(surface) || fold(p.nameVi ?? "") === fold(surface));
  if (exact) return exact;
  const order: Place["label"][] = ["Country", "Province", "City"];
  return [...candidates].sort((a, b) => order.indexOf(a.label) - order.indexOf(b.label))[0]!;
}

function findPlaceMentions(text: string, tokens: readonly Token[]): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  for (const match of findPlaces(text, tokens)) {
    const tokenStart = tokenIndexAt(tokens, match.start, "start");
    let tokenEnd = tokenIndexAt(tokens, match.end, "end") + 1;
    // "Egypt's Ministry": the place ends inside its possessive token.
    const possessive = tokenEnd === 0 ? tokens.findIndex((t) => t.end === match.end + 2 && t.start < match.end && /['’]s$/u.test(t.text)) : -1;
    if (possessive >= 0) tokenEnd = possessive + 1;
    if (tokenStart < 0 || tokenEnd <= tokenStart) continue;
    // "Dr. Ishikawa Ren", "ông Lào Cai…": right after an honorific, a place's name is a person's.
    if (honorificEndsAt(tokens, tokenStart)) continue;
    if (match.ambiguous) {
      // "Anh" (the UK) inside "Kiều Anh", "Vân Anh": a short country word that sits in a run of names is a name.
      const prev = tokens[tokenStart - 1];
      const next = tokens[tokenEnd];
      if ((prev?.kind === "word" && prev.cap) || (next?.kind === "word" && next.cap)) continue;
    }
    const near = {
      city: markerNear(tokens, tokenStart, tokenEnd, CITY_MARKERS),
      province: markerNear(tokens, tokenStart, tokenEnd, PROVINCE_MARKERS),
    };
    const candidates = match.via === "adjective" ? [match.place] : match.candidates;
    const place = choosePlace(candidates.length ? candidates : [match.place], match.surface, near);
    if (!place) continue;
    const start = tokens[tokenStart]!.start;
    const end = possessive >= 0 ? match.end : tokens[tokenEnd - 1]!.end;
    mentions.push({ tokenStart, tokenEnd, start, end, place, surface: match.surface, adjective: match.via === "adjective" });
  }
  return mentions;
}

/** A capitalised word that is not a place, a person's name, an office or an honorific. */
function plainNameWord(marks: SentenceMarks, i: number): boolean {
  const t = marks.tokens[i];
  return t !== undefined && t.kind === "word" && t.cap && !marks.inPlace(i) && !marks.isNameStart(i) && !marks.isStop(i) && !notNameWord(t, marks.lang);
}

/** Records an organisation's name over tokens [tokenStart, tokenEnd) and marks them covered. */
function pushOrganization(found: OrganizationMention[], covered: boolean[], tokens: readonly Token[], tokenStart: number, tokenEnd: number, kind: string, canonical: string | null): void {
  let name = tokens[tokenStart]!.text;
  for (let i = tokenStart + 1; i < tokenEnd; i++) name += (tokens[i - 1]!.end < tokens[i]!.start ? " " : "") + tokens[i]!.text;
  found.push({ tokenStart, tokenEnd, start: tokens[tokenStart]!.start, end: tokens[tokenEnd - 1]!.end, name, kind, canonical });
  markAll(covered, tokenStart, tokenEnd);
}

/**
 * Organisation names: known ones (UNESCO), English names around a head word ("Lang Son
 * Department of Foreign Affairs", "Embassy of the Russian Federation in Vietnam") and
 * Vietnamese names opened by a head word ("Sở Ngoại vụ tỉnh Lạng Sơn").
 */
function findOrganizations(
  marks: SentenceMarks,
  scan: PhraseScan,
  places: readonly PlaceMention[],
  heads: { en: readonly PhraseMatch<OrganizationHead>[]; vi: readonly PhraseMatch<OrganizationHead>[] },
): OrganizationMention[] {
  const { tokens } = marks;
  const found: OrganizationMention[] = [];
  const placeAt = new Map(places.map((p) => [p.tokenStart, p]));
  const covered: boolean[] = [];
  const known = scan.findAll(knownOrganizations);
  for (const m of known) pushOrganization(found, covered, tokens, m.start, m.end, m.values[0]!.kind, m.values[0]!.name);

  const placeEndingAt = new Map(places.map((p) => [p.tokenEnd, p]));
  for (const m of heads.en) {
    if (covered[m.start] || !tokens[m.start]!.cap || marks.inPlace(m.start)) continue;
    let start = m.start;
    while (start > 0) {
      const prev = tokens[start - 1]!;
      const place = placeEndingAt.get(start);
      if (place) start = place.tokenStart;
      else if (prev.kind === "word" && prev.cap && !notNameWord(prev, marks.lang) && !marks.isNameStart(start - 1)) start--;
      else if (prev.fold === "'s" || prev.fold === "s") start--;
      // "Vietnam-Laos Intergovernmental Committee": places joined by a dash open the name.
      else if (prev.text === "-" && placeEndingAt.has(start - 1)) start = placeEndingAt.get(start - 1)!.tokenStart;
      // "Maritime and Port Authority": two plain capitalised words joined by "and" before the head.
      else if (prev.fold === "and" && tokens[start]!.cap && plainNameWord(marks, start - 2) && !plainNameWord(marks, start - 3)) start -= 2;
      else break;
    }
    let end = m.end;
    let afterOf = false;
    // "of/for/in (the) Capitalised …" continues the name; so does ", X and Y" inside it.
    for (;;) {
      const t = tokens[end];
      if (!t) break;
      const skip = tokens[end + 1]?.fold === "the" ? 1 : 0;
      const afterConnector = tokens[end + 1 + skip];
      if (["of", "for", "in", "on"].includes(t.fold) && afterConnector?.cap && !notNameWord(afterConnector, marks.lang)) {
        end = end + 1 + skip;
        afterOf = true;
        const place = placeAt.get(end);
        if (place) {
          // "Embassy of the Russian Federation in Vietnam", but not "… League of China A Dong".
          end = place.tokenEnd;
          continue;
        }
        while (tokens[end]?.cap && tokens[end]!.kind === "word" && !marks.isNameStart(end) && !placeAt.has(end) && !notNameWord(tokens[end]!, marks.lang)) end++;
        continue;
      }
      // "Provincial Party Standing Committee", "Party Committee’s Commission": another head word closes a longer name.
      let j = end;
      while (tokens[j]?.cap && tokens[j]!.kind === "word" && !marks.isNameStart(j) && !placeAt.has(j)) j++;
      const nextHead = j > end ? organizationHeads.en.findAll(tokens.slice(end, j)).at(-1) : undefined;
      if (nextHead) {
        end = end + nextHead.end;
        continue;
      }
      if ((t.fold === "s" || t.text === "’s" || t.text === "'s") && tokens[end + 1]?.cap) {
        end++;
        continue;
      }
      // "Department of Culture, Sports and Tourism": one or two plain words each side of the "and",
      // never a list of organisations ("Pacific Construction Group, Tushang Group and …").
      if (t.text === "," && tokens[end + 1]?.cap && !placeAt.has(end + 1)) {
        let j = end + 1;
        while (tokens[j]?.cap && tokens[j]!.kind === "word") j++;
        const listed = tokens.slice(end + 1, j);
        const plain = listed.length <= 2 && organizationHeads.en.findAll(listed).length === 0;
        if (plain && tokens[j]?.fold === "and" && tokens[j + 1]?.cap && !marks.officeAt(j + 1)) {
          end = j + 1;
          while (tokens[end]?.cap && tokens[end]!.kind === "word" && !marks.isNameStart(end)) end++;
          continue;
        }
      }
      // "Department of Industry and Trade", "Ministry of Agriculture and Rural Development".
      if (afterOf && t.fold === "and" && plainNameWord(marks, end + 1)) {
        end++;
        while (plainNameWord(marks, end)) end++;
        continue;
      }
      break;
    }
    if (someIn(start, end, (i) => covered[i] === true) || isCapsHeading(tokens, start, end)) continue;
    // A head word alone ("the Department", "Group") names no organisation, unless it is a body of its own.
    if (end - start === m.end - m.start && !COMPLETE_BODIES.has(m.values[0]!.kind === "party" ? tokens[m.start]!.fold : tokens.slice(m.start, m.end).map((t) => t.fold).join(" "))) continue;
    pushOrganization(found, covered, tokens, start, end, m.values[0]!.kind, null);
  }

  const viHeads = heads.vi;
  const organizationStarts = new Set(viHeads.map((m) => m.start));
  for (const m of known) organizationStarts.add(m.start);
  for (const m of viHeads) {
    if (covered[m.start] || !tokens[m.start]!.cap || marks.inPlace(m.start)) continue;
    const next = tokens[m.end];
    const singleWordHead = m.end - m.start === 1 && !tokens[m.start]!.upper;
    // "Bộ trưởng" is a minister, "Hội nghị" a conference: a one-word head must be followed by a name.
    if (singleWordHead && !(next && (next.cap || placeAt.has(m.end)))) continue;
    let end = m.end;
    let lastNamed = m.end;
    while (end < tokens.length && !covered[end]) {
      const t = tokens[end]!;
      const place = placeAt.get(end);
      if (place) {
        end = lastNamed = place.tokenEnd;
        // "Đoàn Thanh niên Cộng sản Trung Quốc A Đông": a country ends the name; a name after it is a person's.
        if (place.place.label === "Country" && tokens[end]?.cap && !placeAt.has(end)) break;
        continue;
      }
      if (t.kind !== "word") {
        if ((t.text === "-" || t.text === "–") && (tokens[end + 1]?.cap || placeAt.has(end + 1))) {
          end++;
          continue;
        }
        // "Sở Văn hóa, Thể thao và Du lịch": a comma inside a list of fields that "và" closes.
        if (t.text === "," && commaInsideName(tokens, end, (i) => organizationStarts.has(i) || placeAt.has(i))) {
          end++;
          continue;
        }
        break;
      }
      if (marks.isStop(end) || viBoundaryAt(tokens, end) || marks.isTrigger(end)) break;
      if (t.cap) {
        // A person's name ends an office's organisation ("Tỉnh ủy Hoàng Văn Nghiệm"), but a company or
        // institute may bear one ("Tập đoàn Tô Thương", "Bảo tàng Hồ Chí Minh").
        if (marks.isNameStart(end) && !(NAMED_KINDS.has(m.values[0]!.kind) && end === m.end)) break;
        end = lastNamed = end + 1;
        // Vietnamese capitalises only a name's first syllable: "Ngoại giao", "Xây dựng".
        for (let k = 0; k < 1 && tokens[end]?.kind === "word" && !tokens[end]!.cap && !NOT_NAME_SYLLABLES.has(tokens[end]!.vi) && !endsOrganizationAfterCapital(tokens[end]!.vi) && !viBoundaryAt(tokens, end) && !marks.isStop(end); k++) {
          if (marks.isTrigger(end)) break;
          end = lastNamed = end + 1;
        }
        continue;
      }
      // A verb or a number ends the name: "Bộ Chính trị ra Nghị quyết", "UBND tỉnh giao Sở Tài chính".
      if (ORGANIZATION_ENDS.has(t.vi)) break;
      // "UBND tỉnh Lạng Sơn và CNAM", "… và Chính phủ": "và" before another organisation joins two.
      if (t.vi === "và" && tokens[end + 1]?.cap && (organizationStarts.has(end + 1) || tokens[end + 1]!.upper)) break;
      // Other lower-case words belong to the name when a capitalised word or place follows soon.
      let ahead = end + 1;
      while (ahead < Math.min(end + 5, tokens.length) && !(tokens[ahead]!.kind !== "word" || tokens[ahead]!.cap || placeAt.has(ahead))) ahead++;
      if (ahead >= Math.min(end + 5, tokens.length) || tokens[ahead]!.kind !== "word" || marks.isStop(ahead) || someIn(end, ahead, (j) => viBoundaryAt(tokens, j))) break;
      end++;
    }
    end = lastNamed;
    if (someIn(m.start, end, (i) => covered[i] === true)) continue;
    if (isCapsHeading(tokens, m.start, end)) continue;
    if (end - m.start < 2 && !tokens[m.start]!.upper) continue;
    if (end === m.end && !COMPLETE_BODIES.has(tokens.slice(m.start, m.end).map((t) => t.fold).join(" "))) continue;
    pushOrganization(found, covered, tokens, m.start, end, m.values[0]!.kind, null);
  }
  return found.sort((a, b) => a.tokenStart - b.tokenStart);
}

function isSurname(t: Token): boolean {
  return t.vi !== t.fold ? vietnameseSurnames.vi.has(t.vi) : vietnameseSurnames.fold.has(t.fold);
}

/**
 * One sentence's tokens and what covers them, with the questions findMentions asks of each token
 * as methods. Methods, not closures made per sentence: the loader runs under tsx, whose esbuild
 * keeps function names by calling a helper on every named closure each time it is created, which
 * cost more than the questions themselves.
 */
class SentenceMarks {
  /** Tokens that cannot be part of a person's name. */
  readonly blocked: boolean[] = [];
  /** Bits of the kinds of span over each token (PLACE, LEVEL…). */
  readonly kinds: number[];
  readonly officeCover: number[];
  readonly honorificCover: number[];
  readonly placeEndingAt: Map<number, PlaceMention>;

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    readonly lang: Language,
    readonly places: readonly PlaceMention[],
    readonly officeMatches: readonly PhraseMatch<string>[],
    readonly honorificMatches: readonly PhraseMatch<unknown>[],
    readonly levelMatches: readonly PhraseMatch<OfficeLevel>[],
  ) {
    const n = tokens.length;
    this.kinds = new Array<number>(n).fill(0);
    this.officeCover = coverage(n, officeMatches);
    this.honorificCover = coverage(n, honorificMatches);
    this.placeEndingAt = new Map(places.map((p) => [p.tokenEnd, p]));
  }

  /** Token i can be part of a person's name. */
  eligible(i: number): boolean {
    const t = this.tokens[i];
    if (!t || t.kind !== "word" || !(t.cap || t.upper) || this.blocked[i] || fieldWords.has(t.fold)) return false;
    // A capital "A" inside a sentence, before another capitalised word, is a name ("A Dong"), not the article.
    if (t.text === "A" && i > 0 && this.tokens[i - 1]!.kind === "word" && this.tokens[i + 1]?.cap) return true;
    // Inside a run of capitalised words a function word is a given name ("Lê Thị Sáng", "Nguyễn Văn An");
    // in English only a Vietnamese one ("Ly Van Sang", but not "Vietnam And").
    const prev = this.tokens[i - 1];
    if (prev?.kind === "word" && prev.cap && (this.lang === "vi" || !NOT_NAME_WORDS.has(t.fold))) return true;
    return !notNameWord(t, this.lang);
  }

  /** A Vietnamese name starts here: a surname followed by one to three more name syllables. */
  isNameStart(i: number): boolean {
    return this.eligible(i) && isSurname(this.tokens[i]!) && this.eligible(i + 1);
  }

  officeAt(i: number): PhraseMatch<string> | undefined {
    const k = this.officeCover[i];
    return k ? this.officeMatches[k - 1] : undefined;
  }

  honorificAt(i: number): PhraseMatch<unknown> | undefined {
    const k = this.honorificCover[i];
    return k ? this.honorificMatches[k - 1] : undefined;
  }

  /** An office or honorific is at this token: no organisation name runs into it. */
  isStop(i: number): boolean {
    return this.officeCover[i] !== 0 || this.honorificCover[i] !== 0;
  }

  /** An event or participation word is at this token. */
  isTrigger(i: number): boolean {
    return covers(this.kinds, EVENT, i) || covers(this.kinds, PARTICIPATION, i);
  }

  inPlace(i: number): boolean {
    return covers(this.kinds, PLACE, i);
  }

  personAt(i: number): boolean {
    return covers(this.kinds, PERSON, i);
  }

  anchoredBefore(i: number): boolean {
    const prev = i - 1;
    return prev >= 0 && (this.officeAt(prev) !== undefined || this.honorificAt(prev) !== undefined);
  }

  /** A title stops growing at token i, scanning away from a name. */
  boundaryAt(i: number): boolean {
    const t = this.tokens[i]!;
    const kinds = this.kinds;
    if (this.officeCover[i] !== 0 || covers(kinds, LEVEL | PLACE | ORGANIZATION, i)) return false;
    if (this.honorificAt(i)) return true;
    if (CLAUSE_PUNCTUATION.has(t.text)) return true;
    if (covers(kinds, EVENT, i) && !t.cap) return true;
    if (covers(kinds, PARTICIPATION, i)) return true;
    if (covers(kinds, COOPERATION, i) && !t.cap) return true;
    if (this.lang === "vi" && viBoundaryAt(this.tokens, i)) return true;
    if (t.kind === "word" && !t.cap && this.lang !== "vi" && !EN_CONNECTORS.has(t.fold)) return true;
    return false;
  }

  /** The title among tokens [from, to): none without an office word. */
  titleFrom(from: number, to: number, side: TitleMention["side"]): TitleMention | null {
    if (to <= from) return null;
    const { tokens, officeMatches } = this;
    const officeList: PhraseMatch<string>[] = [];
    for (const m of officeMatches) if (m.start >= from && m.end <= to) officeList.push(m);
    if (officeList.length === 0) return null;
    // The title runs from its first office word to the name (before) or from the name to its last word (after).
    let first = side === "before" ? Math.min(...officeList.map((m) => m.start)) : from;
    // "French Ambassador", "Lang Son Provincial Party Secretary": a place right before the office belongs to the title.
    for (let place = this.placeEndingAt.get(first); place && place.tokenStart >= from; place = this.placeEndingAt.get(first)) {
      first = place.tokenStart;
    }
    let last = to;
    while (last > first && (TITLE_PUNCTUATION.has(tokens[last - 1]!.text) || ["and", "và", "of", "the"].includes(tokens[last - 1]!.vi))) last--;
    const placeList = this.places
      .filter((p) => p.tokenStart >= first && p.tokenEnd <= last)
      .map((p) => ({ ...p, host: someIn(first, p.tokenStart, (i) => HOST_WORDS.has(tokens[i]!.fold)) }));
    const span = spanOf(tokens, first, last);
    return {
      ...span,
      text: this.text.slice(span.start, span.end),
      offices: officeList.map((m) => m.values[0]!),
      levels: this.levelMatches.filter((m) => m.start >= first && m.end <= last).map((m) => m.values[0]!),
      places: placeList,
      side,
    };
  }
}

function addCandidate(people: PersonMention[], tokens: readonly Token[], start: number, end: number, form: PersonMention["form"]): void {
  people.push({ tokenStart: start, tokenEnd: end, start: tokens[start]!.start, end: tokens[end - 1]!.end, name: "", form, title: null, titles: [], honorific: false, absent: false });
}

export function findMentions(text: string, context: { lang: Language } & Omit<DateContext, "lang">): SentenceMentions {
  const { lang } = context;
  const tokens = tokenize(text);
  const places = findPlaceMentions(text, tokens);

  const hasVietnamese = tokens.some((t) => t.kind === "word" && t.vi !== t.fold);
  const scan = new PhraseScan(tokens);
  const officeMatches = findBoth(offices, scan, lang, hasVietnamese);
  const honorificMatches = findBoth(honorifics, scan, lang, hasVietnamese).filter((m) => tokens[m.start]!.cap || lang === "vi");
  const eventMatches = findBoth(eventWords, scan, lang, hasVietnamese);
  const participationMatches = findBoth(participationWords, scan, lang, hasVietnamese);
  const speechMatches = findBoth(speechWords, scan, lang, hasVietnamese);
  const cooperationMatches = findBoth(cooperationWords, scan, lang, hasVietnamese);
  const levelMatches = findBoth(levels, scan, lang, hasVietnamese);
  const marks = new SentenceMarks(text, tokens, lang, places, officeMatches, honorificMatches, levelMatches);
  const { blocked, kinds } = marks;

  for (const m of places) markAll(blocked, m.tokenStart, m.tokenEnd);
  for (const matches of [officeMatches, honorificMatches, levelMatches, scan.findAll(notPersonNamePhrases)]) {
    for (const m of matches) markAll(blocked, m.start, m.end);
  }
  for (const m of eventMatches) if (m.values[0]) for (let i = m.start; i < m.end; i++) if (!tokens[i]!.cap) blocked[i] = true;

  markSpans(kinds, LEVEL, levelMatches);
  markMentions(kinds, PLACE, places);
  markSpans(kinds, EVENT, eventMatches.filter((m) => m.values[0]));
  markSpans(kinds, PARTICIPATION, participationMatches.filter((m) => m.values[0]));
  markSpans(kinds, COOPERATION, cooperationMatches);
  const heads = { en: scan.findAll(organizationHeads.en), vi: scan.findAll(organizationHeads.vi) };
  const organizations = findOrganizations(marks, scan, places, heads);
  markMentions(kinds, ORGANIZATION, organizations);
  // Multi-word organisation words are never part of a name, even where no organisation was kept ("Đoàn Thanh niên").
  for (const m of [...heads.vi, ...heads.en]) {
    if (m.end - m.start >= 2) markAll(blocked, m.start, m.end);
  }
  for (const o of organizations) markAll(blocked, o.tokenStart, o.tokenEnd);

  const knownMatches = scan.findAll(knownPeople).filter((m) => tokens[m.start]!.cap && m.end - m.start >= 2 && !someIn(m.start, m.end, (i) => marks.inPlace(i)));
  for (const m of knownMatches) markAll(blocked, m.start, m.end);

  // Runs of capitalised words that nothing else claimed.
  const runs: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!marks.eligible(i)) continue;
    let j = i;
    // A spaced hyphen may join the parts of a transliterated name: "Jean - François Girault".
    // So do lower-case particles: "Joost van der Linden", "Ursula von der Leyen", "Charles de Gaulle".
    for (;;) {
      if (marks.eligible(j + 1)) j += 1;
      else if (DASHES_IN_NAMES.has(tokens[j + 1]?.text ?? "") && marks.eligible(j + 2) && !isSurname(tokens[j + 2]!)) j += 2;
      else if (particlesAt(tokens, j + 1) > 0 && marks.eligible(j + 1 + particlesAt(tokens, j + 1))) j += 1 + particlesAt(tokens, j + 1);
      else break;
    }
    runs.push([i, j + 1]);
    i = j;
  }

  const people: PersonMention[] = [];
  for (const m of knownMatches) addCandidate(people, tokens, m.start, m.end, "known");
  for (const [runStart, runEnd] of runs) {
    let start = runStart;
    while (start < runEnd && !isSurname(tokens[start]!)) start++;
    const upper = tokens.slice(runStart, runEnd).every((t) => t.upper);
    if (start < runEnd - 1) {
      let end = start + 1;
      while (end < runEnd && end < start + 4 && tokens[end]!.kind === "word" && isVietnameseSyllables([tokens[end]!.text])) end++;
      // A Vietnamese-looking start of a longer proper name is not a person: "Dong Kinh Cinema", "Dong Van Karst Plateau".
      const partOfLongerName = end < runEnd && tokens[end]!.kind === "word" && !isVietnameseSyllables([tokens[end]!.text]);
      // ALL-CAPS runs are headings and bylines unless a title or honorific marks a name.
      if (end - start >= 2 && !partOfLongerName && (!upper || marks.anchoredBefore(start))) {
        addCandidate(people, tokens, start, end, "vietnamese");
        continue;
      }
      // …unless a title or honorific marks the whole run as a name ("Vice Governor Kim Jae-won").
      if (start > runStart || (partOfLongerName && !(marks.anchoredBefore(runStart) && !/['’]s$/.test(tokens[runEnd - 1]!.text)))) continue;
    }
    // Words only: "Ahmed Fathy El-Sayed" is three words, whatever the dash.
    let length = 0;
    for (let k = runStart; k < runEnd; k++) if (tokens[k]!.kind === "word") length++;
    if (upper) continue;
    if (length >= 2 && length <= 4) addCandidate(people, tokens, runStart, runEnd, "anchored");
    else if (length === 1 && runStart > 0 && marks.honorificAt(runStart - 1)) addCandidate(people, tokens, runStart, runEnd, "short");
  }

  markMentions(kinds, PERSON, people);
  for (const person of people) {
    person.name = text.slice(person.start, person.end);
    const before = person.tokenStart - 1;
    person.honorific = before >= 0 && marks.honorificAt(before) !== undefined;
    let from = person.tokenStart;
    while (from > 0 && from > person.tokenStart - 30 && !marks.boundaryAt(from - 1) && !marks.personAt(from - 1)) from--;
    const titleBefore = marks.titleFrom(from, person.tokenStart, "before");
    let titleAfter: TitleMention | null = null;
    const after = tokens[person.tokenEnd];
    if (after && TITLE_PUNCTUATION.has(after.text)) {
      let to = person.tokenEnd + 1;
      while (to < tokens.length && to < person.tokenEnd + 35 && !marks.boundaryAt(to) && !marks.personAt(to)) {
        const next = to + 1;
        if (["and", "và"].includes(tokens[to]!.vi) && next < tokens.length && (marks.honorificAt(next) || marks.personAt(next))) break;
        to++;
      }
      // Stopped by the next name: what lies between is that person's title, not this one's.
      titleAfter = marks.personAt(to) ? null : marks.titleFrom(person.tokenEnd + 1, to, "after");
    }
    person.titles = [titleBefore, titleAfter].filter((t): t is TitleMention => t !== null);
    person.title = person.titles[0] ?? null;
    // "Thư chúc mừng … của đồng chí X": something of X's is there, not X; but "sự tham dự của X" is X there.
    let chunk = titleBefore ? titleBefore.tokenStart : person.tokenStart;
    while (chunk > 0 && marks.honorificAt(chunk - 1)) chunk--;
    // "conveyed the greetings of Mayor X", "on behalf of Governor X": X's words are there, not X.
    person.absent =
      (tokens[chunk - 1]?.vi === "của" && uncovered(kinds, PARTICIPATION, chunk - 2) && uncovered(kinds, PARTICIPATION, chunk - 3)) ||
      (ABSENT_OWNER_CONNECTORS.has(tokens[chunk - 1]?.fold ?? "") && ABSENT_OWNER_NOUNS.has(tokens[chunk - 2]?.fold ?? "")) ||
      // "at the invitation of Kazakh Prime Minister X": one capitalised word between.
      (tokens[chunk - 1]?.cap === true && ABSENT_OWNER_CONNECTORS.has(tokens[chunk - 2]?.fold ?? "") && ABSENT_OWNER_NOUNS.has(tokens[chunk - 3]?.fold ?? ""));
  }
  // A short reference needs a title or honorific right before it; a foreign name needs some anchor.
  // A name the gazetteer lacks but a place word marks ("huyện Hà Khẩu", "Nong Het district") is a place.
  const placeNames: string[] = [];
  const kept = people
    .filter((p) => {
      if (!(p.form === "vietnamese" || p.form === "known" || p.honorific || p.title !== null)) return false;
      const title = p.titles[0];
      const appositive = title !== undefined && title.side === "before" && tokens[title.tokenStart - 1]?.text === "," && marks.personAt(title.tokenStart - 2);
      if (!markedAsPlace(tokens, levelMatches, p, appositive)) return true;
      placeNames.push(foldText(p.name));
      return false;
    })
    .sort((a, b) => a.tokenStart - b.tokenStart);

  return {
    tokens,
    places,
    organizations,
    people: kept,
    events: eventMatches.filter((m) => m.values[0]).map((m) => cueOf(tokens, m as PhraseMatch<EventTrigger>)),
    participation: participationMatches.filter((m) => m.values[0]).map((m) => spanOf(tokens, m.start, m.end)),
    speech: speechMatches.map((m) => spanOf(tokens, m.start, m.end)),
    placeNames,
    cooperation: cooperationMatches.map((m) => cueOf(tokens, m)),
    dates: findDates(text, context),
  };
}
