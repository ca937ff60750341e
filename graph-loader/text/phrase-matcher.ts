/**
 * Longest-match lookup of multi-word phrases over tokens, on a chosen key (folded or
 * Vietnamese). Built once from word lists; each lookup walks a trie, so a sentence costs
 * O(tokens × longest phrase).
 */
import { tokenize, type Token } from "./tokenize.ts";

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

export type TokenKey = "fold" | "vi";

export interface PhraseMatch<T> {
  /** Index of the first token. */
  start: number;
  /** Index after the last token. */
  end: number;
  values: T[];
}

export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };

  constructor(private readonly key: TokenKey) {}

  /** Adds a phrase, tokenised like the text it will be matched in (punctuation ignored). */
  add(phrase: string, value: T): this {
    const words = tokenize(phrase)
      .filter((t) => t.kind !== "punct")
      .map((t) => t[this.key]);
    if (words.length === 0) return this;
    let node = this.root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(word, child);
      }
      node = child;
    }
    if (!node.values.includes(value)) node.values.push(value);
    return this;
  }

  /** The longest phrase starting at token i; a phrase never spans punctuation. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    let node = this.root;
    let best: PhraseMatch<T> | null = null;
    for (let j = i; j < tokens.length; j++) {
      const token = tokens[j]!;
      if (token.kind === "punct") break;
      const child = node.next.get(token[this.key]);
      if (!child) break;
      node = child;
      if (node.values.length > 0) best = { start: i, end: j + 1, values: node.values };
    }
    return best;
  }

  /** Non-overlapping longest matches, left to right. */
  findAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const match = this.matchAt(tokens, i);
      if (match) {
        found.push(match);
        i = match.end - 1;
      }
    }
    return found;
  }
}
