/**
 * First pass over people: a run of 2–5 capitalised words after an honorific is a person's
 * name ("Mr. Nguyen Phuc Ha", "H.E. Gennady Stepanovich Bezdetko", "đồng chí Hoàng Văn Nghiệm").
 */
import honorifics from "../patterns/honorifics.json" with { type: "json" };

export interface PersonMention {
  name: string;
  start: number;
  end: number;
  rule: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const HONORIFIC = [...honorifics.en, ...honorifics.vi].map(escape).join("|");
const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’-]*";
const PATTERN = new RegExp(`(?<![\\p{L}])(?:${HONORIFIC})\\s+(${NAME_WORD}(?:[ \\t]+${NAME_WORD}){1,4})`, "gu");

/** Mentions in `text`, with offsets into it (NFC text expected). */
export function findPeopleByHonorific(text: string): PersonMention[] {
  const mentions: PersonMention[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const name = match[1]!;
    const start = match.index! + match[0].length - name.length;
    mentions.push({ name, start, end: start + name.length, rule: honorifics.reason });
  }
  return mentions;
}
