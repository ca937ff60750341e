/**
 * Events: a sentence that reports a happening (a trigger word) creates or names an event; the
 * people in it attended it, with a role read from where they stand. A later sentence that
 * names the same kind of event without a new date ("At the reception…") is the same event.
 */
import { foldText } from "../text/fold.ts";
import type { Place } from "../gazetteer/places.ts";
import { DELEGATION_REASON, PARTICIPATION_REASON, SPEECH_REASON, type EventTrigger } from "../patterns/lexicon.ts";
import type { AnalyzedSentence } from "./analyze-sentences.ts";
import type { DatePrecision } from "./find-dates.ts";
import type { PersonMention } from "./find-mentions.ts";

export type AttendanceRole = "host" | "guest" | "signatory" | "witness" | "speaker" | "delegation head" | "participant";

export interface Attendance {
  person: PersonMention;
  sentence: AnalyzedSentence;
  role: AttendanceRole;
  /** Why the person is at the event when it is not the event's own word: taking part, speaking, being of the delegation. */
  reason?: string;
}

export interface FoundEvent {
  key: string;
  type: string;
  meeting: boolean;
  reason: string;
  date: string | null;
  precision: DatePrecision | null;
  place: Place | null;
  name: string;
  /** The text gives the event a name of its own (a quoted title). */
  named: boolean;
  /** The words that reported it ("kỷ", "niệm", "reception"), to recognise it named again. */
  words: Set<string>;
  sentences: AnalyzedSentence[];
  attendance: Attendance[];
}

const ROLE_WORDS: [RegExp, AttendanceRole][] = [
  [/\b(witness(ed)?( by)?|chứng kiến)\b/iu, "witness"],
  [/\b(led by|headed by|dẫn đầu|làm trưởng đoàn|trưởng đoàn)\b/iu, "delegation head"],
  [/\b(spoke|speaks|speaking|remarks|addressed|phát biểu)\b/iu, "speaker"],
];
const HOST_TRIGGERS = new Set(["reception"]);
const PLACE_PREPOSITIONS = new Set(["in", "at", "tai", "o"]);
/** How many sentences back an undated "the reception" may point. */
const COREFERENCE_WINDOW = 8;
/** How far after its story a dated lead may stand (magazines print it below the body). */
const LEAD_WINDOW = 14;

const TYPE_NAMES: Record<string, string> = {
  reception: "Reception",
  talks: "Talks",
  signing: "Signing",
  conference: "Conference",
  ceremony: "Ceremony",
  festival: "Festival",
  visit: "Visit",
  survey: "Survey",
};

function roleOf(sentence: AnalyzedSentence, person: PersonMention, trigger: { value: EventTrigger; start: number; end: number } | null): AttendanceRole {
  const text = sentence.sentence.text;
  const before = text.slice(0, person.start);
  for (const [pattern, role] of ROLE_WORDS) {
    const near = text.slice(Math.max(0, person.start - 60), person.start) + " " + text.slice(person.end, person.end + 25);
    if (pattern.test(near)) return role;
  }
  if (!trigger) return "participant";
  if (trigger.value.type === "signing") return before.length < trigger.start ? "signatory" : "witness";
  if (HOST_TRIGGERS.has(trigger.value.type)) return person.end <= trigger.start ? "host" : "guest";
  return "participant";
}

/** A place the sentence says the event was in: after "in/at/tại/ở", or the place of a dateline ("- Hưng Yên, tháng 5/2025"). */
function placeOf(sentence: AnalyzedSentence): Place | null {
  const { tokens, places, dates } = sentence.mentions;
  const after = places.find((p) => p.tokenStart > 0 && PLACE_PREPOSITIONS.has(tokens[p.tokenStart - 1]!.fold) && !p.adjective);
  if (after) return after.place;
  const date = dates[0];
  const dateline = date && places.filter((p) => p.end <= date.start && date.start - p.end <= 3 && !p.adjective).at(-1);
  return dateline ? dateline.place : null;
}

/**
 * The phrase a noun trigger opens ("Lễ kỷ niệm 20 năm thành lập Sở Ngoại vụ", "Hội nghị Ủy ban
 * công tác liên hợp"), up to a comma or a clause word; null for a verb ("received").
 */
function nounPhrase(sentence: AnalyzedSentence, trigger: { tokenStart: number; tokenEnd: number }): string | null {
  const { tokens } = sentence.mentions;
  const first = tokens[trigger.tokenStart]!;
  if (!first.cap || trigger.tokenStart === 0 && sentence.lang === "en") return null;
  let end = trigger.tokenEnd;
  while (end < tokens.length && end - trigger.tokenStart < NAME_MAX_TOKENS && tokens[end]!.kind !== "punct" && !CLAUSE_WORDS.has(tokens[end]!.fold)) end++;
  return end - trigger.tokenStart >= 2 ? sentence.sentence.text.slice(first.start, tokens[end - 1]!.end) : null;
}

const NAME_MAX_TOKENS = 10;
const CLAUSE_WORDS = new Set(["da", "duoc", "se", "dang", "voi", "co", "la", "was", "were", "is", "held", "took", "with", "at", "on", "in", "tai", "vao", "ngay"]);

/** Words too general to tell two events apart ("lễ", "ceremony"). */
const GENERIC_EVENT_WORDS = new Set(["le", "buoi", "ceremony", "event", "su", "kien", "the", "cuoc", "hoi"]);

/** The distinctive folded words of a trigger ("Lễ kỷ niệm" -> kỷ, niệm). */
function triggerWords(sentence: AnalyzedSentence, trigger: { tokenStart: number; tokenEnd: number }): Set<string> {
  const words = sentence.mentions.tokens.slice(trigger.tokenStart, trigger.tokenEnd).map((t) => t.fold);
  return new Set(words.filter((w) => !GENERIC_EVENT_WORDS.has(w)));
}

/**
 * The people a sentence has speaking: each one followed by a verb of speaking with no other
 * person between ("Mr. Ouk Sambath … introduced …, while Mr. Lorenzo Ferretti … told …").
 */
function speakersOf(sentence: AnalyzedSentence): PersonMention[] {
  const { people, speech } = sentence.mentions;
  return people.filter((p, k) => {
    if (p.absent) return false;
    const next = people[k + 1];
    return speech.some((s) => s.tokenStart >= p.tokenEnd && (!next || s.tokenStart < next.tokenStart));
  });
}

/** "the delegation", "this delegation", "đoàn" (lower case, not a name's first word): the visiting delegation. */
function namesTheDelegation(sentence: AnalyzedSentence): boolean {
  const { tokens } = sentence.mentions;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.fold === "delegation" && ["the", "this"].includes(tokens[i - 1]?.fold ?? "")) return true;
    if (t.vi === "đoàn" && !t.cap && !tokens[i + 1]?.cap) return true;
  }
  return false;
}

/** Words before an event word that point back to an event already told: "the", "this", "tại", "buổi", "cuộc". */
const DEFINITE = new Set(["the", "this", "that", "tai", "buoi", "cuoc"]);

/** The event word refers to an event already told ("the session", "tại buổi làm việc") rather than introducing one. */
function definite(sentence: AnalyzedSentence, trigger: { tokenStart: number }): boolean {
  const { tokens } = sentence.mentions;
  const before = tokens[trigger.tokenStart - 1];
  const first = tokens[trigger.tokenStart]!;
  return (before !== undefined && DEFINITE.has(before.fold)) || first.fold === "buoi" || first.fold === "cuoc";
}

/** A quoted name in the sentence ("Gặp gỡ Hàn Quốc 2025", "Meet Korea 2025"), when the event has one. */
function quotedName(text: string): string | null {
  const m = /[“"]([^”"]{3,80})[”"]/u.exec(text);
  return m ? m[1]!.trim() : null;
}

/**
 * Whether a sentence can go on telling an event already reported: a photo caption only its own
 * (or its translation's) event; body text an event of the body text in the same language, a
 * few sentences back.
 */
function continues(event: FoundEvent, sentence: AnalyzedSentence, window = COREFERENCE_WINDOW): boolean {
  const last = event.sentences.at(-1);
  if (!last || Math.abs(sentence.index - last.index) > window) return false;
  const { id, translationOf } = sentence.segment;
  if (sentence.segment.role === "caption") return event.sentences.every((s) => s.segment.id === id || s.segment.id === translationOf);
  return last.segment.role !== "caption" && last.lang === sentence.lang;
}

/**
 * `year`: the year the story is set in when the document has no date of its own (the year its
 * text names most).
 */
export function findEvents(
  sentences: readonly AnalyzedSentence[],
  options: { docId: string; docDate: { iso: string; precision: DatePrecision } | null; year?: number },
): FoundEvent[] {
  const events: FoundEvent[] = [];
  const recent = new Map<string, FoundEvent>(); // latest event of each type
  let lastDate: { iso: string; precision: DatePrecision; segment: string } | null = null;
  // People said to take part before the story names its event ("Đồng chí X thay mặt … ôn lại"
  // ahead of "Phát biểu tại buổi lễ"): they attend the next event reported close after.
  let pending: { sentence: AnalyzedSentence; people: PersonMention[] }[] = [];

  const byKey = new Map<string, FoundEvent>();
  // Events a sentence can still continue: those told within the widest window before it.
  let active: FoundEvent[] = [];
  // The event whose attendance is the visiting delegation (it has someone leading one): "the
  // delegation" at a later meeting of the story is those people.
  let delegation: FoundEvent | null = null;
  for (const sentence of sentences) {
    if (sentence.segment.role === "heading") continue;
    const { events: triggers, dates, people } = sentence.mentions;
    if (dates[0]) lastDate = { ...dates[0], segment: sentence.segment.id };
    // Most sentences drop no event: copy the list only when one falls out of the window.
    if (!active.every((e) => sentence.index - e.sentences.at(-1)!.index <= LEAD_WINDOW)) {
      active = active.filter((e) => sentence.index - e.sentences.at(-1)!.index <= LEAD_WINDOW);
    }
    const latest = active.findLast((e) => e.meeting && continues(e, sentence));
    if (triggers.length === 0) {
      // "In his opening remarks, H.E. … emphasized": speaking or attending, with no event named,
      // happens at the event the story is reporting.
      if (sentence.mentions.participation.length > 0 && people.length > 0) {
        if (latest) {
          latest.sentences.push(sentence);
          for (const person of people) if (!person.absent) latest.attendance.push({ person, sentence, role: roleOf(sentence, person, null), reason: PARTICIPATION_REASON });
        } else {
          pending.push({ sentence, people });
        }
      } else if (latest && sentence.mentions.speech.length > 0) {
        // "Tan Hui Min, Deputy Chief Executive of …, outlined …": whoever speaks was at the meeting
        // being told; the people they speak of were not.
        const speakers = speakersOf(sentence);
        if (speakers.length > 0) {
          latest.sentences.push(sentence);
          for (const person of speakers) latest.attendance.push({ person, sentence, role: roleOf(sentence, person, null), reason: SPEECH_REASON });
        }
      }
      continue;
    }
    const trigger = triggers.find((t) => t.value.meeting) ?? triggers[0]!;
    // "signed a memorandum … in 2023" in a 2025 story: an event of another year, told in the
    // background; it is dated by its year and never becomes the meeting the story goes on telling.
    const docYear = options.docDate?.iso.slice(0, 4) ?? (options.year !== undefined ? String(options.year) : undefined);
    const otherYear = dates.find((d) => d.precision === "year" && docYear !== undefined && d.iso !== docYear);
    const background = !dates.some((d) => d.precision !== "year") && otherYear !== undefined;
    const sentenceDate = dates.find((d) => d.precision !== "year") ?? (background ? otherYear : null) ?? null;
    const carried = !sentenceDate && lastDate && lastDate.segment === sentence.segment.id && lastDate.precision !== "year" ? lastDate : null;
    const date = sentenceDate ?? carried;
    const place = placeOf(sentence);

    // An undated mention of an event a few sentences after one was reported is that event
    // ("At the reception", "Phát biểu tại buổi lễ", "trong phát biểu khai mạc").
    const earlier = recent.get(trigger.value.type);
    const sameKind = earlier && continues(earlier, sentence) ? earlier : undefined;
    // A ceremony word continues the story only in a sentence about taking part ("trong phát
    // biểu khai mạc", "the opening remarks"); "X received a delegation" reports a new event.
    const takingPart = sentence.mentions.participation.length > 0;
    // So does "the session", "the meeting", "tại buổi làm việc" in such a sentence: "Attending the
    // session were …" after "X worked with a delegation" are at those talks.
    const continuing = trigger.value.type === "ceremony" || definite(sentence, trigger);
    let event = !date ? (sameKind ?? (continuing && takingPart ? latest : undefined)) : undefined;
    if (background) event = undefined;
    if (!event) {
      // Only a day names one event; "May 2025" has many receptions, so a vaguer date keeps the event to its paragraph.
      const key =
        date?.precision === "day"
          ? `${trigger.value.type} ${date.iso}${place ? ` ${place.key}` : ""}`
          : `${options.docId} ${trigger.value.type} ${date?.iso ?? ""} ${sentence.segment.id}`;
      event = byKey.get(foldText(key)) ?? (date?.precision === "day" ? events.find((e) => e.type === trigger.value.type && e.date === date.iso && (!place || !e.place || e.place === place)) : undefined);
      // A magazine may print the dated lead after the story: the undated event the story just
      // told ("Phát biểu tại buổi lễ …") is this one.
      const words = triggerWords(sentence, trigger);
      const undated = !event && date
        ? active.findLast((e) => !e.date && e.type === trigger.value.type && continues(e, sentence, LEAD_WINDOW) && [...words].some((w) => e.words.has(w)))
        : undefined;
      if (undated) {
        undated.date = date!.iso;
        undated.precision = date!.precision;
        event = undated;
      }
      if (!event) {
        const label = quotedName(sentence.sentence.text);
        const when = date?.iso ?? options.docDate?.iso ?? null;
        event = {
          key: foldText(key),
          type: trigger.value.type,
          meeting: trigger.value.meeting,
          reason: trigger.value.reason,
          date: date?.iso ?? null,
          precision: date?.precision ?? null,
          place,
          name: label ?? nounPhrase(sentence, trigger) ?? [TYPE_NAMES[trigger.value.type], place?.name && `in ${place.name}`, when && `on ${when}`].filter(Boolean).join(" "),
          named: label !== null,
          words: new Set(),
          sentences: [],
          attendance: [],
        };
        events.push(event);
        byKey.set(event.key, event);
      }
    }
    if (!event.place && place) event.place = place;
    for (const t of sentence.mentions.events) for (const w of triggerWords(sentence, t)) event.words.add(w);
    if (!background) recent.set(event.type, event);
    if (event.meeting) {
      for (const p of pending) {
        const near = sentence.index - p.sentence.index <= COREFERENCE_WINDOW && p.sentence.lang === sentence.lang && p.sentence.segment.role !== "caption";
        if (!near) continue;
        event.sentences.push(p.sentence);
        for (const person of p.people) event.attendance.push({ person, sentence: p.sentence, role: roleOf(p.sentence, person, null), reason: PARTICIPATION_REASON });
      }
      pending = [];
    }
    event.sentences.push(sentence);
    if (!active.includes(event) && !background) active.push(event);
    // "X recalled that A and B signed …": who speaks before the verb is at the meeting being told, not at what they tell of.
    // "Mr. Dang Van Quy received the delegation", "the delegation held a working session with …".
    if (event.meeting && delegation && delegation !== event && !background && continues(delegation, sentence) && namesTheDelegation(sentence)) {
      for (const a of delegation.attendance) if (!event.attendance.some((b) => b.person === a.person)) event.attendance.push({ ...a, role: "guest", reason: DELEGATION_REASON });
    }
    const speech = sentence.mentions.speech[0];
    const toldBy = speech && speech.tokenStart < trigger.tokenStart && latest && latest !== event ? latest : null;
    const speakers = toldBy ? speakersOf(sentence).filter((p) => p.tokenEnd <= trigger.tokenStart) : [];
    for (const person of people) {
      if (person.absent) continue;
      if (speakers.includes(person)) toldBy!.attendance.push({ person, sentence, role: roleOf(sentence, person, null), reason: SPEECH_REASON });
      else event.attendance.push({ person, sentence, role: roleOf(sentence, person, trigger) });
    }
    if (!background && event.attendance.some((a) => a.role === "delegation head")) delegation = event;
  }
  return events;
}
