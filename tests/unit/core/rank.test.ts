// Context-aware excerpt ranking: a table of page contexts in English and Chinese and the passage each must open on.
import { describe, expect, test } from 'vitest';
import { sectionOf } from '../../../src/article/article';
import { matcherData } from '../../../src/article/generated/matcher-data';
import { glossary } from '../../../src/article/glossary';
import { createMatcher } from '../../../src/core/matcher';
import { rankExcerpts } from '../../../src/core/rank';
import { termById } from '../../../src/ui/glossary-index';

/** The content world's matcher (with the topic cues, as the scanner has it), which the card is handed. */
const pageMatcher = createMatcher(matcherData, { cues: true });

/**
 * Ranks as the card does: the context's nearby terms are what the scanner found in the text (the page
 * matcher's terms other than the hovered one), plus any `more` found elsewhere in the run.
 */
const first = (termId: string, blockText: string, more: string[] = []) => {
  const term = termById(termId);
  if (!term) throw new Error(`no term ${termId}`);
  const found = pageMatcher.findAll(blockText).map((match) => pageMatcher.termIds[match.term] as string);
  const nearbyTermIds = [...new Set([...found, ...more])].filter((id) => id !== termId);
  return rankExcerpts(term, { blockText, nearbyTermIds }, pageMatcher);
};
/** "A1", "A4", "Q4", "sum": the section the leading excerpt comes from, as the issue names passages. */
const leadSection = (ranked: ReturnType<typeof first>): string => {
  const id = ranked[0]?.excerpt.sentences[0] ?? '';
  return id.split('.')[0]?.toUpperCase() ?? '';
};

describe('rankExcerpts: the passage that fits the page', () => {
  test.each([
    // English pages
    [
      'chatgpt',
      'Microsoft wants to put ChatGPT into its search engine, replacing ten blue links with answers.',
      ['search-engine'],
      ['A1'],
    ],
    ['chatgpt', 'Bing and Google race to build ChatGPT into search.', ['bing', 'google'], ['A1']],
    ['chatgpt', 'Running ChatGPT costs millions of dollars a month in GPUs.', ['gpu'], ['A4', 'A9']],
    [
      'chatgpt',
      'Who pays for ChatGPT? Every answer has a cost, and the cost keeps rising.',
      [],
      ['A4', 'A9'],
    ],
    [
      'chatgpt',
      'ChatGPT is a probabilistic model, so its answers are likely but not always correct.',
      [],
      ['A7'],
    ],
    ['chatgpt', 'ChatGPT is not open source; only the InstructGPT paper describes it.', [], ['A5']],
    ['rlhf', 'With RLHF, people rank answers and a reward model learns their preferences.', [], ['A2']],
    ['rlhf', 'RLHF and emergent abilities of the LLM made it feel human.', [], ['SUM']],
    ['search-engine', 'Search engines make their money from advertisers: ads pay the cost.', [], ['A4']],
    ['gpu', 'Inference needs several GPUs working together to keep latency low.', [], ['A4']],
    // Chinese pages (Simplified and Traditional)
    ['chatgpt', '微软要把 ChatGPT 接入搜索引擎,用对话取代关键词搜索。', ['search-engine'], ['A1']],
    ['chatgpt', '微軟要把 ChatGPT 接入搜尋引擎,用對話取代關鍵字搜尋。', [], ['A1']],
    ['chatgpt', 'ChatGPT 每次回答的成本都不低,要用大量 GPU 来推理。', ['gpu'], ['A4', 'A9']],
    ['chatgpt', '运行 ChatGPT 的成本有多高?', [], ['A4', 'A9']],
    ['rlhf', 'RLHF 先训练一个奖励模型,再用强化学习微调。', ['reward-model'], ['A2']],
    ['rlhf', 'RLHF 先訓練一個獎勵模型,再用強化學習微調。', [], ['A2']],
    ['chatgpt', 'ChatGPT 本质上是一个概率模型,答案不一定正确。', [], ['A7']],
  ])('%s in “%s” (nearby %j) opens on %j', (termId, text, nearby, expected) => {
    expect(expected).toContain(leadSection(first(termId, text, nearby)));
  });

  test('ChatGPT near cost leads with a passage borrowed from a related term and says which', () => {
    const ranked = first('chatgpt', 'Running ChatGPT costs millions of dollars a month in GPUs.', ['gpu']);
    expect(ranked[0]?.via).not.toBeNull();
    expect(ranked.slice(1).every((r) => r.via === null)).toBe(true);
    expect(ranked).toHaveLength((termById('chatgpt')?.excerpts.length ?? 0) + 1);
  });

  test('a context with nothing to go on keeps the data author’s order, and borrows nothing', () => {
    for (const term of glossary) {
      const ranked = rankExcerpts(term, { blockText: 'Lorem ipsum dolor sit amet.', nearbyTermIds: [] });
      expect(ranked.map((r) => r.excerpt)).toEqual(term.excerpts);
    }
  });

  test('ties keep the data order', () => {
    const term = termById('chatgpt');
    if (!term) throw new Error('no chatgpt');
    const ranked = rankExcerpts(term, { blockText: 'ChatGPT ChatGPT', nearbyTermIds: [] });
    expect(ranked.map((r) => r.excerpt)).toEqual(term.excerpts);
  });

  test('every own excerpt stays in the list exactly once, whatever the context', () => {
    const contexts = ['cost GPU 成本', 'search engine 搜索引擎', 'reward model 奖励模型 RLHF', ''];
    for (const term of glossary) {
      for (const blockText of contexts) {
        const own = rankExcerpts(term, { blockText, nearbyTermIds: [] }).filter((r) => r.via === null);
        expect(new Set(own.map((r) => r.excerpt))).toEqual(new Set(term.excerpts));
      }
    }
  });

  test('the nearby terms are the ones given: ranking finds none of its own in the text', () => {
    const term = termById('chatgpt');
    if (!term) throw new Error('no chatgpt');
    const blockText = 'Running ChatGPT costs millions of dollars a month in GPUs.';
    const score = (nearbyTermIds: string[]) =>
      rankExcerpts(term, { blockText, nearbyTermIds }, pageMatcher).map((r) => r.score);
    // The text names GPUs; only the list says it does.
    expect(score([])).not.toEqual(score(['gpu']));
    expect(score(['gpu'])).toEqual(first('chatgpt', blockText).map((r) => r.score));
  });

  test('the page’s matcher (with topic cues) ranks as the pages’ own matcher does', () => {
    const contexts = [
      'Running ChatGPT costs millions of dollars a month in GPUs, a neural network and AI.',
      '微软要把 ChatGPT 接入搜索引擎,人工智能与语言模型。',
      'RLHF fine-tuning of a language model with deep learning.',
    ];
    for (const term of glossary) {
      for (const blockText of contexts) {
        const context = { blockText, nearbyTermIds: ['gpu', 'search-engine', 'reward-model'] };
        expect(rankExcerpts(term, context, pageMatcher)).toEqual(rankExcerpts(term, context));
      }
    }
  });

  test('ranks quickly enough for a hover (a 4000-character block)', () => {
    const term = termById('chatgpt');
    if (!term) throw new Error('no chatgpt');
    const blockText = 'ChatGPT and the search engine, the cost of GPUs, 搜索引擎与成本。'.repeat(80);
    rankExcerpts(term, { blockText, nearbyTermIds: [] }, pageMatcher);
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      const start = performance.now();
      rankExcerpts(term, { blockText, nearbyTermIds: ['gpu', 'search-engine'] }, pageMatcher);
      times.push(performance.now() - start);
    }
    // The median, so a busy machine's hiccup does not fail it; a few ms is typical.
    expect(times.sort((a, b) => a - b)[10]).toBeLessThan(30);
  });
});

describe('the glossary excerpts', () => {
  test('sentence ids resolve to a section (for the question line and Read in context)', () => {
    for (const term of glossary)
      for (const e of term.excerpts) expect(sectionOf(e.sentences[0] ?? '')).toBeDefined();
  });
});
