// The eager content script's first look at a frame's text, before it asks the background anything:
// could the text hold any alias at all? Most frames of the web hold none, and the first message a frame's
// world sends costs ~1 ms of the page's main thread (the extension's messaging is set up on first use),
// more than the rest of what a term-free frame does. The answer is a superset of the background's probe
// (background/term-probe.ts): a false "maybe" costs one question, a false "no" would lose marks, so the
// patterns only leave out what never changes a match: word boundaries, sense rules and the topic rule.
//
// Build time turns every alias into regular expressions of literal text (a trie, so shared prefixes
// are written once and the patterns stay small to compile): case-sensitive aliases as written, the rest
// case-folded, and those with Han characters apart, tested only on text that has Han at all. Where the
// matcher reads chars differently from a regular expression, the patterns follow it or give way:
// - a space in an alias stands for a run of white space (matcher-data.ts SPACES);
// - full-width ASCII reads as ASCII: full-width punctuation is in each punctuation char's class, and
//   text with a full-width letter or digit (ＣｈａｔＧＰＴ) is a "maybe" without further look;
// - soft hyphens and zero-width chars are read past: text with any of them is a "maybe".
import type { AliasRow } from './matcher-data';

export interface FirstLookPatterns {
  /** Case-sensitive aliases, as written. */
  readonly cased: string;
  /** The other aliases without Han, case-folded (tested with the `i` flag). */
  readonly folded: string;
  /** The aliases with Han, case-folded. */
  readonly han: string;
}

/** Chars the matcher reads as other chars or past: full-width letters and digits, and the ignorables. */
const GIVES_WAY = /[\u00ad\u200b-\u200d\u2060\ufeff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;
/** CJK radicals to the end of the unified ideographs, and the compatibility ideographs. */
const HAN = /[\u2e80-\u9fff\uf900-\ufaff]/;
const hasHan = (text: string): boolean => HAN.test(text);

/** White space as the matcher's SPACES: tab to carriage return, space, no-break space. */
const SPACE_RUN = '[\\t-\\r \\u00a0]+';
const isAsciiPunctuation = (c: number): boolean =>
  c >= 0x21 && c <= 0x7e && !/[0-9A-Za-z]/.test(String.fromCharCode(c));
const escapeChar = (ch: string): string => (/[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch);

/** One char of an alias as a pattern: punctuation with its full-width form, a space as a run. */
function charPattern(ch: string): string {
  if (ch === ' ') return SPACE_RUN;
  const c = ch.charCodeAt(0);
  if (isAsciiPunctuation(c)) return `[${escapeChar(ch)}${String.fromCharCode(c + 0xfee0)}]`;
  return escapeChar(ch);
}

interface TrieNode {
  end: boolean;
  readonly next: Map<string, TrieNode>;
}

/** A pattern that matches where any of `keys` is found; a key that extends another adds nothing. */
function triePattern(keys: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const key of keys) {
    let node = root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    if (node.end) return '';
    const branches = [...node.next]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([ch, child]) => charPattern(ch) + emit(child));
    return branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
  };
  // A pattern that never matches, for an empty list (an empty pattern would match everywhere).
  return keys.length === 0 ? '(?!)' : emit(root);
}

/** Build time: the first look's patterns for every alias of every term. */
export function firstLookPatterns(aliases: readonly (readonly AliasRow[])[]): FirstLookPatterns {
  const cased = new Set<string>();
  const folded = new Set<string>();
  const han = new Set<string>();
  for (const row of aliases.flat()) {
    const text = typeof row === 'string' ? row : row[0];
    if (text === '') continue;
    const caseSensitive = typeof row !== 'string' && row[1] === 1;
    // Folded by the `i` flag at run time; lower case here only so the trie shares more.
    if (hasHan(text)) han.add(text.toLowerCase());
    else if (caseSensitive) cased.add(text);
    else folded.add(text.toLowerCase());
  }
  // A key that holds another key adds nothing either (InstructGPT holds GPT): text with it holds the other.
  const needed = (keys: Set<string>, also: Set<string> = new Set(), fold = (k: string) => k) =>
    [...keys]
      .filter((key) => ![...keys].some((other) => other !== key && key.includes(other)))
      .filter((key) => ![...also].some((other) => fold(key).includes(other)))
      .sort();
  return {
    cased: triePattern(needed(cased, folded, (key) => key.toLowerCase())),
    folded: triePattern(needed(folded)),
    han: triePattern(needed(han)),
  };
}

/**
 * Run time: whether `text` may hold an alias. No means no term can be marked there; yes means ask. The
 * expressions are compiled on first use (V8 keeps compiled expressions per isolate, so a page's other
 * frames in the same process reuse them).
 */
export function createFirstLook(patterns: FirstLookPatterns): (text: string) => boolean {
  let cased: RegExp | undefined;
  let folded: RegExp | undefined;
  let han: RegExp | undefined;
  return (text) => {
    if (GIVES_WAY.test(text)) return true;
    cased ??= new RegExp(patterns.cased);
    if (cased.test(text)) return true;
    folded ??= new RegExp(patterns.folded, 'i');
    if (folded.test(text)) return true;
    if (!hasHan(text)) return false;
    han ??= new RegExp(patterns.han, 'i');
    return han.test(text);
  };
}
