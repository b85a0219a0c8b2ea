// Structure and the runtime API of src/article/article.ts.
import { describe, expect, it } from 'vitest';
import {
  article,
  paragraphOf,
  sectionLabel,
  sectionOf,
  sentenceIds,
  sentenceText,
  textTable,
} from '../../../src/article/article';

describe('article structure', () => {
  it('has sections q1–q5, q7–q10 and sum (the original has no Q6)', () => {
    expect(article.sections.map((s) => s.id)).toEqual([
      'q1',
      'q2',
      'q3',
      'q4',
      'q5',
      'q7',
      'q8',
      'q9',
      'q10',
      'sum',
    ]);
    expect(article.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 7, 8, 9, 10, null]);
    for (const s of article.sections) expect(s.question.length > 0, s.id).toBe(s.id !== 'sum');
  });

  it('A4 has exactly two list items: training cost and inference cost', () => {
    const a4 = article.sections.find((s) => s.id === 'q4');
    const items = a4?.answer.filter((b) => b.kind === 'li') ?? [];
    expect(items.map((b) => b.id)).toEqual(['a4.p2', 'a4.p3']);
    expect(sentenceText(items[0]?.sentences[0] ?? '', 'zh-Hans')).toMatch(/^训练成本:/);
    expect(sentenceText(items[1]?.sentences[0] ?? '', 'zh-Hans')).toMatch(/^推理成本:/);
    expect(sentenceText(items[0]?.sentences[0] ?? '', 'en')).toMatch(/^Training cost:/);
    expect(sentenceText(items[1]?.sentences[0] ?? '', 'en')).toMatch(/^Inference cost:/);
    const others = article.sections
      .flatMap((s) => s.answer)
      .filter((b) => b.kind === 'li' && !b.id.startsWith('a4.'));
    expect(others).toEqual([]);
  });

  it('ids follow the naming scheme of their place', () => {
    for (const s of article.sections) {
      s.question.forEach((id, i) => {
        expect(id).toBe(`${s.id}.s${i + 1}`);
      });
      s.answer.forEach((b, j) => {
        expect(b.id).toBe(`${s.id === 'sum' ? 'sum' : s.id.replace('q', 'a')}.p${j + 1}`);
        b.sentences.forEach((id, i) => {
          expect(id).toBe(`${b.id}.s${i + 1}`);
        });
      });
    }
  });

  it('meta: author, date and meta ids', () => {
    expect(article.meta).toEqual({
      title: 'meta.title',
      author: '姚伟峰',
      date: '2023-02-25',
      blog: 'meta.blog',
      disclaimer: 'meta.disclaimer',
    });
    expect(sentenceText('meta.blog', 'en')).toBe('Footprints');
  });
});

describe('runtime API', () => {
  it('sentenceIds() is in reading order: question, then answer blocks, section by section', () => {
    const ids = sentenceIds();
    expect(ids[0]).toBe('q1.s1');
    expect(ids.slice(0, 4)).toEqual(['q1.s1', 'q1.s2', 'a1.p1.s1', 'a1.p1.s2']);
    expect(ids.at(-1)).toBe('sum.p1.s7');
    expect(ids.indexOf('q7.s1')).toBe(ids.indexOf('a5.p4.s3') + 1);
    expect(ids).not.toContain('meta.title');
    expect(ids).not.toContain('sum.heading');
  });

  it('sectionOf and paragraphOf', () => {
    expect(sectionOf('a7.p1.s1')?.id).toBe('q7');
    expect(sectionOf('q7.s2')?.id).toBe('q7');
    expect(sectionOf('sum.p1.s2')?.id).toBe('sum');
    expect(sectionOf('meta.title')).toBeUndefined();
    expect(sectionOf('a6.p1.s1')).toBeUndefined();
    expect(paragraphOf('a4.p3.s2')?.kind).toBe('li');
    expect(paragraphOf('a4.p3.s2')?.id).toBe('a4.p3');
    expect(paragraphOf('q4.s1')).toBeUndefined();
  });

  it('sectionLabel', () => {
    const q7 = sectionOf('q7.s1');
    const sum = sectionOf('sum.p1.s1');
    if (!q7 || !sum) throw new Error('sections missing');
    expect(sectionLabel(q7, 'en')).toBe('Q7');
    expect(sectionLabel(q7, 'zh-Hans')).toBe('Q7');
    expect(sectionLabel(sum, 'en')).toBe('Summary');
    expect(sectionLabel(sum, 'zh-Hans')).toBe('总结');
    expect(sectionLabel(sum, 'zh-Hant')).toBe('總結');
  });

  it('sentenceText reads the right table and throws on unknown ids', () => {
    expect(sentenceText('a5.p3.s3', 'zh-Hans')).toBe('华为更甚。');
    expect(sentenceText('a5.p3.s3', 'zh-Hant')).toBe('華為更甚。');
    expect(sentenceText('meta.title', 'en')).toBe(textTable('en')['meta.title']);
    expect(() => sentenceText('q6.s1', 'en')).toThrow(/q6\.s1/);
  });
});
