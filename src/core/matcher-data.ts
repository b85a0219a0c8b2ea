// The compiled glossary the eager content script's matcher reads: term ids, categories and alias rows.
import type { Category } from '../article/types';

/**
 * One alias after compilation: its text alone (case-insensitive, no suffixes), or
 * `[text, caseSensitive, ...suffixes]`. Text is trimmed, with runs of white space as one space.
 */
export type AliasRow = string | readonly [text: string, caseSensitive: 0 | 1, ...suffixes: string[]];

export interface MatcherData {
  readonly termIds: readonly string[];
  readonly categories: readonly Category[];
  /** Indexed like termIds: every alias of the term in all three scripts, Traditional ones included. */
  readonly aliases: readonly (readonly AliasRow[])[];
}

/**
 * Characters a Latin alias must not touch: ASCII letters, digits and `_`, the Latin-1 and Latin
 * Extended-A/B letters (U+00C0–U+024F but not × and ÷) and combining diacritics (U+0300–U+036F),
 * which extend the letter before them. Greek, Cyrillic and CJK do not count: "GPT-4的" and
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
];

export function isWordChar(c: number): boolean {
  if (c < 0x80)
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f);
}

/** White space a space in an alias stands for: space, tab, line breaks, form feed and NBSP. */
export const SPACES: readonly number[] = [0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xa0];

export function isSpaceChar(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0;
}
