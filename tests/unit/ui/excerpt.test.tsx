import { render } from 'preact';
import { describe, expect, test } from 'vitest';
import { sentenceText } from '../../../src/article/article';
import { Excerpt, paragraphTabStops, Sentence } from '../../../src/ui/Excerpt';
import { termSegments } from '../../../src/ui/term-marks';
import { typeset } from '../../../src/ui/typeset';

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  render(node, root);
  return root;
}

describe('termSegments', () => {
  test('cuts the text at glossary terms and loses nothing', () => {
    const text = '自从ChatGPT火了以后,大语言模型和检索增强生成(RAG)成了热门话题。';
    const segments = termSegments(text);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    const terms = segments.filter((s) => s.termId).map((s) => s.termId);
    expect(terms).toEqual(expect.arrayContaining(['chatgpt', 'llm', 'rag']));
  });
});

describe('Sentence', () => {
  test('a span with data-sid whose text is the typeset sentence; terms marked', () => {
    const root = mount(<Sentence sid="a7.p2.s3" lang="zh-Hans" terms="all" />);
    const span = root.querySelector('[data-sid="a7.p2.s3"]');
    expect(span?.textContent).toBe(typeset(sentenceText('a7.p2.s3', 'zh-Hans'), 'zh-Hans'));
    expect(root.querySelectorAll('.term').length).toBeGreaterThan(0);
    // Never markup: text with angle brackets would stay text.
    expect(root.innerHTML).not.toContain('<script');
  });

  test('tab stops go to the first occurrence of each term per paragraph only', () => {
    const sids = ['a7.p2.s1', 'a7.p2.s2', 'a7.p2.s3'];
    const stops = paragraphTabStops(sids, 'en');
    const root = mount(
      <p>
        {sids.map((sid) => (
          <Sentence key={sid} sid={sid} lang="en" terms="all" tabStops={stops.get(sid)} />
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

describe('Excerpt', () => {
  test('highlights only its term, with a space between English sentences', () => {
    const root = mount(<Excerpt sentences={['a1.p2.s2', 'a1.p2.s3']} lang="en" highlightTerm="chatgpt" />);
    expect(root.querySelector('.excerpt')?.getAttribute('lang')).toBe('en');
    const marks = [...root.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['ChatGPT', 'ChatGPT']);
    expect(root.textContent).toContain('threshold. So, in my view');
  });
});
