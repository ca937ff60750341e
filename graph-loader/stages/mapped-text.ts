/**
 * Clean text that remembers where each of its characters came from in doc.text.
 *
 * The extractor finds mentions in clean text (NFC, one space for any run of whitespace,
 * line-end hyphenation removed) and must point back into the original, so every UTF-16
 * unit of the clean text carries the offsets of its source in doc.text.
 */
export interface MappedText {
  text: string;
  /** starts[i]: offset in doc.text of the source of text[i]. Strictly increasing. */
  starts: Int32Array;
  /** ends[i]: offset in doc.text just past the source of text[i]. */
  ends: Int32Array;
}

/** What NFC may compose with the character before it: combining marks, and Hangul vowel and final jamo. */
const COMBINING_MARKS = /[\p{M}\u1160-\u11ff\ud7b0-\ud7ff]+/uy;

/** The characters JavaScript's \s matches, by code. */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * False when NFC certainly leaves the text unchanged: no combining marks, no compatibility
 * singletons, no Hangul jamo. Precomposed Vietnamese (U+00C0–U+01B0, U+1EA0–U+1EF9) and common
 * punctuation pass, so most lines skip the normaliser.
 */
export function mayChangeUnderNfc(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (codeMayChangeUnderNfc(text.charCodeAt(i))) return true;
  return false;
}

export function codeMayChangeUnderNfc(code: number): boolean {
  if (code < 0x300) return false;
  return !(code >= 0x1e00 && code <= 0x1eff) && !(code >= 0x2010 && code <= 0x205f);
}

/** NFC, skipping the normaliser when it cannot change anything. */
export function toNfc(text: string): string {
  return mayChangeUnderNfc(text) ? text.normalize("NFC") : text;
}

/**
 * Builds mapped texts one after the other over one source, in shared storage: a document's
 * thousand blocks cost two allocations, not two thousand.
 */
export class MappedTextBuilder {
  private parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private size = 0;
  /** Where the text being built starts in the storage. */
  private mark = 0;

  /** `capacity`: how many units all the texts may hold together; it grows past that if needed. */
  constructor(
    private readonly source: string,
    capacity = 64,
  ) {
    this.starts = new Int32Array(Math.max(1, capacity));
    this.ends = new Int32Array(Math.max(1, capacity));
  }

  /** Length of the text being built. */
  get length(): number {
    return this.size - this.mark;
  }

  /**
   * Appends source[from, to), collapsing whitespace runs to one space and composing to NFC.
   * `known`: what the caller already knows about the range, which saves checking it again.
   */
  appendSource(from: number, to: number, known?: { nfc: boolean; singleSpaced: boolean }): void {
    const piece = this.source.slice(from, to);
    if (!(known?.nfc ?? toNfc(piece) === piece)) {
      this.appendComposed(piece, from);
      return;
    }
    // Most lines hold single spaces only: then the piece goes in whole.
    if (known?.singleSpaced ?? !/[^\S ]| {2}/u.test(piece)) {
      this.appendRun(from, to, piece);
      return;
    }
    let runStart = 0;
    let i = 0;
    while (i < piece.length) {
      if (!isSpaceCode(piece.charCodeAt(i))) {
        i++;
        continue;
      }
      this.appendRun(from + runStart, from + i);
      const spaceStart = i;
      while (i < piece.length && isSpaceCode(piece.charCodeAt(i))) i++;
      this.appendSpace(from + spaceStart, from + i);
      runStart = i;
    }
    this.appendRun(from + runStart, to);
  }

  /** Appends one space standing for the whitespace source[from, to) (a line break, say). */
  appendSpace(from: number, to: number = from + 1): void {
    this.parts.push(" ");
    this.push(from, to);
  }

  /** The text built since the last call, which starts the next one. */
  build(): MappedText {
    const built = {
      text: this.parts.join(""),
      starts: this.starts.subarray(this.mark, this.size),
      ends: this.ends.subarray(this.mark, this.size),
    };
    this.parts = [];
    this.mark = this.size;
    return built;
  }

  /** Appends source[from, to) verbatim; `text` is that slice when the caller already has it. */
  private appendRun(from: number, to: number, text?: string): void {
    if (to <= from) return;
    this.parts.push(text ?? this.source.slice(from, to));
    for (let i = from; i < to; i++) this.push(i, i + 1);
  }

  /**
   * Composes one base character and its combining marks at a time, so each output unit maps
   * into its own cluster. NFC never needs context wider than that for the scripts we read.
   */
  private appendComposed(piece: string, offset: number): void {
    let i = 0;
    while (i < piece.length) {
      const code = piece.charCodeAt(i);
      if (isSpaceCode(code)) {
        const spaceStart = i;
        while (i < piece.length && isSpaceCode(piece.charCodeAt(i))) i++;
        this.appendSpace(offset + spaceStart, offset + i);
        continue;
      }
      let j = i + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
      COMBINING_MARKS.lastIndex = j;
      if (COMBINING_MARKS.exec(piece) !== null) j = COMBINING_MARKS.lastIndex;
      const cluster = piece.slice(i, j);
      const composed = cluster.normalize("NFC");
      // NFC lengthens a few characters (CJK compatibility ideographs, some Hebrew presentation forms);
      // those stay as printed, so that every clean unit keeps a source unit of its own.
      const out = composed.length <= cluster.length ? composed : cluster;
      this.parts.push(out);
      for (let k = 0; k < out.length; k++) {
        this.push(offset + i + k, k === out.length - 1 ? offset + j : offset + i + k + 1);
      }
      i = j;
    }
  }

  private push(start: number, end: number): void {
    // Views handed out earlier keep the old buffers, so growing never disturbs them.
    if (this.size === this.starts.length) {
      const starts = new Int32Array(this.size * 2);
      const ends = new Int32Array(this.size * 2);
      starts.set(this.starts);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    this.starts[this.size] = start;
    this.ends[this.size] = end;
    this.size++;
  }
}

/** The sub-range [from, to) of a mapped text, without surrounding spaces; null when only spaces remain. */
export function trimRange(mapped: MappedText, from: number, to: number): [number, number] | null {
  let start = from;
  let end = to;
  while (start < end && mapped.text.charCodeAt(start) === 32) start++;
  while (end > start && mapped.text.charCodeAt(end - 1) === 32) end--;
  return start < end ? [start, end] : null;
}

/** Offsets in doc.text of text[from, to): one per unit, plus the end of the last unit. */
export function offsetMap(mapped: MappedText, from: number, to: number): number[] {
  const map = new Array<number>(to - from + 1);
  for (let i = from; i < to; i++) map[i - from] = mapped.starts[i]!;
  map[to - from] = mapped.ends[to - 1] ?? mapped.starts[from] ?? 0;
  return map;
}
