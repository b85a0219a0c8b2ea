// Finds every glossary term in a string in one left-to-right pass; the eager content script runs it on each page.
import type { Category } from '../article/types';
import {
  type AliasRow,
  fullWidthToAscii,
  isHanChar,
  isIgnorable,
  isSpaceChar,
  isWordChar,
  type MatcherData,
  RULE_SEPARATOR,
  SPACES,
  WORD_RANGES,
} from './matcher-data';

/**
 * `term` indexes `termIds` and `categories`. `end` is exclusive and includes any suffix. `ambiguous` is 1
 * when the alias that matched is marked only on pages that show AI evidence.
 */
export interface Match {
  start: number;
  end: number;
  term: number;
  ambiguous: 0 | 1;
}

export interface Matcher extends MatchScanner {
  readonly termIds: readonly string[];
  readonly categories: readonly Category[];
  findAll(text: string): Match[];
  /**
   * Every match `scan` finds and more, in text joined from many blocks with nothing between them (an
   * element's textContent: "…Home" + "ChatGPT…" reads "HomeChatGPT"), where a boundary the blocks had is
   * gone: no word boundaries, no address check and no sense rule (each only ever rules a match out, and
   * each reads neighbours that may belong to another block). For finding where terms may be.
   */
  scanJoined(text: string, onMatch: OnMatch, startAt?: number, stopAt?: number): void;
}

export interface MatchScanner {
  /**
   * Same matches as findAll, without allocating; for the hot path. With `startAt`/`stopAt`, only the
   * matches that start in [startAt, stopAt), exactly as one pass over the whole text finds them when it
   * reaches startAt with no match running: a long text can be matched in pieces.
   */
  scan(text: string, onMatch: OnMatch, startAt?: number, stopAt?: number): void;
}

/**
 * What matched: an alias that is always marked (UNAMBIGUOUS), one marked only on AI pages (AMBIGUOUS),
 * or, with the `cues` option, a topic cue (TOPIC_CUE; `term` is then the index in MatcherData.cues).
 */
export const UNAMBIGUOUS = 0;
export const AMBIGUOUS = 1;
export const TOPIC_CUE = 2;
export type MatchKind = typeof UNAMBIGUOUS | typeof AMBIGUOUS | typeof TOPIC_CUE;
export type OnMatch = (start: number, end: number, term: number, kind: MatchKind) => void;

export interface MatcherOptions {
  /** Also report the topic cues (the content script's topic rule needs them; nothing else does). */
  readonly cues?: boolean;
}

/** ASCII case and full width folded away. */
const fold = (c: number): number => {
  const a = fullWidthToAscii(c);
  return a >= 0x41 && a <= 0x5a ? a | 0x20 : a;
};

/** Most frequent first, so the filter tells these apart and lumps the rare ones together. */
const LETTER_FREQUENCY = 'etaoinshrdlcumwfgypbvkjxqz';

const CASE_SENSITIVE = 1;
const RIGHT_BOUNDARY = 2;
const HAS_SUFFIXES = 4;
const AMBIGUOUS_FLAG = 8;
const HAS_CONTEXT_RULE = 16;
const HAN_NEIGHBOUR = 32;
const CUE_FLAG = 64;
/** The filter's code for ignorable chars: the 15th non-word code, which no alias char is given. */
const IGNORABLE_CODE = 15 << 1;

/** How far back a match's token is read to see whether it is part of a URL or a path. */
const TOKEN_LOOKBACK = 256;

/** The aliases the trie is built from, by entry index: term, flags, text and suffixes. */
interface Entries {
  readonly term: number[];
  readonly flags: number[];
  readonly text: string[];
  readonly suffixes: (readonly string[])[];
}

/** Whether the match at [start, end) of entry `k` (its flags ask for a sense check) is the glossary's sense. */
type SenseCheck = (s: string, start: number, end: number, k: number, flags: number) => boolean;

/** Adds `row` as an entry unless its text is empty; returns whether it did. */
function addRow(entries: Entries, row: AliasRow, term: number, flags: number): boolean {
  const text = typeof row === 'string' ? row : row[0];
  if (text.length === 0) return false;
  const suffixes = typeof row === 'string' ? [] : (row.slice(2) as string[]).filter((x) => x !== '');
  entries.term.push(term);
  entries.flags.push(
    flags |
      (typeof row !== 'string' && row[1] === 1 ? CASE_SENSITIVE : 0) |
      (isWordChar(text.charCodeAt(text.length - 1)) ? RIGHT_BOUNDARY : 0) |
      (suffixes.length > 0 ? HAS_SUFFIXES : 0),
  );
  entries.text.push(text);
  entries.suffixes.push(suffixes);
  return true;
}

const wordCharAt = (s: string, i: number): boolean => i < s.length && isWordChar(s.charCodeAt(i));

export function createMatcher(data: MatcherData, options: MatcherOptions = {}): Matcher {
  const entries: Entries = { term: [], flags: [], text: [], suffixes: [] };
  const entNotBefore: (readonly string[] | undefined)[] = [];
  const entNotAfter: (readonly string[] | undefined)[] = [];
  const ruleOf = (term: number, row: number) =>
    data.rules?.find(([t, rows]) => t === term && (rows & (1 << row)) !== 0);
  const contextList = (joined: string | undefined) => (joined ? joined.split(RULE_SEPARATOR) : undefined);
  data.aliases.forEach((rows, term) => {
    rows.forEach((row, r) => {
      const rule = ruleOf(term, r);
      const notBefore = contextList(rule?.[2]);
      const notAfter = contextList(rule?.[3]);
      const flags =
        (((data.ambiguous?.[term] ?? 0) & (1 << r)) !== 0 ? AMBIGUOUS_FLAG : 0) |
        (notBefore || notAfter ? HAS_CONTEXT_RULE : 0) |
        (rule?.[4] === 1 ? HAN_NEIGHBOUR : 0);
      if (!addRow(entries, row, term, flags)) return;
      entNotBefore[entries.term.length - 1] = notBefore;
      entNotAfter[entries.term.length - 1] = notAfter;
    });
  });
  if (options.cues) {
    data.cues?.forEach((row, cue) => {
      addRow(entries, row, cue, CUE_FLAG);
    });
  }

  // The context rules of an alias's sense (the rare aliases that have one; lists are lower-case).
  const startsWithAt = (s: string, j: number, x: string): boolean => {
    if (j + x.length > s.length) return false;
    for (let k = 0; k < x.length; k++) if (fold(s.charCodeAt(j + k)) !== x.charCodeAt(k)) return false;
    return true;
  };
  const hanNear = (s: string, start: number, end: number): boolean => {
    let before = start - 1;
    if (before >= 0 && s.charCodeAt(before) === 0x20) before--;
    let after = end;
    if (after < s.length && s.charCodeAt(after) === 0x20) after++;
    return (
      (before >= 0 && isHanChar(s.charCodeAt(before))) || (after < s.length && isHanChar(s.charCodeAt(after)))
    );
  };
  const senseHolds: SenseCheck = (s, start, end, k, flags) => {
    if ((flags & HAN_NEIGHBOUR) !== 0 && !hanNear(s, start, end)) return false;
    if ((flags & HAS_CONTEXT_RULE) === 0) return true;
    // Context strings are whole words at their outer ends: " program" is not in " programming".
    for (const x of entNotBefore[k] ?? []) {
      if (
        startsWithAt(s, end, x) &&
        !(isWordChar(x.charCodeAt(x.length - 1)) && wordCharAt(s, end + x.length))
      ) {
        return false;
      }
    }
    for (const x of entNotAfter[k] ?? []) {
      const at = start - x.length;
      if (
        at >= 0 &&
        startsWithAt(s, at, x) &&
        !(isWordChar(x.charCodeAt(0)) && at > 0 && wordCharAt(s, at - 1))
      ) {
        return false;
      }
    }
    return true;
  };

  const { scan, scanJoined } = compile(entries, senseHolds);
  return {
    termIds: data.termIds,
    categories: data.categories,
    scan,
    scanJoined,
    findAll(text) {
      const out: Match[] = [];
      scan(text, (start, end, term, kind) => {
        // Only a matcher made with cues reports them, and findAll is for term lookups.
        if (kind !== TOPIC_CUE) out.push({ start, end, term, ambiguous: kind });
      });
      return out;
    },
  };
}

/** The trie and filter over `entries`, and the one-pass scans over them (of prose, and of joined text). */
function compile(
  entries: Entries,
  senseHolds: SenseCheck,
): { scan: MatchScanner['scan']; scanJoined: Matcher['scanJoined'] } {
  const entTerm = entries.term;
  const entFlags = entries.flags;
  const entText = entries.text;
  const entSuffixes = entries.suffixes;
  const entKey = entText.map((text) => text.replace(/[A-Z]/g, (c) => c.toLowerCase()));
  const totalChars = entText.reduce((sum, text) => sum + text.length, 0);

  // The trie, built in one pass over the keys in sorted order, straight into typed arrays: a node's
  // children are a linked list (firstChild/nextSibling, few per node), its aliases a contiguous run of
  // accEnt. Sorted keys put every prefix before its extensions, so the node an alias ends at is never
  // older than the previous alias's: the accept runs come out in node order. (A Map per node, flattened
  // afterwards, made start-up several times slower: this runs in every frame of every page.)
  const order = entKey
    .map((_, k) => k)
    .sort((a, b) => {
      const x = entKey[a] as string;
      const y = entKey[b] as string;
      return x < y ? -1 : x > y ? 1 : a - b;
    });
  if (totalChars + 1 > 0xffff) throw new Error(`matcher: up to ${totalChars + 1} trie nodes, at most 65535`);
  const firstChild = new Uint16Array(totalChars + 1);
  const nextSibling = new Uint16Array(totalChars + 1);
  const lastChild = new Uint16Array(totalChars + 1);
  const keyOf = new Uint16Array(totalChars + 1);
  const endNode = new Uint16Array(order.length);
  const path: number[] = [0];
  let nodeCount = 1;
  let previous = '';
  for (const k of order) {
    const key = entKey[k] as string;
    let common = 0;
    while (common < key.length && common < previous.length && key[common] === previous[common]) common++;
    path.length = common + 1;
    for (let d = common; d < key.length; d++) {
      const parent = path[d] as number;
      const node = nodeCount++;
      keyOf[node] = key.charCodeAt(d);
      if (firstChild[parent] === 0) firstChild[parent] = node;
      else nextSibling[lastChild[parent] as number] = node;
      lastChild[parent] = node;
      path.push(node);
    }
    endNode[k] = path[key.length] as number;
    previous = key;
  }
  const accStart = new Int32Array(nodeCount + 1);
  for (const k of order) (accStart[(endNode[k] as number) + 1] as number)++;
  for (let node = 0; node < nodeCount; node++) {
    accStart[node + 1] = (accStart[node + 1] as number) + (accStart[node] as number);
  }
  const accEnt = Int32Array.from(order);
  const root = new Uint16Array(0x10000);
  for (let child = firstChild[0] as number; child !== 0; child = nextSibling[child] as number) {
    const key = keyOf[child] as number;
    root[key] = child;
    if (key >= 0x61 && key <= 0x7a) root[key ^ 0x20] = child;
    if (key >= 0x21 && key <= 0x7e) root[key + 0xfee0] = child;
    if (key >= 0x61 && key <= 0x7a) root[(key ^ 0x20) + 0xfee0] = child;
  }
  const ent = { term: Int32Array.from(entTerm), flags: Uint8Array.from(entFlags) };

  // The filter the hot loop consults. A char maps to v = code << 1 | word (5 bits). Code 0 is for
  // chars that are not among the first three of any alias. Codes are scarce, so frequent English
  // letters and the space get their own and the rest share. The loop keeps h = ... | v[i-2] << 10 |
  // v[i-1] << 5 | v[i]; its low 16 bits are the last three chars' v plus whether the char before
  // them is a word char, and index `tri`, set for every alias's first three chars. So a char costs two
  // table reads and no data-dependent branch; the trie is walked only where three chars look like the
  // start of an alias at a possible left boundary (a few per cent of positions in prose).
  const cls = new Uint8Array(0x10000);
  for (const [from, to] of WORD_RANGES) cls.fill(1, from, to + 1);
  const prefixes = entText.map((text) => [...text.slice(0, 3)].map((ch) => fold(ch.charCodeAt(0))));
  const rankOf = new Map<number, number>();
  for (const c of new Set(prefixes.flat())) {
    const r = LETTER_FREQUENCY.indexOf(String.fromCharCode(c));
    rankOf.set(c, c === 0x20 ? -1 : r < 0 ? 99 : r);
  }
  const relevant = [...rankOf.keys()].sort(
    (a, b) => (rankOf.get(a) as number) - (rankOf.get(b) as number) || a - b,
  );
  const codeCount = [0, 0];
  for (const key of relevant) {
    const w = (cls[key] as number) & 1;
    const k = (codeCount[w] as number)++;
    const v = ((w === 1 ? Math.min(k, 14) + 1 : 1 + (k % 14)) << 1) | w;
    for (const c of key === 0x20 ? SPACES : key >= 0x61 && key <= 0x7a ? [key, key ^ 0x20] : [key]) {
      cls[c] = v;
      if (c >= 0x21 && c <= 0x7e) cls[c + 0xfee0] = v;
    }
  }
  const tri = new Uint8Array(0x10000);
  // Joined text (scanJoined) has no left boundaries either: there a word char may come before any alias.
  const triJoined = new Uint8Array(0x10000);
  const any = Array.from({ length: 32 }, (_, v) => v);
  for (const [k2 = 0, k1, k0] of prefixes) {
    const v2 = cls[k2] as number;
    // A space in an alias stands for a run, so the text may have a second space where the alias goes on.
    const v1s = k1 === undefined ? any : [cls[k1] as number];
    const v0s = k0 === undefined || k1 === 0x20 ? any : [cls[k0] as number];
    // A word char before a word-initial alias rules it out, unless boundaries do not count (joined text).
    for (const w3 of [0, 1]) {
      for (const v1 of v1s) {
        for (const v0 of v0s) {
          const h = (w3 << 15) | (v2 << 10) | (v1 << 5) | v0;
          triJoined[h] = 1;
          if (w3 === 0 || (v2 & 1) === 0) tri[h] = 1;
        }
      }
    }
  }
  // The last non-word code is the ignorables' own (soft hyphen, zero-width chars): tri says 2 wherever
  // the current char is one, so the one pass over the text also notices them, at no cost per char.
  for (const c of [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) cls[c] = IGNORABLE_CODE;
  for (let high = 0; high < 0x800; high++) {
    tri[(high << 5) | IGNORABLE_CODE] = 2;
    triJoined[(high << 5) | IGNORABLE_CODE] = 2;
  }
  /** True while scanJoined runs: boundaries, addresses and sense rules then do not count. */
  let joined = false;

  // Set by walk() alongside its return value, so the hot path needs no result object.
  let foundTerm = -1;
  let foundKind: MatchKind = UNAMBIGUOUS;

  const isWordAt = (s: string, i: number): boolean =>
    i < s.length && ((cls[s.charCodeAt(i)] as number) & 1) === 1;

  const exactAt = (s: string, start: number, alias: string): number => {
    let j = start;
    for (let k = 0; k < alias.length; k++) {
      const a = alias.charCodeAt(k);
      if (a === 0x20) {
        while (j < s.length && isSpaceChar(s.charCodeAt(j))) j++;
      } else if (fullWidthToAscii(s.charCodeAt(j++)) !== a) return -1;
    }
    return j;
  };

  const suffixAt = (s: string, j: number, suffix: string, caseSensitive: boolean): boolean => {
    if (j + suffix.length > s.length) return false;
    for (let k = 0; k < suffix.length; k++) {
      const a = suffix.charCodeAt(k);
      const c = fullWidthToAscii(s.charCodeAt(j + k));
      if (a !== c && (caseSensitive || fold(a) !== fold(c))) return false;
    }
    return true;
  };

  // An alias's whole key matched at [start, j): apply case, right boundary and suffixes.
  const accept = (s: string, start: number, j: number, node: number, best: number): number => {
    for (let a = accStart[node] as number, last = accStart[node + 1] as number; a < last; a++) {
      const k = accEnt[a] as number;
      const flags = ent.flags[k] as number;
      if ((flags & CASE_SENSITIVE) !== 0 && exactAt(s, start, entText[k] as string) !== j) continue;
      const checked = (flags & (HAS_CONTEXT_RULE | HAN_NEIGHBOUR)) === 0;
      if (
        j >= best &&
        !(!joined && (flags & RIGHT_BOUNDARY) !== 0 && isWordAt(s, j)) &&
        (checked || joined || senseHolds(s, start, j, k, flags))
      ) {
        best = j;
        foundTerm = ent.term[k] as number;
        foundKind =
          (flags & CUE_FLAG) !== 0 ? TOPIC_CUE : (flags & AMBIGUOUS_FLAG) !== 0 ? AMBIGUOUS : UNAMBIGUOUS;
      }
      if ((flags & HAS_SUFFIXES) === 0) continue;
      const suffixes = entSuffixes[k] as readonly string[];
      for (let x = 0; x < suffixes.length; x++) {
        const suffix = suffixes[x] as string;
        const end = j + suffix.length;
        if (
          end >= best &&
          suffixAt(s, j, suffix, (flags & CASE_SENSITIVE) !== 0) &&
          !(!joined && isWordChar(suffix.charCodeAt(suffix.length - 1)) && isWordAt(s, end)) &&
          (checked || joined || senseHolds(s, start, end, k, flags))
        ) {
          best = end;
          foundTerm = ent.term[k] as number;
          foundKind =
            (flags & CUE_FLAG) !== 0 ? TOPIC_CUE : (flags & AMBIGUOUS_FLAG) !== 0 ? AMBIGUOUS : UNAMBIGUOUS;
        }
      }
    }
    return best;
  };

  // Longest match starting at `start`, or -1. Aliases are at least one char, so the root accepts none.
  const walk = (s: string, start: number): number => {
    const cls_ = cls;
    if (
      !joined &&
      start > 0 &&
      ((cls_[s.charCodeAt(start)] as number) & (cls_[s.charCodeAt(start - 1)] as number) & 1) === 1
    ) {
      return -1;
    }
    const n = s.length;
    let node = root[s.charCodeAt(start)] as number;
    let j = start + 1;
    let best = -1;
    while (node !== 0) {
      if (accStart[node] !== accStart[node + 1]) best = accept(s, start, j, node, best);
      if (j >= n) break;
      let c = s.charCodeAt(j++);
      if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
      if (c >= 0x41 && c <= 0x5a) c |= 0x20;
      else if ((c <= 0x20 || c === 0xa0) && isSpaceChar(c)) {
        c = 0x20;
        while (j < n && isSpaceChar(s.charCodeAt(j))) j++;
      }
      let child = firstChild[node] as number;
      while (child !== 0 && keyOf[child] !== c) child = nextSibling[child] as number;
      node = child;
    }
    return best;
  };

  // A match inside a URL, a host or a file name is not prose: github.com/…/LLM-Zoo, chatgpt.com,
  // RAG.md. (Code elements are never scanned at all; this is for addresses written in running text.)
  const inAddress = (s: string, start: number, end: number): boolean => {
    if (joined) return false;
    if (s.charCodeAt(end) === 0x2e && isAsciiAlnum(s.charCodeAt(end + 1))) return true;
    if (start === 0) return false;
    const before = s.charCodeAt(start - 1);
    if (before === 0x2e) return start >= 2 && isWordChar(s.charCodeAt(start - 2));
    // After these a match may be a path segment or a query value; read its token back to see.
    if (before !== 0x2f && before !== 0x2d && before !== 0x3d && before !== 0x3f && before !== 0x26) {
      return false;
    }
    let slash = false;
    for (let i = start - 1; i >= 0 && i > start - TOKEN_LOOKBACK; i--) {
      const c = s.charCodeAt(i);
      if (isSpaceChar(c) || c >= 0x2e80 || c === 0x28 || c === 0x22 || c === 0x27 || c === 0x3c) break;
      if (c === 0x2f) {
        if (i > 0 && s.charCodeAt(i - 1) === 0x2f && i > 1 && s.charCodeAt(i - 2) === 0x3a) return true;
        slash = true;
      } else if (c === 0x2e && slash && i > 0 && isWordChar(s.charCodeAt(i - 1))) return true;
    }
    return false;
  };

  const scanPlain = (s: string, onMatch: OnMatch, startAt: number, stopAt: number): boolean => {
    // Locals, not captured variables: V8 then keeps the tables' base pointers in registers.
    const cls_ = cls;
    const tri_ = joined ? triJoined : tri;
    const n = s.length;
    // Matches never overlap: a candidate that starts before `from` is inside the last match.
    let from = startAt;
    let h = 0;
    // From one char before startAt, so that the first candidates see their left neighbour as in one pass.
    const last = Math.min(n, stopAt + 2);
    let ignorable = false;
    for (let i = Math.max(0, startAt - 1); i < last; i++) {
      h = (h << 5) | (cls_[s.charCodeAt(i)] as number);
      const t = tri_[h & 0xffff] as number;
      if (t !== 0) {
        if (t === 2) ignorable = true;
        else if (i - 2 >= from && i - 2 < stopAt) {
          const end = walk(s, i - 2);
          if (end > 0) {
            if (!inAddress(s, i - 2, end)) onMatch(i - 2, end, foundTerm, foundKind);
            from = end;
          }
        }
      }
    }
    // Two steps past the end, as if non-word chars followed, for aliases of one or two chars there.
    if (last < n) return ignorable;
    for (let i = n; i < n + 2; i++) {
      h <<= 5;
      if (tri_[h & 0xffff] !== 0 && i - 2 >= from && i - 2 < stopAt && i >= 2) {
        const end = walk(s, i - 2);
        if (end > 0) {
          if (!inAddress(s, i - 2, end)) onMatch(i - 2, end, foundTerm, foundKind);
          from = end;
        }
      }
    }
    return ignorable;
  };

  // Text with ignorable chars inside (a soft hyphen in Chat\u00adGPT) is matched without them, in a
  // copy of the piece with a map back to the original offsets. The plain pass notices them (its matches
  // wait in `pending` until it is done); only such pieces pay for the copy.
  const pending: number[] = [];
  const hold: OnMatch = (start, end, term, kind) => {
    pending.push(start, end, term, kind);
  };
  const scan = (s: string, onMatch: OnMatch, startAt = 0, stopAt = s.length): void => {
    pending.length = 0;
    if (!scanPlain(s, hold, startAt, stopAt)) {
      for (let k = 0; k < pending.length; k += 4) {
        onMatch(
          pending[k] as number,
          pending[k + 1] as number,
          pending[k + 2] as number,
          pending[k + 3] as MatchKind,
        );
      }
      return;
    }
    const from = Math.max(0, startAt - 1);
    const to = Math.min(s.length, stopAt + LOOKAHEAD);
    const at: number[] = [];
    const kept: string[] = [];
    let startInCopy = -1;
    let stopInCopy = -1;
    for (let i = from; i < to; i++) {
      if (i === startAt) startInCopy = at.length;
      if (i === stopAt) stopInCopy = at.length;
      if (isIgnorable(s.charCodeAt(i))) continue;
      at.push(i);
      kept.push(s[i] as string);
    }
    if (startInCopy < 0) startInCopy = at.length;
    if (stopInCopy < 0) stopInCopy = at.length;
    const copy = kept.join('');
    // The copy ends early only when the text goes on: then no match near its end can be trusted, and
    // LOOKAHEAD keeps every match that starts before stopAt well inside it.
    scanPlain(
      copy,
      (start, end, term, kind) => onMatch(at[start] as number, (at[end - 1] as number) + 1, term, kind),
      startInCopy,
      stopInCopy,
    );
  };

  const scanJoined: Matcher['scanJoined'] = (s, onMatch, startAt, stopAt) => {
    joined = true;
    try {
      scan(s, onMatch, startAt, stopAt);
    } finally {
      joined = false;
    }
  };
  return { scan, scanJoined };
}

/** Far enough past a piece's end for any alias that starts inside it (the longest are ~50 chars). */
const LOOKAHEAD = 512;

const isAsciiAlnum = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
