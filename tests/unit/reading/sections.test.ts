import { describe, expect, test } from 'vitest';
import { currentSectionId, tocEntries } from '../../../src/reading/sections';

describe('tocEntries', () => {
  test('ten sections in the article’s order, no Q6, the summary last in each language', () => {
    expect(tocEntries('en').map((entry) => entry.label)).toEqual([
      'Q1',
      'Q2',
      'Q3',
      'Q4',
      'Q5',
      'Q7',
      'Q8',
      'Q9',
      'Q10',
      'Summary',
    ]);
    expect(tocEntries('zh-Hans').at(-1)?.label).toBe('总结');
    expect(tocEntries('zh-Hant').at(-1)?.label).toBe('總結');
  });

  test('titles are the questions’ first sentences in the language; the summary has none', () => {
    const zh = tocEntries('zh-Hans');
    expect(zh[0]?.title.startsWith('ChatGPT 最近非常火爆')).toBe(true);
    expect(tocEntries('en')[0]?.title.startsWith('ChatGPT has been extremely hot')).toBe(true);
    expect(zh.at(-1)?.title).toBe('');
  });
});

describe('currentSectionId', () => {
  const tops = [
    { id: 'q1', top: -500 },
    { id: 'q2', top: 40 },
    { id: 'q3', top: 700 },
  ];
  test('the last section whose top has passed the line', () => {
    expect(currentSectionId(tops, 100)).toBe('q2');
    expect(currentSectionId(tops, 30)).toBe('q1');
    expect(currentSectionId(tops, 800)).toBe('q3');
  });
  test('none before the first section; the last one at the bottom of the page', () => {
    expect(currentSectionId([{ id: 'q1', top: 300 }], 100)).toBeNull();
    expect(currentSectionId(tops, 100, true)).toBe('q3');
    expect(currentSectionId([], 100, true)).toBeNull();
  });
});
