// What the accessible list says for a term: its label, category and the first sentence of its gloss.
import { describe, expect, test } from 'vitest';
import { entryText, firstLine } from '../../../src/ui/term-line';

describe('firstLine', () => {
  test('ends at the first full stop, English or Chinese', () => {
    expect(firstLine('A chip. It trains models.')).toBe('A chip.');
    expect(firstLine('一种芯片。用于训练。')).toBe('一种芯片。');
  });
  test('a gloss of one sentence, or a decimal point, is kept whole', () => {
    expect(firstLine('Version 3.5 of the model; the article’s start')).toBe(
      'Version 3.5 of the model; the article’s start',
    );
  });
});

describe('entryText', () => {
  test('names the term and its category in the list’s language', () => {
    expect(entryText('gpu', 'en')).toMatchObject({ label: 'GPU', category: 'Hardware' });
    expect(entryText('gpu', 'zh-Hans').category).toBe('硬件');
    expect(entryText('gpu', 'zh-Hant').category).toBe('硬體');
    expect(entryText('gpu', 'en').gloss).toMatch(/^Graphics processing unit: .*\.$/);
  });
});
