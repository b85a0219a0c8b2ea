// The topic rule: where ambiguous aliases may be marked, what is held until evidence comes, and why.
import { describe, expect, it } from 'vitest';
import { TopicEvidence } from '../../../src/content/topic';

const IDS = ['llm', 'npc', 'corpus', 'google', 'chatgpt', 'rlhf'];
const [LLM, NPC, CORPUS, GOOGLE, CHATGPT, RLHF] = [0, 1, 2, 3, 4, 5] as const;

const block = () => document.createElement('p');

/** Sees the matches, holds each ambiguous one that has no reason yet; returns what was marked directly. */
function scan(topic: TopicEvidence<string>, where: Element, matches: [number, boolean, string][]): string[] {
  for (const [term, ambiguous] of matches) topic.see(where, term as number, ambiguous);
  const direct: string[] = [];
  for (const [, ambiguous, label] of matches) {
    if (!ambiguous) continue;
    if (topic.reason(where)) direct.push(label);
    else topic.hold(where, label);
  }
  return direct;
}

describe('TopicEvidence', () => {
  it('marks nothing ambiguous on a page without evidence: the law school and the constitution', () => {
    const topic = new TopicEvidence<string>(IDS);
    const a = block();
    const b = block();
    expect(scan(topic, a, [[LLM, true, 'LLM 1']])).toEqual([]);
    expect(
      scan(topic, b, [
        [NPC, true, 'NPC 1'],
        [NPC, true, 'NPC 2'],
        [CORPUS, true, 'corpus'],
      ]),
    ).toEqual([]);
    expect(topic.takeReleased()).toEqual([]);
    expect(topic.reason(a)).toBeNull();
  });

  it('an unambiguous term marks the ambiguous ones of its block, before and after it', () => {
    const topic = new TopicEvidence<string>(IDS);
    const a = block();
    const b = block();
    topic.see(a, LLM, true);
    topic.hold(a, 'LLM before');
    scan(topic, b, [[LLM, true, 'LLM elsewhere']]);
    expect(
      scan(topic, a, [
        [CHATGPT, false, 'ChatGPT'],
        [LLM, true, 'LLM after'],
      ]),
    ).toEqual(['LLM after']);
    expect(topic.takeReleased()).toEqual([
      ['LLM before', { scope: 'block', termIds: ['chatgpt'], words: [] }],
    ]);
    // One piece of evidence is not a page on topic.
    expect(topic.reason(b)).toBeNull();
  });

  it('two pieces of evidence (or one and three distinct terms) put the page on topic and release everything held, in order', () => {
    const topic = new TopicEvidence<string>(IDS);
    const blocks = [block(), block(), block()];
    scan(topic, blocks[0] as Element, [[LLM, true, 'LLM 1']]);
    scan(topic, blocks[1] as Element, [[LLM, true, 'LLM 2']]);
    scan(topic, blocks[2] as Element, [[RLHF, false, 'RLHF']]);
    expect(topic.takeReleased()).toEqual([]);
    topic.seeCue(block(), 'deep learning');
    expect(topic.takeReleased().map(([label, reason]) => [label, reason.scope])).toEqual([
      ['LLM 1', 'page'],
      ['LLM 2', 'page'],
    ]);
    expect(topic.reason(block())).toEqual({ scope: 'page', termIds: ['rlhf'], words: ['deep learning'] });
  });

  it('several distinct terms are evidence too: three in a block, four on the page', () => {
    const topic = new TopicEvidence<string>(IDS);
    const a = block();
    expect(
      scan(topic, a, [
        [LLM, true, 'LLM'],
        [NPC, true, 'NPC'],
      ]),
    ).toEqual([]);
    expect(scan(topic, a, [[CORPUS, true, 'corpus']])).toEqual(['corpus']);
    expect(topic.takeReleased().map(([label]) => label)).toEqual(['LLM', 'NPC']);
    expect(topic.reason(block())).toBeNull();
    scan(topic, block(), [[GOOGLE, true, 'Google']]);
    expect(topic.reason(block())?.scope).toBe('page');
  });

  it('verdicts never revert: a rewritten block and a page whose evidence left keep marking', () => {
    const topic = new TopicEvidence<string>(IDS);
    const a = block();
    scan(topic, a, [
      [CHATGPT, false, 'ChatGPT'],
      [LLM, true, 'LLM'],
    ]);
    topic.endPass();
    // The block is read again without its evidence.
    topic.dropBlock(a);
    expect(scan(topic, a, [[LLM, true, 'LLM again']])).toEqual(['LLM again']);
    topic.clearHeld();
    expect(topic.reason(a)?.termIds).toEqual(['chatgpt']);
  });

  it('forgets what a block held when the block goes', () => {
    const topic = new TopicEvidence<string>(IDS);
    const a = block();
    scan(topic, a, [[LLM, true, 'LLM']]);
    expect([...topic.heldBlocks()]).toEqual([a]);
    topic.dropBlock(a);
    topic.seeCue(block(), 'AI');
    topic.seeCue(block(), 'AI');
    expect(topic.takeReleased()).toEqual([]);
  });
});
