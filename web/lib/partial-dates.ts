/**
 * Dates in the graph are ISO strings of varying precision ("2025", "2025-05", "2025-05-06").
 * A partial date stands for a span: its earliest and latest day compare as plain strings.
 */
export function earliestDay(date: string): string {
  return date + "0000-01-01".slice(date.length);
}

export function latestDay(date: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) return `${date}-${String(new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate()).padStart(2, "0")}`;
  return date + "9999-12-31".slice(date.length);
}

/** Whether the span [start, end] meets the range [from, to]; open ends and undated spans always do. */
export function spanMeetsRange(span: { start?: unknown; end?: unknown }, range: { from: string | null; to: string | null }): boolean {
  const start = typeof span.start === "string" ? span.start : null;
  const end = typeof span.end === "string" ? span.end : start;
  const first = start ?? end;
  if (first === null || end === null) return true;
  if (range.from && latestDay(end) < earliestDay(range.from)) return false;
  if (range.to && earliestDay(first) > latestDay(range.to)) return false;
  return true;
}
