import { queryOptions, useQuery } from "@tanstack/react-query";
import { useNeo4j } from "../../../app/neo4j-context.tsx";
import { toPlain } from "../../../lib/records-to-elements.ts";
import { runRead, type ReadTarget } from "../../../lib/run-read.ts";

export interface SourceDocument {
  id: string;
  title: string | null;
  path: string | null;
  date: string | null;
  lang: string | null;
  text: string;
}

export async function getDocumentText(target: ReadTarget, id: string): Promise<SourceDocument | null> {
  const [record] = await runRead(target, "document-text", { id });
  if (!record) return null;
  const document = toPlain(record.get("document")) as Record<string, string | null>;
  return { id, title: document.title ?? null, path: document.path ?? null, date: document.date ?? null, lang: document.lang ?? null, text: document.text ?? "" };
}

export function documentTextOptions(target: ReadTarget & { generation: number }, id: string) {
  // A document's text does not change while it is read: keep it for the session.
  return queryOptions({ queryKey: ["reader", "document", target.generation, id], queryFn: () => getDocumentText(target, id), staleTime: Infinity });
}

export function useDocumentText(id: string) {
  const { driver, database, generation } = useNeo4j();
  return useQuery({ ...documentTextOptions({ driver: driver!, database, generation }, id), enabled: driver !== null });
}
