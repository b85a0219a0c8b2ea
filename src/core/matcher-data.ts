// The compiled glossary the eager content script's matcher reads: term ids, categories and alias rows.
import type { Category } from '../article/types';

/**
 * One alias after compilation: its text alone (case-insensitive, no suffixes), or
 * `[text, caseSensitive, ...suffixes]`. Text is trimmed, with runs of white space as one space.
 */
export type AliasRow = string | readonly [text: string, caseSensitive: 0 | 1, ...suffixes: string[]];

/** What decides, beyond the text itself, whether an alias's match is the glossary's sense (build time). */
export interface AliasSense {
  /** Marked only where the page shows AI evidence. */
  readonly ambiguous?: 1;
  /** ASCII lower case; see Alias in src/article/types.ts. */
  readonly notBefore?: readonly string[];
  readonly notAfter?: readonly string[];
  readonly hanNeighbour?: 1;
}

/** Separates the context strings of a rule (none contains it; the compiler checks). */
export const RULE_SEPARATOR = '|';

/**
 * A context rule as the eager script ships it, compactly: the term, a bit per alias row it applies to
 * (bit r for aliases[term][r]), the notBefore and notAfter strings joined by RULE_SEPARATOR, and 1 when
 * the alias needs a Han neighbour.
 */
export type ContextRule = readonly [
  term: number,
  rows: number,
  notBefore: string,
  notAfter: string,
  hanNeighbour: 0 | 1,
];

export interface MatcherData {
  readonly termIds: readonly string[];
  readonly categories: readonly Category[];
  /** Indexed like termIds: every alias of the term in all three scripts, Traditional ones included. */
  readonly aliases: readonly (readonly AliasRow[])[];
  /** Per term, a bit per alias row (bit r for aliases[term][r]) that is set where the alias is ambiguous. */
  readonly ambiguous?: readonly number[];
  readonly rules?: readonly ContextRule[];
  /** Words that are evidence of an AI topic but no term (src/article/glossary.ts topicCues), as rows. */
  readonly cues?: readonly AliasRow[];
}

/**
 * Characters a Latin alias must not touch: ASCII letters, digits and `_`, the Latin-1 and Latin
 * Extended-A/B letters (U+00C0–U+024F but not × and ÷) and combining diacritics (U+0300–U+036F),
 * which extend the letter before them, and the full-width forms of ASCII letters, digits and `_`. Greek, Cyrillic and CJK do not count: "GPT-4的" and
 * "A100显卡" match.
 */
export const WORD_RANGES: readonly (readonly [from: number, to: number])[] = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x24f],
  [0x300, 0x36f],
  // Full-width digits, letters and low line (see fullWidthToAscii).
  [0xff10, 0xff19],
  [0xff21, 0xff3a],
  [0xff3f, 0xff3f],
  [0xff41, 0xff5a],
];

export function isWordChar(c: number): boolean {
  if (c < 0x80)
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
  if (c >= 0xff10) return fullWidthToAscii(c) !== c && isWordChar(fullWidthToAscii(c));
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f);
}

/**
 * Full-width ASCII (U+FF01–U+FF5E, ＣｈａｔＧＰＴ in CJK typesetting) as the ASCII it stands for; any
 * other char unchanged. The matcher reads full-width Latin as Latin, so its boundaries hold there too.
 */
export function fullWidthToAscii(c: number): number {
  return c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c;
}

/**
 * Chars that a writer or a hyphenation script puts inside a word without changing it: soft hyphen,
 * zero-width space, non-joiner, joiner, word joiner and BOM. The matcher reads past them.
 */
export function isIgnorable(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** Han (and CJK punctuation) for the hanNeighbour rule. */
export function isHanChar(c: number): boolean {
  return (c >= 0x3000 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff01 && c <= 0xff0f);
}

/** White space a space in an alias stands for: space, tab, line breaks, form feed and NBSP. */
export const SPACES: readonly number[] = [0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xa0];

export function isSpaceChar(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0;
}
