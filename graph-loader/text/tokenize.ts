/** Word tokens with their offsets, and the keys the lexicons match on. */
import { foldText, viKey } from "./fold.ts";

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: "word" | "number" | "punct";
  /** First letter upper case. */
  cap: boolean;
  /** Every letter upper case (and more than one letter). */
  upper: boolean;
  /** Folded: lower-case ASCII ("lạng" -> "lang"). */
  fold: string;
  /** Vietnamese key: lower case with diacritics ("Lạng" -> "lạng"). */
  vi: string;
}

// A word: letters (with combining marks), inner apostrophes, inner dots of initials ("H.E.", "U.S."),
// inner hyphens ("Jean-François", "Xi'an"). Numbers keep their separators ("1,690", "09/5/2025").
const TOKEN = /(\p{L}[\p{L}\p{M}]*(?:['’][\p{L}\p{M}]+)*(?:\.\p{L}(?=\.)|-[\p{L}\p{M}]+)*\.?)|(\p{N}+(?:[.,/:-]\p{N}+)*)|([^\s\p{L}\p{N}])/gu;

const CAPITALISED_COMPOUND = /^\p{Lu}[\p{L}\p{M}]*(?:-\p{Lu}[\p{L}\p{M}]*)+$/u;

const ABBREVIATION_DOT = /^(?:\p{L}\.){1,3}$|^(?:Mr|Mrs|Ms|Dr|St|No|Prof|TP|Jr|Sr|Co|Ltd|Inc)\.$/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let word = match[0];
    let start = match.index!;
    if (match[1] && CAPITALISED_COMPOUND.test(word)) {
      // "Vietnam-Laos", "Jean-François": capitalised parts are separate words joined by a dash token.
      let offset = start;
      word.split("-").forEach((part, k) => {
        if (k > 0) pushToken(tokens, "-", offset++, "punct");
        pushToken(tokens, part, offset, "word");
        offset += part.length;
      });
      continue;
    }
    if (match[1]) {
      // A trailing dot belongs to the word only for abbreviations and initials.
      if (word.endsWith(".") && !ABBREVIATION_DOT.test(word)) {
        word = word.slice(0, -1);
        pushToken(tokens, word, start, "word");
        pushToken(tokens, ".", start + word.length, "punct");
        continue;
      }
      pushToken(tokens, word, start, "word");
    } else if (match[2]) {
      pushToken(tokens, word, start, "number");
    } else {
      pushToken(tokens, word, start, "punct");
    }
    start += word.length;
  }
  return tokens;
}

type WordKeys = Pick<Token, "cap" | "upper" | "fold" | "vi">;

// Words repeat: their keys are computed once. Bounded, so a huge corpus cannot grow it forever.
const KEY_CACHE = new Map<string, WordKeys>();
const KEY_CACHE_LIMIT = 200_000;

function keysOf(text: string, kind: Token["kind"]): WordKeys {
  const cacheKey = kind === "word" ? text : `${kind}\u0000${text}`;
  let keys = KEY_CACHE.get(cacheKey);
  if (keys) return keys;
  const letters = text.replace(/[^\p{L}]/gu, "");
  keys = {
    cap: kind === "word" && /^\p{Lu}/u.test(text),
    upper: kind === "word" && letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    // One key per token, without inner spaces: "People's" -> "peoples", "H.E." -> "he".
    fold: kind === "punct" ? text : foldText(text).replace(/ /g, ""),
    vi: kind === "word" ? viKey(text).replace(/ /g, "") : text,
  };
  if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
  KEY_CACHE.set(cacheKey, keys);
  return keys;
}

function pushToken(tokens: Token[], text: string, start: number, kind: Token["kind"]) {
  tokens.push({ text, start, end: start + text.length, kind, ...keysOf(text, kind) });
}
