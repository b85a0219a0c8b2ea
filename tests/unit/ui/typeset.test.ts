import { describe, expect, test } from 'vitest';
import { allTextIds, sentenceText } from '../../../src/article/article';
import { LANGS } from '../../../src/article/types';
import { fill } from '../../../src/ui/format';
import { typeset, typesetChinese } from '../../../src/ui/typeset';

describe('typesetChinese', () => {
  test('half-width punctuation touching Han becomes full-width', () => {
    expect(typesetChinese('首先,工业界的定义是:信息问答助理。')).toBe('首先，工业界的定义是：信息问答助理。');
    expect(typesetChinese('检索增强生成(RAG)成了')).toBe('检索增强生成（RAG）成了');
    expect(typesetChinese('真的会吗?')).toBe('真的会吗？');
  });
  test('punctuation between Latin words or digits stays', () => {
    expect(typesetChinese('bad case, coverage')).toBe('bad case, coverage');
    expect(typesetChinese('1,000 块 A100')).toBe('1,000 块 A100');
  });
  test('English is left alone; every text keeps its length (offsets stay valid)', () => {
    expect(typeset('Yes, it is.', 'en')).toBe('Yes, it is.');
    for (const lang of LANGS) {
      for (const id of allTextIds()) {
        const text = sentenceText(id, lang);
        expect(typeset(text, lang).length).toBe(text.length);
      }
    }
  });
});

describe('fill', () => {
  test('fills named slots, leaves unknown ones', () => {
    expect(fill('{n} of {m}', { n: 2, m: 9 })).toBe('2 of 9');
    expect(fill('第 {n} 处，共 {m} 处', { n: 1, m: 3 })).toBe('第 1 处，共 3 处');
    expect(fill('{x} stays', {})).toBe('{x} stays');
  });
});

describe('typesetChinese beside quotes', () => {
  test('a comma between curly quotes is Chinese punctuation (sum.p1.s5)', () => {
    expect(typesetChinese('哑巴式 “聪明” ,“人” 的部分')).toBe('哑巴式 “聪明” ，“人” 的部分');
  });
});

describe('typesetChinese between Latin words', () => {
  test('a comma with no space between two Latin words is full-width; digits and spaced commas stay', () => {
    expect(typesetChinese('学习(Human Feedback,RLHF)的')).toBe('学习（Human Feedback，RLHF）的');
    expect(typesetChinese('1,000 个')).toBe('1,000 个');
    expect(typesetChinese('bad case, foo')).toBe('bad case, foo');
  });
});
