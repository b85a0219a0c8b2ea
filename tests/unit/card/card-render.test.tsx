// The card component rendered in happy-dom: the ranked passage with its term marked, the arrows, the language buttons, Esc and P.
import { render } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { matcherData } from '../../../src/article/generated/matcher-data';
import { Card, type CardProps } from '../../../src/card/Card';
import { createMatcher } from '../../../src/core/matcher';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(overrides: Partial<CardProps> = {}) {
  root = document.createElement('div');
  document.body.append(root);
  const props: CardProps = {
    termId: 'chatgpt',
    context: { blockText: 'Microsoft wants ChatGPT in its search engine.', nearbyTermIds: ['search-engine'] },
    lang: 'en',
    theme: 'auto',
    pinned: false,
    onLang: vi.fn(),
    onPin: vi.fn(),
    onClose: vi.fn(),
    onReadInContext: vi.fn(),
    onCopy: vi.fn(async () => true),
    onDragStart: vi.fn(),
    ...overrides,
  };
  render(<Card {...props} />, root);
  const dialog = root.querySelector('[role="dialog"]') as HTMLElement;
  return { props, dialog };
}

const click = (element: Element | null | undefined) => (element as HTMLElement).click();

describe('Card', () => {
  test('is a labelled dialog with the best-fitting passage and its term marked (no markup from text)', () => {
    const { dialog } = mount();
    expect(dialog.getAttribute('aria-label')).toBe('AIGC Lens: ChatGPT');
    expect(dialog.getAttribute('lang')).toBe('en');
    const quote = dialog.querySelector('blockquote');
    expect(quote?.textContent).toContain('search engine’s ultimate product form');
    expect([...dialog.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['ChatGPT', 'ChatGPT']);
    expect(dialog.querySelector('.question')?.textContent).toMatch(/^Q1 · ChatGPT has been extremely hot/);
    expect(dialog.textContent).toContain('1 of 4');
  });

  test('says why an ambiguous alias was marked, in the card language, unless the evidence is the term itself', () => {
    const page = { scope: 'page', termIds: ['chatgpt', 'llm', 'rlhf'], words: [] } as const;
    const inEnglish = mount({ termId: 'llm', reason: page }).dialog.querySelector('.reason');
    expect(inEnglish?.textContent).toBe(
      'Marked because this page also mentions ChatGPT, Reinforcement learning from human feedback (RLHF).',
    );
    render(null, root);
    root.remove();
    const block = { scope: 'block', termIds: ['chatgpt'], words: ['深度学习'] } as const;
    expect(
      mount({ termId: 'llm', reason: block, lang: 'zh-Hans' }).dialog.querySelector('.reason')?.textContent,
    ).toBe('因本段还提到ChatGPT、“深度学习”而标注。');
    render(null, root);
    root.remove();
    expect(
      mount({ termId: 'llm', reason: block, lang: 'zh-Hant' }).dialog.querySelector('.reason')?.textContent,
    ).toBe('因本段還提到ChatGPT、「深度学习」而標註。');
    render(null, root);
    root.remove();
    const itself = { scope: 'page', termIds: ['llm'], words: [] } as const;
    expect(mount({ termId: 'llm', reason: itself }).dialog.querySelector('.reason')).toBeNull();
    render(null, root);
    root.remove();
    expect(mount({ termId: 'llm' }).dialog.querySelector('.reason')).toBeNull();
  });

  test('the arrows walk through the passages and wrap', async () => {
    const { dialog } = mount();
    const next = dialog.querySelector('button[aria-label="Next passage"]');
    const prev = dialog.querySelector('button[aria-label="Previous passage"]');
    const first = dialog.querySelector('blockquote')?.textContent;
    click(next);
    await vi.waitFor(() => expect(dialog.textContent).toContain('2 of 4'));
    expect(dialog.querySelector('blockquote')?.textContent).not.toBe(first);
    click(prev);
    await vi.waitFor(() => expect(dialog.textContent).toContain('1 of 4'));
    click(prev);
    await vi.waitFor(() => expect(dialog.textContent).toContain('4 of 4'));
  });

  test('language buttons name each language in itself and report the choice', () => {
    const { dialog, props } = mount();
    const buttons = [...dialog.querySelectorAll('.langs button')];
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'true']);
    expect(buttons.map((b) => b.querySelector('.visually-hidden')?.textContent)).toEqual([
      '简体中文',
      '繁體中文',
      'English',
    ]);
    click(buttons[0]);
    expect(props.onLang).toHaveBeenCalledWith('zh-Hans');
  });

  test('in Simplified Chinese everything follows, down to the punctuation', () => {
    const { dialog } = mount({ lang: 'zh-Hans' });
    expect(dialog.getAttribute('aria-label')).toBe('AIGC 透镜：ChatGPT');
    expect(dialog.querySelector('blockquote')?.textContent).toContain('因此，个人觉得，ChatGPT');
    expect(dialog.textContent).toContain('第 1 条，共 4 条');
    expect(dialog.querySelector('.gloss')?.textContent).not.toMatch(/[,:;]/);
  });

  test('Esc closes, P pins, Read in context and Copy call out with the passage', async () => {
    const { dialog, props } = mount();
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'p', bubbles: true }));
    expect(props.onPin).toHaveBeenCalledWith(true);
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(props.onClose).toHaveBeenCalled();
    click([...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Read in context'));
    expect(props.onReadInContext).toHaveBeenCalledWith('a1.p2.s2');
    click([...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Copy'));
    await vi.waitFor(() => expect(dialog.querySelector('[role="status"]')?.textContent).toBe('Copied'));
    expect(props.onCopy).toHaveBeenCalledWith(expect.stringContaining('Yao Weifeng'));
  });

  test('a borrowed passage says which term it is filed under', () => {
    const { dialog } = mount({
      context: {
        blockText: 'Running ChatGPT costs millions of dollars a month in GPUs.',
        nearbyTermIds: ['gpu'],
      },
    });
    expect(dialog.querySelector('.via')?.textContent).toMatch(/^From the article’s passage on /);
    expect(dialog.querySelectorAll('mark').length).toBeGreaterThan(0);
    expect(dialog.textContent).toContain('1 of 5');
  });

  test('marks its passage with the matcher it is lent (the content world has one)', () => {
    const lent = createMatcher(matcherData, { cues: true });
    const findAll = vi.spyOn(lent, 'findAll');
    const { dialog } = mount({ matcher: lent });
    expect(findAll).toHaveBeenCalled();
    expect([...dialog.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['ChatGPT', 'ChatGPT']);
  });

  test('the no-term card says so', () => {
    const { dialog } = mount({ termId: null });
    expect(dialog.getAttribute('aria-label')).toBe('AIGC Lens');
    expect(dialog.textContent).toContain('The selection contains no AIGC Lens terms.');
  });
});
