import { queryOptions, useQuery } from "@tanstack/react-query";
import { useNeo4j } from "../../../app/neo4j-context.tsx";
import { toPlain, type PlainValue } from "../../../lib/records-to-elements.ts";
import { runRead, type ReadTarget } from "../../../lib/run-read.ts";

export interface PartnershipAgreement {
  id: string;
  name: string;
  kind: string | null;
  title: string | null;
  date: string | null;
  fields: string[];
  signatories: string[];
  witnesses: string[];
  event: { id: string; name: string; date: string | null } | null;
}

const text = (value: PlainValue | undefined): string | null => (typeof value === "string" && value ? value : null);
const strings = (value: PlainValue | undefined): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v !== "") : []);

/** The agreements both places are party to, with signatories, witnesses and the signing event. */
export async function getAgreementsBetween(target: ReadTarget, pair: { a: string; b: string }): Promise<PartnershipAgreement[]> {
  const records = await runRead(target, "agreements-between-places", pair);
  return records.map((record) => {
    const row = toPlain(record.toObject()) as Record<string, PlainValue>;
    const eventId = text(row.eventId);
    return {
      id: String(row.id),
      name: text(row.name) ?? String(row.id),
      kind: text(row.kind),
      title: text(row.title),
      date: text(row.date),
      fields: strings(row.fields),
      signatories: strings(row.signatories).sort(),
      witnesses: strings(row.witnesses).sort(),
      event: eventId ? { id: eventId, name: text(row.event) ?? eventId, date: text(row.eventDate) } : null,
    };
  });
}

export function agreementsBetweenOptions(target: ReadTarget & { generation: number }, pair: { a: string; b: string }) {
  return queryOptions({ queryKey: ["partners", "agreements", target.generation, pair], queryFn: () => getAgreementsBetween(target, pair) });
}

export function useAgreementsBetween(pair: { a: string; b: string }) {
  const { driver, database, generation } = useNeo4j();
  return useQuery({ ...agreementsBetweenOptions({ driver: driver!, database, generation }, pair), enabled: driver !== null });
}
