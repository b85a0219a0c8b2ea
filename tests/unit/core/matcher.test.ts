import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileMatcherData, generate } from '../../../src/article/build/compile-matcher';
import { toTraditional } from '../../../src/article/build/generate-hant';
import type { Alias, Term } from '../../../src/article/types';
import { createMatcher } from '../../../src/core/matcher';
import { isWordChar, WORD_RANGES } from '../../../src/core/matcher-data';

type AliasSpec = string | Alias;

function term(id: string, en: AliasSpec[], zhHans: AliasSpec[] = [], zhHant: AliasSpec[] = []): Term {
  const alias = (a: AliasSpec): Alias => (typeof a === 'string' ? { text: a } : a);
  return {
    id,
    category: 'concept',
    label: { en: id, 'zh-Hans': id, 'zh-Hant': id },
    gloss: { en: '', 'zh-Hans': '' },
    aliases: { en: en.map(alias), 'zh-Hans': zhHans.map(alias), 'zh-Hant': zhHant.map(alias) },
    excerpts: [],
    related: [],
  };
}

const terms: Term[] = [
  term(
    'rag',
    [{ text: 'RAG', caseSensitive: true, suffixes: ['s'] }, 'retrieval-augmented generation'],
    ['检索增强生成'],
  ),
  term(
    'llm',
    [
      { text: 'LLM', caseSensitive: true, suffixes: ['s'] },
      { text: 'large language model', suffixes: ['s'] },
    ],
    ['大语言模型', '大型语言模型'],
  ),
  term('lm', [{ text: 'language model', suffixes: ['s'] }], ['语言模型']),
  term('llama', [{ text: 'LLaMA', caseSensitive: true }]),
  term('chatgpt', [{ text: 'ChatGPT', suffixes: ["'s", '’s'] }]),
  term('a100', [{ text: 'A100', caseSensitive: true }]),
  term('gpt-3', ['GPT-3', 'GPT 3', 'GPT3']),
  term('google', ['Google'], ['谷歌']),
  term('bard', ['Google Bard', 'Bard']),
  term('genai', ['generative AI'], ['生成式AI', '生成式 AI', '生成式人工智能']),
  term('ai', [{ text: 'AI', caseSensitive: true }], ['人工智能']),
  term('stable-diffusion', ['Stable Diffusion']),
  term('training', ['training'], ['训练']),
  term('q-learning', ['Q learning']),
  term('gpu', [{ text: 'GPU', caseSensitive: true, suffixes: ['s'] }], ['显卡'], ['顯示卡']),
];

const data = compileMatcherData(terms, toTraditional);
const matcher = createMatcher(data);

/** The matches as [matched text, term id] pairs. */
const found = (text: string): [string, string][] =>
  matcher.findAll(text).map((m) => [text.slice(m.start, m.end), data.termIds[m.term] as string]);

const cases: [text: string, expected: [string, string][]][] = [
  // Acronyms: case, boundaries, suffixes.
  ['RAG works', [['RAG', 'rag']]],
  ['Use RAGs.', [['RAGs', 'rag']]],
  ['rag doll', []],
  ['Rag', []],
  ['drag', []],
  ['paragraph', []],
  ['RAGRAG', []],
  ['RAG_x', []],
  ['(RAG)', [['RAG', 'rag']]],
  [
    'LLMs and LLaMA',
    [
      ['LLMs', 'llm'],
      ['LLaMA', 'llama'],
    ],
  ],
  ['llm', []],
  ['LLMss', []],
  ['llama wool', []],
  ["ChatGPT's answer", [["ChatGPT's", 'chatgpt']]],
  ['ChatGPT’s answer', [['ChatGPT’s', 'chatgpt']]],
  ["ChatGPT'", [['ChatGPT', 'chatgpt']]],
  ["ChatGPT'sx", [['ChatGPT', 'chatgpt']]],
  ['chatgpt', [['chatgpt', 'chatgpt']]],
  ['CHATGPT!', [['CHATGPT', 'chatgpt']]],
  ['ChatGPT4', []],
  ['自从ChatGPT火了', [['ChatGPT', 'chatgpt']]],
  [
    'A100显卡',
    [
      ['A100', 'a100'],
      ['显卡', 'gpu'],
    ],
  ],
  ['A1000', []],
  ['XA100', []],
  ['a100', []],
  // White space in aliases, hyphens.
  ['GPT-3', [['GPT-3', 'gpt-3']]],
  ['GPT3', [['GPT3', 'gpt-3']]],
  ['GPT 3', [['GPT 3', 'gpt-3']]],
  ['GPT\n3', [['GPT\n3', 'gpt-3']]],
  ['GPT \t\r\n 3', [['GPT \t\r\n 3', 'gpt-3']]],
  ['GPT\u00a03', [['GPT\u00a03', 'gpt-3']]],
  ['GPT-30', []],
  ['deep Q  learning', [['Q  learning', 'q-learning']]],
  ['Q\n\nlearning', [['Q\n\nlearning', 'q-learning']]],
  ['Qlearning', []],
  ['GPT 30', []],
  ['GPT\u30003', []],
  ['Stable\nDiffusion', [['Stable\nDiffusion', 'stable-diffusion']]],
  ['large  language\nmodels', [['large  language\nmodels', 'llm']]],
  // Leftmost-longest, no overlaps.
  ['Google Bard is new', [['Google Bard', 'bard']]],
  ['Google Search', [['Google', 'google']]],
  ['Google Bar', [['Google', 'google']]],
  ['Google  Bard', [['Google  Bard', 'bard']]],
  ['a large language model', [['large language model', 'llm']]],
  ['a language model', [['language model', 'lm']]],
  ['大语言模型', [['大语言模型', 'llm']]],
  ['语言模型', [['语言模型', 'lm']]],
  ['大型语言模型', [['大型语言模型', 'llm']]],
  ['大型語言模型', [['大型語言模型', 'llm']]],
  ['大語言模型', [['大語言模型', 'llm']]],
  ['大语言模', []],
  // Chinese, both scripts, no boundaries.
  ['检索增强生成', [['检索增强生成', 'rag']]],
  ['用檢索增強生成的', [['檢索增強生成', 'rag']]],
  ['生成式AI', [['生成式AI', 'genai']]],
  ['生成式 AI', [['生成式 AI', 'genai']]],
  ['生成式AIGC', []],
  ['生成式人工智能', [['生成式人工智能', 'genai']]],
  [
    '人工智能和训练',
    [
      ['人工智能', 'ai'],
      ['训练', 'training'],
    ],
  ],
  [
    '顯示卡與显卡',
    [
      ['顯示卡', 'gpu'],
      ['显卡', 'gpu'],
    ],
  ],
  ['顯卡', []], // opencc's Taiwan phrasing turns 显卡 into 顯示卡
  ['谷歌', [['谷歌', 'google']]],
  // Characters around aliases.
  ['éRAG', []],
  ['RAGé', []],
  ['RAG\u0301', []],
  ['αRAG β', [['RAG', 'rag']]],
  ['😀RAG😀', [['RAG', 'rag']]],
  ['\ud83dRAG\ude00', [['RAG', 'rag']]],
  ['😀训练😀', [['训练', 'training']]],
  ['RAG', [['RAG', 'rag']]],
  ['训练', [['训练', 'training']]],
  ['AI', [['AI', 'ai']]],
  ['', []],
  ['x', []],
];

describe('matcher', () => {
  it.each(cases)('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports offsets and term indexes', () => {
    expect(matcher.findAll('😀 RAG, 训练')).toEqual([
      { start: 3, end: 6, term: data.termIds.indexOf('rag'), ambiguous: 0 },
      { start: 8, end: 10, term: data.termIds.indexOf('training'), ambiguous: 0 },
    ]);
  });

  it('scan reports the same matches as findAll', () => {
    const text = 'LLMs, 大型語言模型 and Google Bard: 生成式 AI on A100显卡.';
    const seen: { start: number; end: number; term: number; ambiguous: 0 | 1 }[] = [];
    matcher.scan(text, (start, end, t, ambiguous) => {
      seen.push({ start, end, term: t, ambiguous: ambiguous === 1 ? 1 : 0 });
    });
    expect(seen).toEqual(matcher.findAll(text));
    expect(seen).toHaveLength(6);
  });

  it('exposes term ids and categories', () => {
    expect(matcher.termIds).toEqual(terms.map((t) => t.id));
    expect(matcher.categories).toEqual(terms.map((t) => t.category));
  });

  it('treats exactly the documented characters as word characters', () => {
    for (let c = 0; c < 0x10000; c++) {
      const inRanges = WORD_RANGES.some(([from, to]) => c >= from && c <= to);
      if (inRanges !== isWordChar(c)) throw new Error(`U+${c.toString(16)}`);
    }
    expect(isWordChar(0xd7)).toBe(false);
    expect(isWordChar(0x3b1)).toBe(false); // Greek
    expect(isWordChar(0x4e00)).toBe(false);
  });
});

describe('compileMatcherData', () => {
  it('adds Traditional aliases and deduplicates per term', () => {
    const d = compileMatcherData([term('x', ['Foo', 'Foo'], ['语言', '台湾'], ['語言'])], toTraditional);
    expect(d.aliases[0]).toEqual(['Foo', '语言', '台湾', '語言', '臺灣']);
  });

  it('normalizes white space and keeps flags and suffixes', () => {
    const d = compileMatcherData(
      [term('x', [{ text: ' GPT \t 3 ', caseSensitive: true, suffixes: ['s'] }])],
      toTraditional,
    );
    expect(d.aliases[0]).toEqual([['GPT 3', 1, 's']]);
  });

  it('fails on two terms with the same alias', () => {
    expect(() => compileMatcherData([term('a', ['Bard']), term('b', ['bard'])], toTraditional)).toThrow(
      /collision on "bard".*term a.*term b/,
    );
  });

  it('fails when a Traditional conversion collides with another term', () => {
    expect(() =>
      compileMatcherData([term('a', [], ['发展']), term('b', [], [], ['發展'])], toTraditional),
    ).toThrow(/collision on "發展".*term a \(zh-Hant \(from zh-Hans "发展"\).*term b \(zh-Hant/);
  });

  it('fails when an alias with a suffix equals another term', () => {
    expect(() =>
      compileMatcherData([term('a', [{ text: 'LLM', suffixes: ['s'] }]), term('b', ['LLMs'])], toTraditional),
    ).toThrow(/collision/);
  });

  it('allows case-sensitive aliases that differ in case', () => {
    const d = compileMatcherData(
      [term('a', [{ text: 'MoE', caseSensitive: true }]), term('b', [{ text: 'MOE', caseSensitive: true }])],
      toTraditional,
    );
    const m = createMatcher(d);
    expect(m.findAll('MoE MOE moe').map((x) => x.term)).toEqual([0, 1]);
  });

  it('rejects empty aliases and empty suffixes', () => {
    expect(() => compileMatcherData([term('a', [' '])], toTraditional)).toThrow(/empty/);
    expect(() => compileMatcherData([term('a', [{ text: 'X', suffixes: [''] }])], toTraditional)).toThrow(
      /suffix/,
    );
  });
});

const hasGlossary = existsSync(
  join(dirname(fileURLToPath(import.meta.url)), '../../../src/article/glossary.ts'),
);

describe.skipIf(!hasGlossary)('the real glossary', () => {
  it('compiles, and every alias matches itself as a whole string', async () => {
    const { glossary } = (await import('../../../src/article/glossary')) as { glossary: readonly Term[] };
    const real = compileMatcherData(glossary, toTraditional);
    const m = createMatcher(real);
    const hanNeighbour = new Set(
      (real.rules ?? [])
        .filter(([, , , , han]) => han === 1)
        .flatMap(([t, rows]) => [...Array(31).keys()].filter((r) => rows & (1 << r)).map((r) => `${t}:${r}`)),
    );
    real.aliases.forEach((rows, t) => {
      rows.forEach((row, r) => {
        const text = typeof row === 'string' ? row : row[0];
        // An alias that needs a Han neighbour is tried in Chinese text.
        const before = hanNeighbour.has(`${t}:${r}`) ? '最近' : '';
        expect(
          m.findAll(before + text).map(({ start, end, term }) => ({ start, end, term })),
          `${real.termIds[t]}: ${text}`,
        ).toEqual([{ start: before.length, end: before.length + text.length, term: t }]);
      });
    });
    glossary.forEach((g, t) => {
      for (const negative of g.negatives ?? []) {
        expect(
          m.findAll(negative).map((x) => x.term),
          `${g.id} in "${negative}"`,
        ).not.toContain(t);
      }
    });
  });

  it('generate() is deterministic and marked as generated', async () => {
    const a = await generate();
    const b = await generate();
    expect(Object.keys(a)).toEqual(['first-look.ts', 'matcher-data.ts']);
    expect(a).toEqual(b);
    for (const source of Object.values(a)) {
      expect(source.startsWith('// Generated by npm run gen; do not edit.')).toBe(true);
    }
  });
});
