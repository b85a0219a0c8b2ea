// Article text with its terms marked: the one rule (ui/term-marks.ts) and the one renderer
// (ui/MarkedText.tsx) that the reader, the card and the side panel all show.
import { render } from 'preact';
import { describe, expect, test, vi } from 'vitest';
import { allTextIds, sentenceText } from '../../../src/article/article';
import { matcherData } from '../../../src/article/generated/matcher-data';
import { glossary } from '../../../src/article/glossary';
import { LANGS } from '../../../src/article/types';
import { createMatcher } from '../../../src/core/matcher';
import { Passage, paragraphTabStops, Sentence } from '../../../src/ui/MarkedText';
import { passageSegments, sentenceSegments } from '../../../src/ui/term-marks';
import { typeset } from '../../../src/ui/typeset';

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  render(node, root);
  return root;
}

const marked = (segments: ReadonlyArray<{ text: string; termId?: string }>) =>
  segments.filter((s) => s.termId !== undefined).map((s) => s.text);

describe('sentenceSegments', () => {
  test('cut a sentence at its glossary terms, typeset, and lose nothing', () => {
    for (const sid of allTextIds())
      for (const lang of LANGS) {
        const segments = sentenceSegments(sid, lang);
        expect(segments.map((s) => s.text).join('')).toBe(typeset(sentenceText(sid, lang), lang));
        for (const s of segments)
          expect(typeset(sentenceText(sid, lang), lang).startsWith(s.text, s.start)).toBe(true);
      }
    const terms = sentenceSegments('a1.p1.s1', 'zh-Hans')
      .filter((s) => s.termId)
      .map((s) => s.termId);
    expect(terms.length).toBeGreaterThan(0);
  });

  test('the terms are where the matcher finds them in the text as shown (typesetting moves none)', () => {
    const matcher = createMatcher(matcherData);
    for (const sid of allTextIds())
      for (const lang of LANGS) {
        const shown = matcher.findAll(typeset(sentenceText(sid, lang), lang));
        const found = sentenceSegments(sid, lang).filter((s) => s.termId !== undefined);
        expect(found.map((s) => [s.start, s.start + s.text.length, s.termId])).toEqual(
          shown.map((m) => [m.start, m.end, matcher.termIds[m.term]]),
        );
      }
  });

  test('use the matcher a caller lends, and build none of their own then', () => {
    const lent = createMatcher(matcherData, { cues: true });
    const findAll = vi.spyOn(lent, 'findAll');
    const segments = sentenceSegments('a7.p2.s3', 'en', lent);
    expect(findAll).toHaveBeenCalled();
    // The content world's matcher also reports topic cues; they are no terms.
    expect(segments).toEqual(sentenceSegments('a7.p2.s3', 'en'));
  });
});

describe('passageSegments', () => {
  const passage = (sids: readonly string[], lang: (typeof LANGS)[number], termIds: string[]) =>
    passageSegments(sids, lang, termIds).flatMap(marked);

  test("mark every naming of the passage's term in each language, and only that term", () => {
    const excerpt = glossary.find((term) => term.id === 'rlhf')?.excerpts[0];
    if (!excerpt) throw new Error('no rlhf excerpt');
    expect(passage(excerpt.sentences, 'zh-Hans', ['rlhf'])).toEqual([
      '基于人类反馈的增强学习',
      'Reinforcement Learning from Human Feedback',
      'RLHF',
    ]);
    expect(passage(excerpt.sentences, 'en', ['rlhf'])).toEqual([
      'reinforcement learning from human feedback',
      'RLHF',
    ]);
    expect(passage(excerpt.sentences, 'zh-Hant', ['rlhf']).length).toBeGreaterThan(0);
    for (const lang of LANGS)
      for (const sentence of passageSegments(excerpt.sentences, lang, ['rlhf']))
        for (const s of sentence) if (s.termId !== undefined) expect(s.termId).toBe('rlhf');
  });

  test('a term that occurs only inside a longer one is still marked (增强学习 inside the RLHF name)', () => {
    expect(passage(['a2.p3.s4'], 'zh-Hans', ['reinforcement-learning'])).toEqual([
      '增强学习',
      'Reinforcement Learning',
    ]);
  });

  test('every excerpt of the glossary shows its term marked, in every language, the text whole', () => {
    for (const term of glossary)
      for (const excerpt of term.excerpts)
        for (const lang of LANGS) {
          const sentences = passageSegments(excerpt.sentences, lang, [term.id]);
          expect(sentences.map((s) => s.map((segment) => segment.text).join(''))).toEqual(
            excerpt.sentences.map((sid) => typeset(sentenceText(sid, lang), lang)),
          );
          // The glossary guarantees each excerpt names its term in every language.
          expect(
            sentences.flatMap(marked).length,
            `${term.id} ${excerpt.sentences.join('+')} ${lang}`,
          ).toBeGreaterThan(0);
        }
  });
});

describe('Sentence', () => {
  test('a span with data-sid whose text is the typeset sentence; terms marked', () => {
    const root = mount(<Sentence sid="a7.p2.s3" lang="zh-Hans" markTerms />);
    const span = root.querySelector('[data-sid="a7.p2.s3"]');
    expect(span?.textContent).toBe(typeset(sentenceText('a7.p2.s3', 'zh-Hans'), 'zh-Hans'));
    expect(root.querySelectorAll('.term').length).toBeGreaterThan(0);
    // Never markup: text with angle brackets would stay text.
    expect(root.innerHTML).not.toContain('<script');
  });

  test('without markTerms, the same text and no marks', () => {
    const root = mount(<Sentence sid="a7.p2.s3" lang="en" />);
    expect(root.textContent).toBe(sentenceText('a7.p2.s3', 'en'));
    expect(root.querySelectorAll('.term, mark').length).toBe(0);
  });

  test('tab stops go to the first occurrence of each term per paragraph only', () => {
    const sids = ['a7.p2.s1', 'a7.p2.s2', 'a7.p2.s3'];
    const stops = paragraphTabStops(sids, 'en');
    const root = mount(
      <p>
        {sids.map((sid) => (
          <Sentence key={sid} sid={sid} lang="en" markTerms tabStops={stops.get(sid)} />
        ))}
      </p>,
    );
    const focusable = [...root.querySelectorAll<HTMLElement>('.term[tabindex="0"]')].map(
      (el) => el.dataset.term,
    );
    expect(new Set(focusable).size).toBe(focusable.length);
    expect(root.querySelectorAll('.term').length).toBeGreaterThanOrEqual(focusable.length);
    expect(focusable.length).toBeGreaterThan(0);
  });
});

describe('Passage', () => {
  test('highlights only its term, with a space between English sentences', () => {
    const root = mount(<Passage sids={['a1.p2.s2', 'a1.p2.s3']} lang="en" termIds={['chatgpt']} />);
    const marks = [...root.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['ChatGPT', 'ChatGPT']);
    expect(root.querySelectorAll('[data-sid]').length).toBe(2);
    expect(root.textContent).toContain('threshold. So, in my view');
  });
});
