// What Copy puts on the clipboard: the passage and its attribution (author, title, date, question) in the card's language.
import { describe, expect, test } from 'vitest';
import { copyText, questionLine } from '../../../src/card/copy-text';

const a1 = { sentences: ['a1.p2.s2', 'a1.p2.s3'] };
const summary = { sentences: ['sum.p1.s6'] };

describe('copyText', () => {
  test('English: quoted passage, then author, title, date and question', () => {
    const text = copyText(a1, 'en');
    expect(text).toMatch(
      /^“The arrival of ChatGPT has given everyone hope of reaching that threshold\. So, in my view/,
    );
    expect(text).toContain(
      '— Yao Weifeng, “ChatGPT and AIGC: Quick Questions, Offhand Answers” (2023-02-25), Q1 · ',
    );
    expect(text).toContain('ChatGPT has been extremely hot lately');
  });

  test('Simplified Chinese: the original text, typeset, with 姚伟峰 and 《》', () => {
    const text = copyText(a1, 'zh-Hans');
    expect(text).toMatch(/^“而 ChatGPT 的出现让大家看到了达到这个阈值的希望。因此，个人觉得，/);
    expect(text).toContain('——姚伟峰，《ChatGPT 与 AIGC 简问乱答》（2023-02-25），Q1 · ChatGPT 最近非常火爆');
  });

  test('Traditional Chinese uses corner quotes and the Traditional text', () => {
    const text = copyText(a1, 'zh-Hant');
    expect(text.startsWith('「')).toBe(true);
    expect(text).toContain('姚偉峰');
    expect(text).toContain('搜尋引擎');
  });

  test('the summary has no question: its heading stands in', () => {
    expect(questionLine(summary, 'en')).toEqual({ label: 'Summary', text: '' });
    expect(copyText(summary, 'zh-Hans')).toMatch(/（2023-02-25），总结$/);
  });
});
