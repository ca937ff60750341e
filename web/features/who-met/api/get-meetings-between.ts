import { queryOptions, useQuery } from "@tanstack/react-query";
import { useNeo4j } from "../../../app/neo4j-context.tsx";
import { listOf, rowOf, stringsOf, textOf, type PlainValue } from "../../../lib/records-to-elements.ts";
import { runRead, type ReadTarget } from "../../../lib/run-read.ts";

/** A sentence that reports one of the two at the meeting: opens in the reader. */
export interface MeetingSource {
  docId: string;
  start: number;
  end: number;
  quote: string;
}

export interface Meeting {
  id: string;
  name: string;
  type: string | null;
  date: string | null;
  place: string | null;
  /** Who else attended. */
  others: string[];
  roles: { a: string | null; b: string | null };
  sources: MeetingSource[];
}

/** Parallel evidence lists as sources, each sentence once (both people are often in the same one). */
export function zipSources(row: Record<string, PlainValue>): MeetingSource[] {
  const docs = listOf(row.docs);
  const starts = listOf(row.starts);
  const ends = listOf(row.ends);
  const quotes = listOf(row.quotes);
  const seen = new Set<string>();
  return docs.flatMap((doc, i) => {
    const start = starts[i];
    const end = ends[i];
    if (typeof doc !== "string" || typeof start !== "number" || typeof end !== "number") return [];
    const key = `${doc}|${start}|${end}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ docId: doc, start, end, quote: textOf(quotes[i]) ?? "" }];
  });
}

/** The meetings behind the MET relationship of two people, oldest first. */
export async function getMeetingsBetween(target: ReadTarget, pair: { a: string; b: string }): Promise<Meeting[]> {
  const records = await runRead(target, "meetings-between-people", pair);
  return records.map((record) => {
    const row = rowOf(record);
    return {
      id: String(row.id),
      name: textOf(row.name) ?? String(row.id),
      type: textOf(row.type),
      date: textOf(row.date),
      place: textOf(row.place),
      others: stringsOf(row.others).sort(),
      roles: { a: textOf(row.roleA), b: textOf(row.roleB) },
      sources: zipSources(row),
    };
  });
}

export function meetingsBetweenOptions(target: ReadTarget & { generation: number }, pair: { a: string; b: string }) {
  return queryOptions({ queryKey: ["who-met", "meetings", target.generation, pair], queryFn: () => getMeetingsBetween(target, pair) });
}

export function useMeetingsBetween(pair: { a: string; b: string }) {
  const { driver, database, generation } = useNeo4j();
  return useQuery({ ...meetingsBetweenOptions({ driver: driver!, database, generation }, pair), enabled: driver !== null });
}
