/** A relationship's evidence, kept as parallel lists on it, as one list of source sentences. */
import { listOf, type PlainValue } from "../../../lib/records-to-elements.ts";

export interface Evidence {
  docId: string;
  /** Character offsets into the document's text: [start, end). */
  start: number;
  end: number;
  quote: string;
  documentTitle: string | null;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  path: string | null;
  date: string | null;
  lang: string | null;
}

export function zipEvidence(relationship: Record<string, PlainValue>, documents: readonly DocumentSummary[]): Evidence[] {
  const docs = listOf(relationship.evidenceDocs);
  const starts = listOf(relationship.evidenceStarts);
  const ends = listOf(relationship.evidenceEnds);
  const quotes = listOf(relationship.evidenceQuotes);
  return docs.flatMap((doc, i) => {
    const start = starts[i];
    const end = ends[i];
    if (typeof doc !== "string" || typeof start !== "number" || typeof end !== "number") return [];
    const document = documents.find((d) => d.id === doc);
    return [{ docId: doc, start, end, quote: typeof quotes[i] === "string" ? (quotes[i] as string) : "", documentTitle: document?.title ?? document?.path ?? null }];
  });
}
