import { queryOptions, useQuery } from "@tanstack/react-query";
import { useNeo4j } from "../../../app/neo4j-context.tsx";
import { toPlain } from "../../../lib/records-to-elements.ts";
import { runRead, type ReadTarget } from "../../../lib/run-read.ts";

export interface CountryOption {
  iso2: string;
  name: string;
  nameVi: string | null;
}

export async function getCountries(target: ReadTarget): Promise<CountryOption[]> {
  const records = await runRead(target, "countries-in-graph");
  return records.map((r) => ({ iso2: String(toPlain(r.get("iso2"))), name: String(toPlain(r.get("name"))), nameVi: (toPlain(r.get("nameVi")) as string | null) ?? null }));
}

export function countriesOptions(target: ReadTarget & { generation: number }) {
  return queryOptions({ queryKey: ["filters", "countries", target.generation], queryFn: () => getCountries(target) });
}

export function useCountries() {
  const { driver, database, generation } = useNeo4j();
  return useQuery({ ...countriesOptions({ driver: driver!, database, generation }), enabled: driver !== null });
}
