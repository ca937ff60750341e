/** A relationship's evidence, kept as parallel lists on it, as one list of source sentences. */
import type { PlainValue } from "../../../lib/records-to-elements.ts";

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

function list(value: PlainValue | undefined): PlainValue[] {
  return Array.isArray(value) ? value : [];
}

export function zipEvidence(relationship: Record<string, PlainValue>, documents: readonly DocumentSummary[]): Evidence[] {
  const docs = list(relationship.evidenceDocs);
  const starts = list(relationship.evidenceStarts);
  const ends = list(relationship.evidenceEnds);
  const quotes = list(relationship.evidenceQuotes);
  return docs.flatMap((doc, i) => {
    const start = starts[i];
    const end = ends[i];
    if (typeof doc !== "string" || typeof start !== "number" || typeof end !== "number") return [];
    const document = documents.find((d) => d.id === doc);
    return [{ docId: doc, start, end, quote: typeof quotes[i] === "string" ? (quotes[i] as string) : "", documentTitle: document?.title ?? document?.path ?? null }];
  });
}
