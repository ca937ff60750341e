/** `npm run load -- --dump-segments FILE`: what the extractor will see, segment by segment. */
import { readDocument } from "./read/source-document.ts";
import { formatSegments } from "./stages/format-segments.ts";
import { segmentDocument } from "./stages/segment-document.ts";

export async function dumpSegments(path: string): Promise<string> {
  return formatSegments(segmentDocument(await readDocument(path)));
}
