/**
 * The loader's stages in order, visible in one place:
 * read (any format, decoded) → segment (reflow, captions, languages, sentences with offsets)
 * → build the document's graph (find mentions, resolve, derive relationships).
 */
import type { DocumentGraph } from "./graph/model.ts";
import { documentFromText, readDocument, type SourceDocument } from "./read/source-document.ts";
import { buildDocumentGraph } from "./stages/build-document-graph.ts";
import { segmentDocument } from "./stages/segment-document.ts";

export function graphOf(source: SourceDocument): DocumentGraph {
  return buildDocumentGraph(segmentDocument(source));
}

export async function extractDocument(path: string): Promise<DocumentGraph> {
  return graphOf(await readDocument(path));
}

export function extractFromText(text: string, options: { path: string; format?: "txt" | "md" }): DocumentGraph {
  return graphOf(documentFromText(text, options));
}
