// Finds a query in one sentence's text: case-, width- and quote-insensitive; in Chinese text white space
// is ignored (the original spaces Latin words apart from Han: "ChatGPT 最近" is found as "ChatGPT最近").
// Offsets point into the text as given, so the caller can build DOM ranges from them.

export interface Folded {
  /** The folded text. */
  readonly text: string;
  /** For each unit of `text`, the index of the unit of the original it came from. */
  readonly map: readonly number[];
}

const QUOTES: Readonly<Record<string, string>> = {
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '「': '"',
  '」': '"',
  '—': '-',
  '–': '-',
};

function foldChar(ch: string): string {
  const quote = QUOTES[ch];
  if (quote !== undefined) return quote;
  // NFKC turns full-width forms into ASCII (，→ , Ａ → A); keep the character when it would change length.
  const nfkc = ch.normalize('NFKC');
  return (nfkc.length === 1 ? nfkc : ch).toLowerCase();
}

const SPACE = /\s/;

/** The text folded for matching. `chinese` drops white space; otherwise runs of it become one space. */
export function foldForSearch(text: string, chinese: boolean): Folded {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (SPACE.test(ch)) {
      if (chinese || out.endsWith(' ') || out.length === 0) continue;
      out += ' ';
      map.push(i);
      continue;
    }
    const folded = foldChar(ch);
    // toLowerCase can lengthen a few characters (İ); keep offsets aligned by falling back to the original.
    const unit = folded.length === 1 ? folded : ch;
    out += unit;
    map.push(i);
  }
  return { text: out, map };
}

/** The query as it is matched against text in one script; empty when there is nothing to look for. */
export function prepareQuery(query: string, chinese: boolean): string {
  return foldForSearch(query, chinese).text.trim();
}

/** Every non-overlapping occurrence of `query` in `text`, as [start, end) offsets into `text`. */
export function findInText(text: string, query: string, lang: string): Array<[number, number]> {
  const chinese = lang.startsWith('zh');
  const needle = prepareQuery(query, chinese);
  if (needle.length === 0) return [];
  const folded = foldForSearch(text, chinese);
  const hits: Array<[number, number]> = [];
  let from = 0;
  for (;;) {
    const at = folded.text.indexOf(needle, from);
    if (at < 0) break;
    const start = folded.map[at] as number;
    const end = (folded.map[at + needle.length - 1] as number) + 1;
    hits.push([start, end]);
    from = at + needle.length;
  }
  return hits;
}

/** The next hit index when stepping forward (1) or back (-1) through `count` hits, wrapping around. */
export function stepIndex(current: number, count: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}
