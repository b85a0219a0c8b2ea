import { describe, expect, test } from 'vitest';
import { allTextIds, sentenceText } from '../../../src/article/article';
import type { Lang } from '../../../src/article/types';
import { findInText, foldForSearch, stepIndex } from '../../../src/reading/search';
import { typeset } from '../../../src/ui/typeset';

/** Every hit of a query over the whole article as the reader shows it. */
function searchArticle(query: string, lang: Lang): string[] {
  const hits: string[] = [];
  for (const id of allTextIds()) {
    const text = typeset(sentenceText(id, lang), lang);
    for (const [start, end] of findInText(text, query, lang)) hits.push(`${id}:${text.slice(start, end)}`);
  }
  return hits;
}

describe('findInText', () => {
  test('English: case-insensitive, curly and straight apostrophes alike', () => {
    const text = 'Today’s search engine. SEARCH engines too.';
    expect(findInText(text, 'search engine', 'en')).toEqual([
      [8, 21],
      [23, 36],
    ]);
    expect(findInText(text, "today's", 'en')).toEqual([[0, 7]]);
  });

  test('English: runs of white space match one space', () => {
    expect(findInText('large\n   model', 'large model', 'en')).toEqual([[0, 14]]);
  });

  test('Chinese: spaces are ignored on both sides, full- and half-width punctuation alike', () => {
    const text = '而 ChatGPT 的出现，让大家';
    expect(findInText(text, 'ChatGPT的出现', 'zh-Hans')).toEqual([[2, 13]]);
    expect(findInText(text, 'chatgpt 的', 'zh-Hans')).toEqual([[2, 11]]);
    expect(findInText(text, '出现,让', 'zh-Hans')).toEqual([[11, 15]]);
  });

  test('hits do not overlap; an empty or blank query finds nothing', () => {
    expect(findInText('aaaa', 'aa', 'en')).toEqual([
      [0, 2],
      [2, 4],
    ]);
    expect(findInText('abc', '', 'en')).toEqual([]);
    expect(findInText('abc', '   ', 'en')).toEqual([]);
  });

  test('offsets point into the original text', () => {
    const folded = foldForSearch('A  b', false);
    expect(folded.text).toBe('a b');
    expect(folded.map).toEqual([0, 1, 3]);
  });
});

describe('over the article, in each language', () => {
  test('a known phrase is found where it is', () => {
    expect(searchArticle('禁止性的代差', 'zh-Hans')).toEqual(['a9.p1.s1:禁止性的代差']);
    expect(searchArticle('禁止性的代差', 'zh-Hant')).toEqual(['a9.p1.s1:禁止性的代差']);
    expect(searchArticle('記憶體牆', 'zh-Hant')).toHaveLength(1);
    expect(searchArticle('prohibitive generational gap', 'en')).toEqual([
      'a9.p1.s1:prohibitive generational gap',
    ]);
  });

  test('nonsense finds nothing in any language', () => {
    for (const lang of ['zh-Hans', 'zh-Hant', 'en'] as const)
      expect(searchArticle('xyzzy 无此词', lang)).toEqual([]);
  });

  test('a Latin term inside Chinese text is found in every script', () => {
    const counts = (['zh-Hans', 'zh-Hant', 'en'] as const).map(
      (lang) => searchArticle('chatgpt', lang).length,
    );
    for (const count of counts) expect(count).toBeGreaterThan(5);
  });
});

describe('stepIndex', () => {
  test('wraps forwards and backwards; starts at either end', () => {
    expect(stepIndex(-1, 3, 1)).toBe(0);
    expect(stepIndex(-1, 3, -1)).toBe(2);
    expect(stepIndex(2, 3, 1)).toBe(0);
    expect(stepIndex(0, 3, -1)).toBe(2);
    expect(stepIndex(0, 0, 1)).toBe(-1);
  });
});
