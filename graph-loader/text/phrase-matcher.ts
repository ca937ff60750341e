/**
 * Longest-match lookup of multi-word phrases over tokens, on a chosen key (folded or
 * Vietnamese). Built once from word lists; each lookup walks a trie, so a sentence costs
 * O(tokens × longest phrase).
 *
 * A sentence is matched against some twenty lexicons. Walking each lexicon's trie over it
 * costs a lookup per token per lexicon, so every phrase is also kept in one trie per key shared
 * by all matchers: a PhraseScan walks those two tries once and answers every matcher.
 */
import { tokenize, wordSlots, type Token } from "./tokenize.ts";

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

/** A node of the shared trie: which matchers have a phrase ending here, with their values. */
interface SharedNode {
  next: Map<string, SharedNode>;
  ends: { matcher: number; values: unknown[] }[];
}

const shared: Record<TokenKey, SharedNode> = { fold: { next: new Map(), ends: [] }, vi: { next: new Map(), ends: [] } };
let matchers = 0;
const KEYS: readonly TokenKey[] = ["fold", "vi"];

/** Bumped whenever a phrase is added, so that a word's remembered first nodes are refreshed. */
let version = 0;
// A word's nodes at the roots of the shared tries, in its memo: version, folded trie, Vietnamese trie.
const FIRST = wordSlots(3);

/** Looks a token's word up at the roots of the shared tries, once per word (and version). */
function rememberFirstNodes(token: Token): void {
  const memo = token.memo;
  if (memo[FIRST] === version) return;
  memo[FIRST] = version;
  memo[FIRST + 1] = shared.fold.next.get(token.fold);
  memo[FIRST + 2] = shared.vi.next.get(token.vi);
}

/** The node a path of words leads to from `root`, made with `make` where it is missing. */
function pathTo<N extends { next: Map<string, N> }>(root: N, words: readonly string[], make: () => N): N {
  let node = root;
  for (const word of words) {
    let child = node.next.get(word);
    if (!child) {
      child = make();
      node.next.set(word, child);
    }
    node = child;
  }
  return node;
}

export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };
  /** Index of this matcher in the shared tries; -1 when it is not in them. */
  readonly id: number;

  /**
   * `scanned: false` keeps the matcher out of the shared tries, for one used only on its own
   * (matcher.findAll over a few tokens): every PhraseScan would otherwise walk its phrases too.
   */
  constructor(
    private readonly key: TokenKey,
    options: { scanned?: boolean } = {},
  ) {
    this.id = options.scanned === false ? -1 : matchers++;
  }

  /** Adds a phrase, tokenised like the text it will be matched in (punctuation ignored). */
  add(phrase: string, value: T): this {
    const words = tokenize(phrase)
      .filter((t) => t.kind !== "punct")
      .map((t) => t[this.key]);
    if (words.length === 0) return this;
    const node = pathTo(this.root, words, () => ({ next: new Map(), values: [] }));
    if (!node.values.includes(value)) node.values.push(value);
    if (this.id >= 0) this.share(words, node.values);
    return this;
  }

  /** Puts a phrase into the shared trie, with the same values array: a scan's matches are those matchAt gives. */
  private share(words: readonly string[], values: T[]): void {
    version++;
    const common = pathTo(shared[this.key], words, () => ({ next: new Map(), ends: [] }));
    if (!common.ends.some((e) => e.matcher === this.id)) common.ends.push({ matcher: this.id, values });
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

/**
 * Every matcher's longest phrase at every token of one token list, from one walk of the shared
 * tries per token: scan.findAll(matcher) equals matcher.findAll(tokens).
 */
export class PhraseScan {
  /** By matcher id: the longest phrase starting at each token where one starts, left to right. */
  private readonly longest: PhraseMatch<unknown>[][] = [];

  constructor(readonly tokens: readonly Token[]) {
    const seen: number[] = new Array<number>(matchers).fill(-1);
    // The nodes with phrase ends met on one walk, and the token index after each.
    const pathNodes: SharedNode[] = [];
    const pathEnds: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.kind === "punct") continue;
      rememberFirstNodes(tokens[i]!);
      for (const key of KEYS) {
        const folded = key === "fold";
        let found = 0;
        let node = tokens[i]!.memo[folded ? FIRST + 1 : FIRST + 2] as SharedNode | undefined;
        for (let j = i; node; ) {
          if (node.ends.length > 0) {
            pathNodes[found] = node;
            pathEnds[found++] = j + 1;
          }
          if (++j >= tokens.length || tokens[j]!.kind === "punct") break;
          node = node.next.get(folded ? tokens[j]!.fold : tokens[j]!.vi);
        }
        // Deepest first: a matcher's longest phrase from i is the first end it has on the way back.
        for (let p = found - 1; p >= 0; p--) {
          for (const { matcher, values } of pathNodes[p]!.ends) {
            if (seen[matcher] === i) continue;
            seen[matcher] = i;
            (this.longest[matcher] ??= []).push({ start: i, end: pathEnds[p]!, values });
          }
        }
      }
    }
  }

  /** Non-overlapping longest matches, left to right, as matcher.findAll(this.tokens) finds them. */
  findAll<T>(matcher: PhraseMatcher<T>): PhraseMatch<T>[] {
    if (matcher.id < 0) throw new Error("A matcher made with scanned: false is not in the shared tries: call matcher.findAll(tokens).");
    const found: PhraseMatch<T>[] = [];
    let next = 0;
    for (const match of (this.longest[matcher.id] ?? []) as PhraseMatch<T>[]) {
      if (match.start < next) continue;
      found.push(match);
      next = match.end;
    }
    return found;
  }
}
