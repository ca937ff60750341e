/**
 * Events on a time axis: counts per month over the span of the dates given (ISO dates of any
 * precision: "2025", "2025-05", "2025-05-06"; a year-only date counts in its January), and the
 * test of whether a date falls in a brushed range.
 */
export interface MonthBucket {
  /** "2025-05" */
  month: string;
  count: number;
}

const monthOf = (date: string) => (date.length >= 7 ? date.slice(0, 7) : `${date.slice(0, 4)}-01`);

function nextMonth(month: string): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
}

/** One bucket per month from the first date's month to the last's, empty months included. */
export function monthlyHistogram(dates: readonly string[]): MonthBucket[] {
  const valid = dates.filter((d) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d)).map(monthOf).sort();
  if (valid.length === 0) return [];
  const counts = new Map<string, number>();
  for (const m of valid) counts.set(m, (counts.get(m) ?? 0) + 1);
  const buckets: MonthBucket[] = [];
  for (let m = valid[0]!; m <= valid.at(-1)!; m = nextMonth(m)) buckets.push({ month: m, count: counts.get(m) ?? 0 });
  return buckets;
}

/**
 * Whether a date of any precision overlaps [from, to] (months "2025-05" or days): "2025-05"
 * is in a range that reaches into May 2025.
 */
export function dateInRange(date: string, range: { from: string | null; to: string | null }): boolean {
  const start = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  const end = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
  return (range.from === null || end >= range.from) && (range.to === null || start <= range.to);
}

/** A bar of the timeline: a month or a year, with the days it spans. */
export interface TimeBucket {
  /** "2025-05" or "2025" */
  key: string;
  /** First and last day, ISO. */
  from: string;
  to: string;
  count: number;
}

/** Above this many months the timeline counts by year, so bars stay wide enough to see and brush. */
export const MONTHLY_UP_TO = 48;

function lastDayOfMonth(month: string): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, "0")}`;
}

/**
 * Counts per month (any order, gaps allowed) as the timeline's bars: every month from the first
 * to the last, or every year when that is more than MONTHLY_UP_TO months.
 */
export function timeBuckets(counts: readonly MonthBucket[]): TimeBucket[] {
  const valid = counts.filter((c) => /^\d{4}-\d{2}$/.test(c.month)).sort((a, b) => a.month.localeCompare(b.month));
  if (valid.length === 0) return [];
  const byMonth = new Map<string, number>();
  for (const c of valid) byMonth.set(c.month, (byMonth.get(c.month) ?? 0) + c.count);
  const months: MonthBucket[] = [];
  for (let m = valid[0]!.month; m <= valid.at(-1)!.month; m = nextMonth(m)) months.push({ month: m, count: byMonth.get(m) ?? 0 });
  if (months.length <= MONTHLY_UP_TO) return months.map((b) => ({ key: b.month, from: `${b.month}-01`, to: lastDayOfMonth(b.month), count: b.count }));
  const byYear = new Map<string, number>();
  for (const b of months) byYear.set(b.month.slice(0, 4), (byYear.get(b.month.slice(0, 4)) ?? 0) + b.count);
  return [...byYear].map(([year, count]) => ({ key: year, from: `${year}-01-01`, to: `${year}-12-31`, count }));
}

/** Whether the bars count by year (the span is too long for months): a year can then be opened. */
export function countsByYear(buckets: readonly TimeBucket[]): boolean {
  return buckets.length > 0 && buckets[0]!.key.length === 4;
}

/** The twelve months of one year as bars, empty ones included: a year of the yearly timeline opened. */
export function monthsOfYear(counts: readonly MonthBucket[], year: string): TimeBucket[] {
  const byMonth = new Map<string, number>();
  for (const c of counts) if (c.month.startsWith(`${year}-`)) byMonth.set(c.month, (byMonth.get(c.month) ?? 0) + c.count);
  return Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, "0")}`;
    return { key: month, from: `${month}-01`, to: lastDayOfMonth(month), count: byMonth.get(month) ?? 0 };
  });
}

/** The bars a range covers (by their first and last day): their indexes, or null when none. */
export function bucketsInRange(buckets: readonly TimeBucket[], range: { from: string | null; to: string | null }): { first: number; last: number } | null {
  if (range.from === null && range.to === null) return null;
  const inside = buckets.map((b, i) => ((range.from === null || b.to >= range.from) && (range.to === null || b.from <= range.to) ? i : -1)).filter((i) => i >= 0);
  return inside.length > 0 ? { first: inside[0]!, last: inside.at(-1)! } : null;
}

/** The steps of "play": the bars with events, each shown with everything before it. */
export function playSteps(buckets: readonly TimeBucket[]): number[] {
  return buckets.map((b, i) => (b.count > 0 ? i : -1)).filter((i) => i >= 0);
}
