/**
 * The loader's stages in order, visible in one place: read → find → build the document's graph.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { asciiName, hasDiacritics } from "./text/fold.ts";
import { edgeId, entityId } from "./graph/ids.ts";
import type { DocumentGraph, GraphEdge, GraphNode } from "./graph/model.ts";
import { findPeopleByHonorific } from "./stages/find-people-by-honorific.ts";

export function documentId(bytes: Uint8Array): string {
  return `doc-${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}`;
}

/** The sentence-ish span around [start, end): from the previous line break or full stop to the next. */
function quoteAround(text: string, start: number, end: number): { start: number; end: number; quote: string } {
  let from = start;
  while (from > 0 && !/[\n.!?]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/[\n.!?]/.test(text[to]!)) to++;
  if (to < text.length && text[to] !== "\n") to++;
  while (from < to && /\s/.test(text[from]!)) from++;
  return { start: from, end: to, quote: text.slice(from, to) };
}

export function extractFromText(text: string, options: { path: string; id: string }): DocumentGraph {
  const clean = text.replace(/^\uFEFF/, "");
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const mention of findPeopleByHonorific(clean)) {
    const name = asciiName(mention.name);
    const id = entityId("Person", name);
    const seen = nodes.get(id);
    const aliases = new Set([...(seen?.aliases ?? []), ...(mention.name !== name ? [mention.name] : [])]);
    nodes.set(id, {
      id,
      label: "Person",
      name,
      nameVi: seen?.nameVi ?? (hasDiacritics(mention.name) ? mention.name : null),
      aliases: [...aliases],
      props: {},
    });
    const evidence = { doc: options.id, ...quoteAround(clean, mention.start, mention.end) };
    const mentionedId = edgeId("MENTIONED_IN", id, options.id);
    const edge = edges.get(mentionedId);
    if (edge) edge.evidence.push(evidence);
    else
      edges.set(mentionedId, {
        id: mentionedId,
        type: "MENTIONED_IN",
        source: id,
        target: options.id,
        props: {},
        evidence: [evidence],
        rule: mention.rule,
        confidence: 0.9,
      });
  }
  const title = clean.split("\n").map((line) => line.trim()).find((line) => line.length > 0) ?? null;
  return {
    document: { id: options.id, path: options.path, title, date: null, datePrecision: null, lang: "und", text: clean },
    nodes: [...nodes.values()],
    edges: [...edges.values()],
  };
}

export async function extractDocument(path: string): Promise<DocumentGraph> {
  const bytes = await readFile(path);
  const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  return extractFromText(text, { path, id: documentId(bytes) });
}
