import type { DocumentDate } from "../read/source-document.ts";
import { vietnameseWordShare } from "./detect-language.ts";

/**
 * The publication date a document states about itself, not the dates of the events it reports.
 *
 * Two places say it: a dateline near the top that holds nothing but a date ("Friday,  09/20/2024",
 * "Thứ sáu, 20/9/2024 10:30"), or a running header or footer that pairs the publication with its
 * issue ("LANG SON Department of Foreign Affairs | June 2025"). Anything else is left alone: a
 * date inside a sentence is an event date.
 */

export interface FindDateOptions {
  /** Resolves day/month order when both readings are possible: English MM/DD, Vietnamese DD/MM. */
  lang?: "vi" | "en";
}

const DATELINE_SEARCH_LINES = 40;
const DATELINE_MAX_LENGTH = 80;

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
const MONTH_NAME =
  "(january|february|march|april|may|june|july|august|september|october|november|december" +
  "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";

const WEEKDAY =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|cn|t[2-7])\.?\s*,?\s*/iu;
const LABEL =
  /^(?:published(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?|date|ngày\s+đăng|cập\s+nhật|đăng\s+lúc|đăng\s+ngày|xuất\s+bản)\s*:?\s*/iu;
const TIME = /\s*(?:[-|,–]\s*)?\(?\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:am|pm|sa|ch)?\s*(?:\(?(?:gmt|utc)\s*[+-]?\d{0,2}(?::?\d{2})?\)?)?\)?/giu;

type DateForm = { pattern: RegExp; parse: (m: RegExpMatchArray, lang: "vi" | "en") => DocumentDate | null };

const DAY_FORMS: DateForm[] = [
  { pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})$/u, parse: (m) => dayDate(+m[1]!, +m[2]!, +m[3]!) },
  {
    pattern: /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u,
    parse: (m, lang) => numericDate({ first: +m[1]!, second: +m[2]!, year: +m[3]! }, lang),
  },
  {
    pattern: new RegExp(`^${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, "iu"),
    parse: (m) => dayDate(+m[3]!, monthNumber(m[1]!), +m[2]!),
  },
  {
    pattern: new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(\\d{4})$`, "iu"),
    parse: (m) => dayDate(+m[3]!, monthNumber(m[2]!), +m[1]!),
  },
  {
    pattern: /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,)\s*(\d{4})$/iu,
    parse: (m) => dayDate(+m[3]!, +m[2]!, +m[1]!),
  },
];

const MONTH_FORMS: DateForm[] = [
  { pattern: new RegExp(`^${MONTH_NAME},?\\s+(\\d{4})$`, "iu"), parse: (m) => monthDate(+m[2]!, monthNumber(m[1]!)) },
  { pattern: /^tháng\s+(\d{1,2})\s*(?:\/|năm|,)\s*(\d{4})$/iu, parse: (m) => monthDate(+m[2]!, +m[1]!) },
  { pattern: /^(\d{1,2})\/(\d{4})$/u, parse: (m) => monthDate(+m[2]!, +m[1]!) },
];

export function findDocumentDate(text: string, options: FindDateOptions = {}): DocumentDate | null {
  const lang = options.lang ?? (vietnameseWordShare(text.slice(0, 5000)) >= 0.15 ? "vi" : "en");
  const lines = text.split(/\r\n|\r|\n/);
  let seen = 0;
  for (const raw of lines) {
    const line = raw.normalize("NFC").trim();
    if (line === "") continue;
    if (++seen > DATELINE_SEARCH_LINES) break;
    if (line.length > DATELINE_MAX_LENGTH) continue;
    const date = parseDateline(line, lang);
    if (date) return date;
  }
  for (const raw of lines) {
    if (!raw.includes("|")) continue;
    const date = parseRunningHead(raw.normalize("NFC").trim(), lang);
    if (date) return date;
  }
  return null;
}

/** A line that is a date and nothing else, allowing a weekday, a "Published:" label and a time. */
export function parseDateline(line: string, lang: "vi" | "en"): DocumentDate | null {
  const core = line
    .replace(LABEL, "")
    .replace(WEEKDAY, "")
    .replace(TIME, "")
    .replace(/[\s,.;|–-]+$/u, "")
    .trim()
    .replace(/\s+/gu, " ");
  for (const form of DAY_FORMS) {
    const m = core.match(form.pattern);
    if (m) return form.parse(m, lang);
  }
  return null;
}

/** "Publication name | June 2025" or "Tháng 6/2025 | Publication name": the issue month. */
function parseRunningHead(line: string, lang: "vi" | "en"): DocumentDate | null {
  const sides = line.split("|").map((side) => side.trim());
  for (const side of [sides[sides.length - 1], sides[0]]) {
    if (!side) continue;
    for (const form of MONTH_FORMS) {
      const m = side.match(form.pattern);
      if (m) return form.parse(m, lang);
    }
  }
  return null;
}

/** An ISO 8601 date or date-time as found in HTML metadata: "2024-09-20T08:00:00+07:00", "2024-09", "2024". */
export function parseIsoDate(value: string): DocumentDate | null {
  const m = value.trim().match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$/u);
  if (!m) return null;
  const [, year, month, day] = m;
  if (day !== undefined) return dayDate(+year!, +month!, +day);
  if (month !== undefined) return monthDate(+year!, +month);
  return { iso: year!, precision: "year" };
}

/** "09/20/2024", "20/9/2024": the order the numbers allow, else the one the language uses. */
function numericDate(numbers: { first: number; second: number; year: number }, lang: "vi" | "en"): DocumentDate | null {
  const { first, second, year } = numbers;
  if (first > 12) return dayDate(year, second, first);
  if (second > 12) return dayDate(year, first, second);
  return lang === "en" ? dayDate(year, first, second) : dayDate(year, second, first);
}

function dayDate(year: number, month: number, day: number): DocumentDate | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { iso: `${year}-${pad(month)}-${pad(day)}`, precision: "day" };
}

function monthDate(year: number, month: number): DocumentDate | null {
  if (month < 1 || month > 12) return null;
  return { iso: `${year}-${pad(month)}`, precision: "month" };
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/u, "")] ?? 0;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
