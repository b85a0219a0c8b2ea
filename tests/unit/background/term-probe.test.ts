// The background's first look at a frame's text (term-probe.ts): wherever the engine would mark a term in
// a page's blocks, it says so for their text joined; where the topic rule leaves ambiguous aliases
// unmarked, it lets the frame be.
import { describe, expect, test } from 'vitest';
import { matcherData } from '../../../src/article/generated/matcher-data';
import { glossary } from '../../../src/article/glossary';
import { mayMarkTerm } from '../../../src/background/term-probe';
import { TopicEvidence } from '../../../src/content/topic';
import { AMBIGUOUS, createMatcher, TOPIC_CUE, UNAMBIGUOUS } from '../../../src/core/matcher';
import { seededRandom } from '../../support/seeded-random';

const whole = createMatcher(matcherData, { cues: true });

/** Whether the engine marks anything in these blocks: the scanner's use of the matcher and the rule. */
function engineMarks(blocks: readonly string[]): boolean {
  const topic = new TopicEvidence<number>(matcherData.termIds);
  let marked = false;
  blocks.forEach((text) => {
    const block = {} as Element;
    const found: [number, number][] = [];
    whole.scan(text, (start, end, term, kind) => {
      if (kind === TOPIC_CUE) topic.seeCue(block, text, start, end);
      else found.push([term, kind]);
    });
    for (const [term, kind] of found) topic.see(block, term, kind === AMBIGUOUS);
    for (const [, kind] of found) {
      if (kind === UNAMBIGUOUS || topic.reason(block)) marked = true;
      else topic.hold(block, 0);
    }
    if (topic.takeReleased().length > 0) marked = true;
    topic.endPass();
  });
  return marked;
}

describe('mayMarkTerm', () => {
  test('an unambiguous term is enough, in either pass; a topic cue alone is not', () => {
    for (const pass of ['document', 'changes'] as const) {
      expect(mayMarkTerm('Notes on ChatGPT and friends', pass)).toBe(true);
      expect(mayMarkTerm('HomeChatGPTNews', pass)).toBe(true);
      expect(mayMarkTerm('The weather was fine all week.', pass)).toBe(false);
      expect(mayMarkTerm('A course on deep learning and neural networks.', pass)).toBe(false);
    }
  });

  test('a topic cue is evidence for an ambiguous alias in a first look', () => {
    expect(mayMarkTerm('Our LLM is a deep learning model.', 'document')).toBe(true);
  });

  test('a lone ambiguous alias loads no engine in a first look, but does in changed text', () => {
    const law = 'Our LLM program in Taxation admits forty students a year.';
    expect(mayMarkTerm(law, 'document')).toBe(false);
    expect(mayMarkTerm(law, 'changes')).toBe(true);
  });

  test('three distinct ambiguous terms could put a block on topic', () => {
    expect(mayMarkTerm('LLM, RAG and NLP', 'document')).toBe(true);
  });

  test('wherever the engine marks something in a page of blocks, the joined text says so', () => {
    const random = seededRandom(20261202);
    const aliases = matcherData.aliases.flat().map((row) => (typeof row === 'string' ? row : row[0]));
    const negatives = glossary.flatMap((term) => term.negatives ?? []);
    const filler = [
      'The weather was fine.',
      '今天天气很好。',
      'Home',
      'x',
      '阿里山的云海',
      'program in Taxation',
    ];
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    let marking = 0;
    for (let page = 0; page < 3000; page++) {
      const blocks = Array.from({ length: 1 + Math.floor(random() * 5) }, () => {
        const parts: string[] = [];
        for (let n = Math.floor(random() * 4); n >= 0; n--) {
          const r = random();
          parts.push(
            r < 0.25 ? pick(aliases) : r < 0.5 && negatives.length > 0 ? pick(negatives) : pick(filler),
          );
        }
        return parts.join(pick([' ', '', '，']));
      });
      if (!engineMarks(blocks)) continue;
      marking++;
      expect(mayMarkTerm(blocks.join(''), 'document'), blocks.join(' | ')).toBe(true);
    }
    expect(marking).toBeGreaterThan(1000);
  });
});
