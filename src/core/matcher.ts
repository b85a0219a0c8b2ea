// Finds every glossary term in a string in one left-to-right pass; the eager content script runs it on each page.
import type { Category } from '../article/types';
import { isSpaceChar, isWordChar, type MatcherData, SPACES, WORD_RANGES } from './matcher-data';

/** `term` indexes `termIds` and `categories`. `end` is exclusive and includes any suffix. */
export interface Match {
  start: number;
  end: number;
  term: number;
}

export interface Matcher {
  readonly termIds: readonly string[];
  readonly categories: readonly Category[];
  findAll(text: string): Match[];
  /**
   * Same matches as findAll, without allocating; for the hot path. With `startAt`/`stopAt`, only the
   * matches that start in [startAt, stopAt), exactly as one pass over the whole text finds them when it
   * reaches startAt with no match running: a long text can be matched in pieces.
   */
  scan(
    text: string,
    onMatch: (start: number, end: number, term: number) => void,
    startAt?: number,
    stopAt?: number,
  ): void;
}

const fold = (c: number): number => (c >= 0x41 && c <= 0x5a ? c | 0x20 : c);

/** Most frequent first, so the filter tells these apart and lumps the rare ones together. */
const LETTER_FREQUENCY = 'etaoinshrdlcumwfgypbvkjxqz';

const CASE_SENSITIVE = 1;
const RIGHT_BOUNDARY = 2;
const HAS_SUFFIXES = 4;

export function createMatcher(data: MatcherData): Matcher {
  // The aliases ("entries"), then a trie over their ASCII-folded text. Case-sensitive aliases share it
  // and are checked against their exact text once their key matched.
  const entTerm: number[] = [];
  const entFlags: number[] = [];
  const entText: string[] = [];
  const entKey: string[] = [];
  const entSuffixes: (readonly string[])[] = [];
  let totalChars = 0;
  data.aliases.forEach((rows, term) => {
    for (const row of rows) {
      const text = typeof row === 'string' ? row : row[0];
      if (text.length === 0) continue;
      const suffixes = typeof row === 'string' ? [] : (row.slice(2) as string[]).filter((x) => x !== '');
      entTerm.push(term);
      entFlags.push(
        (typeof row !== 'string' && row[1] === 1 ? CASE_SENSITIVE : 0) |
          (isWordChar(text.charCodeAt(text.length - 1)) ? RIGHT_BOUNDARY : 0) |
          (suffixes.length > 0 ? HAS_SUFFIXES : 0),
      );
      entText.push(text);
      entKey.push(text.replace(/[A-Z]/g, (c) => c.toLowerCase()));
      entSuffixes.push(suffixes);
      totalChars += text.length;
    }
  });

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
    const v = ((w === 1 ? Math.min(k, 14) + 1 : 1 + (k % 15)) << 1) | w;
    for (const c of key === 0x20 ? SPACES : key >= 0x61 && key <= 0x7a ? [key, key ^ 0x20] : [key])
      cls[c] = v;
  }
  const tri = new Uint8Array(0x10000);
  const any = Array.from({ length: 32 }, (_, v) => v);
  for (const [k2 = 0, k1, k0] of prefixes) {
    const v2 = cls[k2] as number;
    // A space in an alias stands for a run, so the text may have a second space where the alias goes on.
    const v1s = k1 === undefined ? any : [cls[k1] as number];
    const v0s = k0 === undefined || k1 === 0x20 ? any : [cls[k0] as number];
    for (const w3 of (v2 & 1) === 1 ? [0] : [0, 1]) {
      for (const v1 of v1s) for (const v0 of v0s) tri[(w3 << 15) | (v2 << 10) | (v1 << 5) | v0] = 1;
    }
  }

  // Set by walk() alongside its return value, so the hot path needs no result object.
  let foundTerm = -1;

  const isWordAt = (s: string, i: number): boolean =>
    i < s.length && ((cls[s.charCodeAt(i)] as number) & 1) === 1;

  const exactAt = (s: string, start: number, alias: string): number => {
    let j = start;
    for (let k = 0; k < alias.length; k++) {
      const a = alias.charCodeAt(k);
      if (a === 0x20) {
        while (j < s.length && isSpaceChar(s.charCodeAt(j))) j++;
      } else if (s.charCodeAt(j++) !== a) return -1;
    }
    return j;
  };

  const suffixAt = (s: string, j: number, suffix: string, caseSensitive: boolean): boolean => {
    if (j + suffix.length > s.length) return false;
    for (let k = 0; k < suffix.length; k++) {
      const a = suffix.charCodeAt(k);
      const c = s.charCodeAt(j + k);
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
      if (j >= best && !((flags & RIGHT_BOUNDARY) !== 0 && isWordAt(s, j))) {
        best = j;
        foundTerm = ent.term[k] as number;
      }
      if ((flags & HAS_SUFFIXES) === 0) continue;
      const suffixes = entSuffixes[k] as readonly string[];
      for (let x = 0; x < suffixes.length; x++) {
        const suffix = suffixes[x] as string;
        const end = j + suffix.length;
        if (
          end >= best &&
          suffixAt(s, j, suffix, (flags & CASE_SENSITIVE) !== 0) &&
          !(isWordChar(suffix.charCodeAt(suffix.length - 1)) && isWordAt(s, end))
        ) {
          best = end;
          foundTerm = ent.term[k] as number;
        }
      }
    }
    return best;
  };

  // Longest match starting at `start`, or -1. Aliases are at least one char, so the root accepts none.
  const walk = (s: string, start: number): number => {
    const cls_ = cls;
    if (
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

  const scan = (
    s: string,
    onMatch: (start: number, end: number, term: number) => void,
    startAt = 0,
    stopAt = s.length,
  ): void => {
    // Locals, not captured variables: V8 then keeps the tables' base pointers in registers.
    const cls_ = cls;
    const tri_ = tri;
    const n = s.length;
    // Matches never overlap: a candidate that starts before `from` is inside the last match.
    let from = startAt;
    let h = 0;
    // From one char before startAt, so that the first candidates see their left neighbour as in one pass.
    const last = Math.min(n, stopAt + 2);
    for (let i = Math.max(0, startAt - 1); i < last; i++) {
      h = (h << 5) | (cls_[s.charCodeAt(i)] as number);
      if (tri_[h & 0xffff] !== 0 && i - 2 >= from && i - 2 < stopAt) {
        const end = walk(s, i - 2);
        if (end > 0) {
          onMatch(i - 2, end, foundTerm);
          from = end;
        }
      }
    }
    // Two steps past the end, as if non-word chars followed, for aliases of one or two chars there.
    if (last < n) return;
    for (let i = n; i < n + 2; i++) {
      h <<= 5;
      if (tri[h & 0xffff] !== 0 && i - 2 >= from && i - 2 < stopAt && i >= 2) {
        const end = walk(s, i - 2);
        if (end > 0) {
          onMatch(i - 2, end, foundTerm);
          from = end;
        }
      }
    }
  };

  return {
    termIds: data.termIds,
    categories: data.categories,
    scan,
    findAll(text) {
      const out: Match[] = [];
      scan(text, (start, end, term) => {
        out.push({ start, end, term });
      });
      return out;
    },
  };
}
