import { isPersonalName } from "./classify-lines.ts";

/**
 * Bylines glued to the end of the article's last paragraph by the extraction:
 * "… giữa các doanh nghiệp hai Bên. MAI THU". Bylines alone on their line are found when the
 * lines are classified.
 */

const TRAILING_BYLINE = /[.!?…]["”’)]?\s+(\p{Lu}+(?:\s+\p{Lu}+){1,3}(?:\s+(?:tổng hợp|Tổng hợp))?)$/u;
const COMPILED_BY = /\s+(?:tổng hợp|Tổng hợp)$/u;

/** Where a byline glued to the end of `text` starts, or null. */
export function findTrailingByline(text: string): number | null {
  const m = text.match(TRAILING_BYLINE);
  if (!m) return null;
  const byline = m[1]!;
  if (!isPersonalName(byline.replace(COMPILED_BY, ""))) return null;
  return text.length - byline.length;
}
