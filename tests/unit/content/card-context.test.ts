// What a card ranks against (happy-dom): an occurrence's run text and nearby terms as the scanner found
// them, a selection read as a hover's run, a relayed card's context; every context cut to the limits.
import { describe, expect, test } from 'vitest';
import { matcherData } from '../../../src/article/generated/matcher-data';
import { cardSubject, selectionContext } from '../../../src/content/card-context';
import { makeOccurrence } from '../../../src/content/occurrences';
import { MAX_CONTEXT, MAX_NEARBY } from '../../../src/core/limits';
import { createMatcher } from '../../../src/core/matcher';
import type { FrameCard } from '../../../src/core/messages';

const matcher = createMatcher(matcherData, { cues: true });

function selectionOf(node: Node, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return range;
}

describe('selectionContext', () => {
  test('reads the run the selection starts in, by the scanner’s blocks, and finds its terms', () => {
    document.body.innerHTML =
      '<article><p>Microsoft builds <b>ChatGPT</b>, an AI, into its search engine.<br>Next: RLHF.</p></article>';
    const chatgpt = document.querySelector('b')?.firstChild as Text;
    const context = selectionContext(matcher, selectionOf(chatgpt, 0, 7), {
      termId: 'chatgpt',
      text: 'ChatGPT',
    });
    expect(context.blockText).toBe('Microsoft builds ChatGPT, an AI, into its search engine.');
    // The looked-up term is the card's own, not a nearby one; a topic cue is no term.
    expect(context.nearbyTermIds).toEqual(['microsoft', 'search-engine']);
  });

  test('outside any run (or with no selection) the looked-up text is the context', () => {
    const text = 'RLHF and a reward model';
    expect(selectionContext(matcher, null, { termId: 'rlhf', text })).toEqual({
      blockText: text,
      nearbyTermIds: ['reward-model'],
    });
  });

  test('a long run is cut to MAX_CONTEXT, and only that part is searched for terms', () => {
    document.body.innerHTML = `<p>${'x '.repeat(MAX_CONTEXT)}RLHF</p>`;
    const text = document.querySelector('p')?.firstChild as Text;
    const context = selectionContext(matcher, selectionOf(text, 0, 1), { termId: null, text: 'x' });
    expect(context.blockText).toHaveLength(MAX_CONTEXT);
    expect(context.nearbyTermIds).toEqual([]);
  });
});

describe('cardSubject', () => {
  test('an occurrence brings its run’s text and the terms the scanner found beside it', () => {
    document.body.innerHTML = '<p>ChatGPT uses RLHF.</p>';
    const node = document.querySelector('p')?.firstChild as Text;
    const range = {
      startContainer: node,
      startOffset: 0,
      endContainer: node,
      endOffset: 7,
      collapsed: false,
    };
    const run = { nodes: [node], termIds: ['chatgpt', 'rlhf'] };
    const occurrence = makeOccurrence(range, 0, 'chatgpt', node.parentElement as Element, run, true);
    expect(cardSubject(matcher, occurrence)).toEqual({
      termId: 'chatgpt',
      context: { blockText: 'ChatGPT uses RLHF.', nearbyTermIds: ['rlhf'] },
    });
  });

  test('a relayed card keeps its frame’s findings, within the limits', () => {
    const nearby = Array.from({ length: MAX_NEARBY + 5 }, (_, i) => `t${i}`);
    const remote: FrameCard = {
      type: 'frame-card',
      nonce: 'n',
      termId: 'gpu',
      blockText: 'GPUs are costly.',
      nearbyTermIds: nearby,
      rect: { x: 0, y: 0, width: 1, height: 1 },
    };
    const frame = document.createElement('iframe');
    const { termId, context } = cardSubject(matcher, { remote, frame });
    expect(termId).toBe('gpu');
    expect(context.blockText).toBe('GPUs are costly.');
    expect(context.nearbyTermIds).toEqual(nearby.slice(0, MAX_NEARBY));
  });

  test('a lookup that found no term opens the card that says so, with the selection’s context', () => {
    expect(cardSubject(matcher, { selection: null }, { termId: null, text: 'nothing here' })).toEqual({
      termId: null,
      context: { blockText: 'nothing here', nearbyTermIds: [] },
    });
  });
});
