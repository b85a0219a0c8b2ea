import { describe, expect, it } from 'vitest';
import { compileMatcherData } from '../../../src/article/build/compile-matcher';
import { toTraditional } from '../../../src/article/build/generate-hant';
import type { Alias, Term } from '../../../src/article/types';
import { createMatcher, type Match } from '../../../src/core/matcher';
import type { MatcherData } from '../../../src/core/matcher-data';
import { seededRandom as rng } from '../../support/seeded-random';

// The reference: the spec's rules, brute force over positions and aliases, written independently of
// the matcher (regular expressions for the character classes, no trie, no filter).
const WORD =
  /[A-Za-z0-9_\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\uff10-\uff19\uff21-\uff3a\uff3f\uff41-\uff5a]|[\u0300-\u036f]/;
/** Full-width ASCII reads as ASCII; soft hyphens and zero-width chars are not read at all. */
const narrow = (ch: string): string =>
  /[\uff01-\uff5e]/.test(ch) ? String.fromCharCode(ch.charCodeAt(0) - 0xfee0) : ch;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
/** In a URL, host or file name: a dot and a letter after; a dot after a word before; a path before. */
function inAddress(text: string, start: number, end: number): boolean {
  if (/^\.[A-Za-z0-9]/.test(text.slice(end))) return true;
  if (text[start - 1] === '.') return WORD.test(text[start - 2] ?? '');
  if (!/[/\-=?&]$/.test(text.slice(0, start))) return false;
  const token = (/[^ \t\n\v\f\r\u00a0\u2e80-\uffff("'<]*$/.exec(text.slice(0, start)) as RegExpExecArray)[0];
  return (
    token.includes('://') ||
    [...token.matchAll(/\./g)].some(
      (m) => WORD.test(token[m.index - 1] ?? '') && token.slice(m.index).includes('/'),
    )
  );
}
const SPACE = /[ \t\n\v\f\r\u00a0]/;
const isWord = (ch: string | undefined): boolean => ch !== undefined && WORD.test(ch);
const isSpace = (ch: string | undefined): boolean => ch !== undefined && SPACE.test(ch);
const lowerAscii = (ch: string): string => (/[A-Z]/.test(ch) ? ch.toLowerCase() : ch);

function referenceFindAll(data: MatcherData, original: string): Match[] {
  const at: number[] = [];
  let text = '';
  for (let i = 0; i < original.length; i++) {
    if (INVISIBLE.test(original[i] as string)) continue;
    at.push(i);
    text += original[i];
  }
  const forms = data.aliases.flatMap((rows, term) =>
    rows.map((row) =>
      typeof row === 'string'
        ? { term, alias: row, cs: false, suffixes: [] as string[] }
        : { term, alias: row[0], cs: row[1] === 1, suffixes: row.slice(2) as string[] },
    ),
  );
  const same = (a: string, b: string | undefined, cs: boolean): boolean =>
    b !== undefined && (a === narrow(b) || (!cs && lowerAscii(a) === lowerAscii(narrow(b))));
  const aliasEnd = (p: number, alias: string, cs: boolean): number => {
    let j = p;
    for (const a of alias.split('')) {
      if (a === ' ') {
        if (!isSpace(text[j])) return -1;
        while (isSpace(text[j])) j++;
      } else if (same(a, text[j], cs)) j++;
      else return -1;
    }
    return j;
  };
  const out: Match[] = [];
  let p = 0;
  while (p < text.length) {
    let best = -1;
    let bestTerm = -1;
    for (const { term, alias, cs, suffixes } of forms) {
      if (isWord(alias[0]) && isWord(text[p - 1])) continue;
      const j = aliasEnd(p, alias, cs);
      if (j < 0) continue;
      for (const ending of ['', ...suffixes]) {
        if (!ending.split('').every((ch, k) => same(ch, text[j + k], cs))) continue;
        const end = j + ending.length;
        const last = ending === '' ? alias[alias.length - 1] : ending[ending.length - 1];
        if (isWord(last) && isWord(text[end])) continue;
        if (end > best) {
          best = end;
          bestTerm = term;
        }
      }
    }
    if (best > p) {
      if (!inAddress(text, p, best)) {
        out.push({ start: at[p] as number, end: (at[best - 1] as number) + 1, term: bestTerm, ambiguous: 0 });
      }
      p = best;
    } else p++;
  }
  return out;
}

// Pieces that provoke every rule: near-identical aliases, case, spaces, suffix characters, Han
// characters that start aliases, letters that count as word characters and some that do not,
// surrogates (paired and lone) and combining marks.
const ALIAS_PIECES = [
  'a',
  'b',
  'A',
  'B',
  'ab',
  'AB',
  '1',
  '_',
  '-',
  ' ',
  "'",
  'é',
  'x',
  '大',
  '语',
  '模',
  '型',
  '生',
];
const TEXT_PIECES = [
  ...ALIAS_PIECES,
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u3000',
  '\u0301',
  'α',
  '😀',
  '\ud83d',
  '\ude00',
  '’',
  's',
  'S',
  '語',
  '，',
  'aaaa',
  'abab',
  // Read past (soft hyphen, zero-width space and joiner), read as ASCII (full width), and address parts.
  '\u00ad',
  '\u200b',
  '\u200d',
  'Ａ',
  'ｂ',
  '．',
  '.',
  '/',
  '://',
  '=',
];

function randomTerms(random: () => number): Term[] {
  const piece = (list: readonly string[]): string => list[Math.floor(random() * list.length)] as string;
  const count = 1 + Math.floor(random() * 6);
  return Array.from({ length: count }, (_, t): Term => {
    const aliases = Array.from({ length: 1 + Math.floor(random() * 3) }, (): Alias => {
      let text = '';
      const len = 1 + Math.floor(random() * 4);
      for (let k = 0; k < len; k++) text += piece(ALIAS_PIECES);
      const r = random();
      return {
        text,
        ...(r < 0.3 ? { caseSensitive: true } : {}),
        ...(random() < 0.3
          ? { suffixes: [random() < 0.5 ? 's' : "'s", ...(random() < 0.3 ? ['’s'] : [])] }
          : {}),
      };
    });
    return {
      id: `t${t}`,
      category: 'concept',
      label: { en: '', 'zh-Hans': '', 'zh-Hant': '' },
      gloss: { en: '', 'zh-Hans': '' },
      aliases: { en: aliases, 'zh-Hans': [] },
      excerpts: [],
      related: [],
    };
  });
}

function randomText(random: () => number, alphabet: readonly string[], maxPieces: number): string {
  let text = '';
  const len = Math.floor(random() * maxPieces);
  for (let k = 0; k < len; k++) {
    const r = random();
    text +=
      r < 0.1
        ? String.fromCharCode(Math.floor(random() * 0x10000))
        : alphabet[Math.floor(random() * alphabet.length)];
  }
  return text;
}

describe('matcher fuzz against a brute-force reference', () => {
  it('agrees on 2,000 random strings over random glossaries', () => {
    const random = rng(20230225);
    let glossaries = 0;
    let compared = 0;
    let matches = 0;
    while (compared < 2000) {
      let data: MatcherData;
      try {
        data = compileMatcherData(randomTerms(random), toTraditional);
      } catch {
        continue; // collisions and empty aliases are the compiler's business, tested elsewhere
      }
      glossaries++;
      const matcher = createMatcher(data);
      // Aliases as they may appear: as written, and with each space stretched to a run of white space.
      const aliasTexts = data.aliases
        .flat()
        .map((row) => (typeof row === 'string' ? row : row[0]))
        .flatMap((text) => [text, text.replace(/ /g, ' \t'), text.replace(/ /g, '\u00a0\n ')]);
      for (let k = 0; k < 20; k++) {
        const text = randomText(random, [...TEXT_PIECES, ...aliasTexts, ...aliasTexts], 40);
        const expected = referenceFindAll(data, text);
        const actual = matcher.findAll(text);
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          expect({ text, aliases: data.aliases, actual }).toEqual({
            text,
            aliases: data.aliases,
            actual: expected,
          });
        }
        compared++;
        matches += expected.length;
      }
    }
    expect(glossaries).toBeGreaterThan(50);
    expect(matches).toBeGreaterThan(1000);
  });

  it('agrees on random prose over a fixed glossary with shared prefixes', () => {
    const alias = (text: string, caseSensitive = false, suffixes: string[] = []): Alias => ({
      text,
      caseSensitive,
      suffixes,
    });
    const fixed: Term[] = [
      [
        'llm',
        [alias('LLM', true, ['s']), alias('large language model', false, ['s'])],
        ['大语言模型', '大型语言模型'],
      ],
      ['lm', [alias('language model')], ['语言模型']],
      ['google', [alias('Google')], ['谷歌']],
      ['bard', [alias('Google Bard')], []],
      ['gpt', [alias('GPT 3'), alias('GPT-3'), alias('GPT3'), alias('GPT', true, ['s'])], []],
      ['chatgpt', [alias('ChatGPT', false, ["'s", '’s'])], []],
      ['ai', [alias('AI', true)], ['人工智能', '生成式AI']],
      ['a', [alias('a b c')], ['大']],
    ].map(([id, en, zh]) => ({
      id: id as string,
      category: 'concept' as const,
      label: { en: '', 'zh-Hans': '', 'zh-Hant': '' },
      gloss: { en: '', 'zh-Hans': '' },
      aliases: { en: en as Alias[], 'zh-Hans': (zh as string[]).map((text) => ({ text })) },
      excerpts: [],
      related: [],
    }));
    const data = compileMatcherData(fixed, toTraditional);
    const matcher = createMatcher(data);
    const random = rng(7);
    const words = [...data.aliases.flat().map((r) => (typeof r === 'string' ? r : r[0])), ...TEXT_PIECES];
    for (let k = 0; k < 500; k++) {
      const text = randomText(random, words, 60);
      expect(matcher.findAll(text)).toEqual(referenceFindAll(data, text));
    }
  });
});

describe('matcher speed shape', () => {
  const data = compileMatcherData(
    [
      ['chatgpt', 'ChatGPT', '大语言模型'],
      ['gpt', 'GPT 3', '大型语言模型'],
    ].map(([id, en, zh]) => ({
      id: id as string,
      category: 'model' as const,
      label: { en: '', 'zh-Hans': '', 'zh-Hant': '' },
      gloss: { en: '', 'zh-Hans': '' },
      aliases: { en: [{ text: en as string }], 'zh-Hans': [{ text: zh as string }] },
      excerpts: [],
      related: [],
    })),
    toTraditional,
  );
  const matcher = createMatcher(data);
  const timeOf = (text: string): number => {
    let best = Infinity;
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      matcher.scan(text, () => {});
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };

  it.each([['ChatGP'], ['大语言模'], ['大型语言模'], ['GPT     '], ['GPT \n\t'], ['aaaa']])(
    'is linear on 1 MB of %j repeated',
    (unit) => {
      const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const small = big.slice(0, 50_000);
      timeOf(small); // warm up
      const ratio = timeOf(big) / Math.max(timeOf(small), 0.05);
      // 20× the text: linear gives ~20, quadratic ~400; the wide margin keeps a loaded machine from failing it.
      expect(ratio).toBeLessThan(120);
      expect(matcher.findAll(big)).toEqual([]);
    },
  );

  it('finds every match in 1 MB of matches', () => {
    const big = 'ChatGPT 大语言模型 '.repeat(70_000);
    expect(matcher.findAll(big)).toHaveLength(140_000);
  });
});
