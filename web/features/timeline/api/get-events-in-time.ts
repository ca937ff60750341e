import { queryOptions, useQuery } from "@tanstack/react-query";
import neo4j from "neo4j-driver";
import { useNeo4j } from "../../../app/neo4j-context.tsx";
import { earliestDay, latestDay } from "../../../lib/partial-dates.ts";
import { listOf, rowOf, textOf } from "../../../lib/records-to-elements.ts";
import { runRead, type ReadTarget } from "../../../lib/run-read.ts";

export interface TimelineEvent {
  id: string;
  name: string;
  type: string | null;
  date: string;
  place: string | null;
  people: { id: string; name: string; role: string | null }[];
  source: { docId: string; start: number; end: number; quote: string } | null;
}

export interface EventsRange {
  from: string | null;
  to: string | null;
}

const EVENT_LIMIT = 500;

/**
 * Dated events in a range, oldest first, each with its participants, place and first source;
 * a partial date counts as its whole span, in events-in-time.cypher as on the canvas.
 */
export async function getEventsInTime(target: ReadTarget, range: EventsRange): Promise<TimelineEvent[]> {
  const records = await runRead(target, "events-in-time", {
    from: range.from ? earliestDay(range.from) : null,
    to: range.to ? latestDay(range.to) : null,
    limit: neo4j.int(EVENT_LIMIT),
  });
  return records
    .map(rowOf)
    .map((row) => {
      const doc = textOf(row.doc);
      return {
        id: String(row.id),
        name: textOf(row.name) ?? String(row.id),
        type: textOf(row.type),
        date: String(row.date),
        place: textOf(row.place),
        people: listOf(row.people).flatMap((p) =>
          p && typeof p === "object" && !Array.isArray(p) && typeof p.id === "string" ? [{ id: p.id, name: String(p.name ?? p.id), role: textOf(p.role) }] : [],
        ),
        source: doc && typeof row.start === "number" && typeof row.end === "number" ? { docId: doc, start: row.start, end: row.end, quote: textOf(row.quote) ?? "" } : null,
      };
    });
}

export function eventsInTimeOptions(target: ReadTarget & { generation: number }, range: EventsRange) {
  return queryOptions({ queryKey: ["timeline", "events", target.generation, range], queryFn: () => getEventsInTime(target, range) });
}

export function useEventsInTime(range: EventsRange) {
  const { driver, database, generation } = useNeo4j();
  return useQuery({ ...eventsInTimeOptions({ driver: driver!, database, generation }, range), enabled: driver !== null });
}
