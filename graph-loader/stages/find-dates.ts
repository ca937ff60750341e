/**
 * Dates written in a sentence, English and Vietnamese, with their precision:
 * "May 6, 2025", "6 May 2025", "ngày 06/5/2025", "ngày 14 tháng 5 năm 2025", "tháng 5/2025",
 * "chiều 29/10" (year from the document date), "May 2025", "năm 2025".
 */
export type DatePrecision = "day" | "month" | "year";

export interface DateMention {
  iso: string;
  precision: DatePrecision;
  start: number;
  end: number;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
const MONTH_NAME = Object.keys(MONTHS).join("|");

const pad = (n: number) => String(n).padStart(2, "0");

function valid(year: number, month: number, day?: number): boolean {
  if (year < 1900 || year > 2100 || month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Cheap tests a sentence must pass for a rule to have a chance: most sentences with a digit hold
 * no date, and running every rule over them costs more than the rest of date finding. Each test
 * is a part of the rules that need it, with the same flags, so it cannot reject a date they find.
 */
const CUES = {
  fourDigits: /\d{4}/u,
  // Every month name starts with one of these.
  month: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/iu,
  // A month name after a number ("6 May"): far rarer than before one.
  numberMonth: new RegExp(`\\d\\s+(?:${MONTH_NAME})`, "iu"),
  thang: /tháng/iu,
  ngay: /ngày/iu,
  dayMonth: /\d\/\d/u,
  // "năm", "in" and "year" end in one of these letters.
  yearWord: /[mnr]\s+\d{4}/iu,
};
type Cue = keyof typeof CUES;

interface Rule {
  /** Cues the pattern cannot match without. */
  needs: Cue[];
  /** A cue that matches wherever the pattern does, at its first character: no match starts before the cue's first. */
  startsWith?: Cue;
  pattern: RegExp;
  read: (m: RegExpExecArray, context: DateContext) => { year: number; month?: number; day?: number } | null;
}

export interface DateContext {
  lang: "vi" | "en" | "und";
  /** Year to assume when the text gives day and month only. */
  defaultYear?: number;
}

const RULES: Rule[] = [
  // ngày 14 tháng 5 năm 2025
  { needs: ["thang", "fourDigits", "ngay"], startsWith: "ngay", pattern: /\bngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu, read: (m) => ({ day: +m[1]!, month: +m[2]!, year: +m[3]! }) },
  // 06/5/2025, 09/20/2024 (month first in English when the day cannot be the first number)
  {
    needs: ["fourDigits"],
    pattern: /(?<![\d/])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/])/gu,
    read: (m, c) => {
      const [a, b, year] = [+m[1]!, +m[2]!, +m[3]!];
      const monthFirst = c.lang === "en" ? a <= 12 : a <= 12 && b > 12;
      return monthFirst ? { month: a, day: b, year } : { day: a, month: b, year };
    },
  },
  // May 6, 2025 / May 6th 2025
  { needs: ["month", "fourDigits"], startsWith: "month", pattern: new RegExp(`\\b(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "giu"), read: (m) => ({ month: MONTHS[m[1]!.toLowerCase()]!, day: +m[2]!, year: +m[3]! }) },
  // 6 May 2025
  { needs: ["numberMonth", "fourDigits"], pattern: new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_NAME})\\.?,?\\s+(\\d{4})\\b`, "giu"), read: (m) => ({ day: +m[1]!, month: MONTHS[m[2]!.toLowerCase()]!, year: +m[3]! }) },
  // tháng 5/2025, tháng 5 năm 2025
  { needs: ["thang", "fourDigits"], startsWith: "thang", pattern: /\btháng\s+(\d{1,2})(?:\/|\s+năm\s+)(\d{4})/giu, read: (m) => ({ month: +m[1]!, year: +m[2]! }) },
  // May 2025
  { needs: ["month", "fourDigits"], startsWith: "month", pattern: new RegExp(`\\b(${MONTH_NAME})\\.?,?\\s+(\\d{4})\\b`, "giu"), read: (m) => ({ month: MONTHS[m[1]!.toLowerCase()]!, year: +m[2]! }) },
  // ngày 29/10, chiều 29/10 (no year)
  {
    needs: ["dayMonth"],
    pattern: /\b(?:ngày|sáng|chiều|tối|trưa|đêm)\s+(\d{1,2})\/(\d{1,2})(?![\d/])/giu,
    read: (m, c) => (c.defaultYear ? { day: +m[1]!, month: +m[2]!, year: c.defaultYear } : null),
  },
  // On May 6 / on October 17 (no year)
  {
    needs: ["month"],
    pattern: new RegExp(`\\b(?:on|from|since)\\s+(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})`, "giu"),
    read: (m, c) => (c.defaultYear ? { month: MONTHS[m[1]!.toLowerCase()]!, day: +m[2]!, year: c.defaultYear } : null),
  },
  // năm 2025, in 2025
  { needs: ["fourDigits", "yearWord"], pattern: /\b(?:năm|in|year)\s+(\d{4})\b/giu, read: (m) => ({ year: +m[1]! }) },
];

/** Where a cue first matches in the text, -1 where it does not; remembered in `cues`. */
function cueAt(text: string, cues: Partial<Record<Cue, number>>, cue: Cue): number {
  return (cues[cue] ??= text.search(CUES[cue]));
}

function hasCues(text: string, cues: Partial<Record<Cue, number>>, needs: readonly Cue[]): boolean {
  for (const cue of needs) if (cueAt(text, cues, cue) < 0) return false;
  return true;
}

export function findDates(text: string, context: DateContext): DateMention[] {
  // Every pattern needs a digit: most sentences have none and cost one scan.
  if (!/\d/.test(text)) return [];
  const found: DateMention[] = [];
  const taken: [number, number][] = [];
  // Where each cue first matches, -1 where it does not.
  const cues: Partial<Record<Cue, number>> = {};
  for (const rule of RULES) {
    if (!hasCues(text, cues, rule.needs)) continue;
    rule.pattern.lastIndex = rule.startsWith ? cueAt(text, cues, rule.startsWith) : 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const date = rule.read(m, context);
      if (!date || !valid(date.year, date.month ?? 1, date.day)) continue;
      taken.push([start, end]);
      if (date.day !== undefined && date.month !== undefined) found.push({ iso: `${date.year}-${pad(date.month)}-${pad(date.day)}`, precision: "day", start, end });
      else if (date.month !== undefined) found.push({ iso: `${date.year}-${pad(date.month)}`, precision: "month", start, end });
      else found.push({ iso: String(date.year), precision: "year", start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
