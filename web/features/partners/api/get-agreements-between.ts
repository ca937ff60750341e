import { queryOptions, useQuery } from "@tanstack/react-query";
import { useNeo4j } from "../../../app/neo4j-context.tsx";
import { rowOf, stringsOf, textOf } from "../../../lib/records-to-elements.ts";
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

/** The agreements both places are party to, with signatories, witnesses and the signing event. */
export async function getAgreementsBetween(target: ReadTarget, pair: { a: string; b: string }): Promise<PartnershipAgreement[]> {
  const records = await runRead(target, "agreements-between-places", pair);
  return records.map((record) => {
    const row = rowOf(record);
    const eventId = textOf(row.eventId);
    return {
      id: String(row.id),
      name: textOf(row.name) ?? String(row.id),
      kind: textOf(row.kind),
      title: textOf(row.title),
      date: textOf(row.date),
      fields: stringsOf(row.fields),
      signatories: stringsOf(row.signatories).sort(),
      witnesses: stringsOf(row.witnesses).sort(),
      event: eventId ? { id: eventId, name: textOf(row.event) ?? eventId, date: textOf(row.eventDate) } : null,
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
