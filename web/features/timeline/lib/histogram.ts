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
