// The article's structure: sections, paragraphs and sentence ids, in the article's own order.
// Text lives in one table per language (zh-hans.ts, en.ts, and the generated zh-Hant table).
import type { ArticleStructure } from '../types';

export const structure: ArticleStructure = {
  meta: {
    title: 'meta.title',
    author: '姚伟峰',
    date: '2023-02-25',
    blog: 'meta.blog',
    disclaimer: 'meta.disclaimer',
  },
  sections: [
    {
      id: 'q1',
      number: 1,
      question: ['q1.s1', 'q1.s2'],
      answer: [
        { id: 'a1.p1', kind: 'p', sentences: ['a1.p1.s1', 'a1.p1.s2', 'a1.p1.s3', 'a1.p1.s4'] },
        { id: 'a1.p2', kind: 'p', sentences: ['a1.p2.s1', 'a1.p2.s2', 'a1.p2.s3', 'a1.p2.s4'] },
        { id: 'a1.p3', kind: 'p', sentences: ['a1.p3.s1'] },
      ],
    },
    {
      id: 'q2',
      number: 2,
      question: ['q2.s1'],
      answer: [
        { id: 'a2.p1', kind: 'p', sentences: ['a2.p1.s1', 'a2.p1.s2', 'a2.p1.s3', 'a2.p1.s4'] },
        { id: 'a2.p2', kind: 'p', sentences: ['a2.p2.s1', 'a2.p2.s2', 'a2.p2.s3', 'a2.p2.s4'] },
        { id: 'a2.p3', kind: 'p', sentences: ['a2.p3.s1', 'a2.p3.s2', 'a2.p3.s3', 'a2.p3.s4'] },
      ],
    },
    {
      id: 'q3',
      number: 3,
      question: ['q3.s1'],
      answer: [
        { id: 'a3.p1', kind: 'p', sentences: ['a3.p1.s1', 'a3.p1.s2', 'a3.p1.s3', 'a3.p1.s4', 'a3.p1.s5'] },
      ],
    },
    {
      id: 'q4',
      number: 4,
      question: ['q4.s1'],
      answer: [
        { id: 'a4.p1', kind: 'p', sentences: ['a4.p1.s1'] },
        { id: 'a4.p2', kind: 'li', sentences: ['a4.p2.s1', 'a4.p2.s2', 'a4.p2.s3', 'a4.p2.s4'] },
        { id: 'a4.p3', kind: 'li', sentences: ['a4.p3.s1', 'a4.p3.s2'] },
        { id: 'a4.p4', kind: 'p', sentences: ['a4.p4.s1', 'a4.p4.s2', 'a4.p4.s3', 'a4.p4.s4'] },
      ],
    },
    {
      id: 'q5',
      number: 5,
      question: ['q5.s1'],
      answer: [
        { id: 'a5.p1', kind: 'p', sentences: ['a5.p1.s1', 'a5.p1.s2', 'a5.p1.s3'] },
        { id: 'a5.p2', kind: 'p', sentences: ['a5.p2.s1', 'a5.p2.s2'] },
        { id: 'a5.p3', kind: 'p', sentences: ['a5.p3.s1', 'a5.p3.s2', 'a5.p3.s3', 'a5.p3.s4'] },
        { id: 'a5.p4', kind: 'p', sentences: ['a5.p4.s1', 'a5.p4.s2', 'a5.p4.s3'] },
      ],
    },
    {
      id: 'q7',
      number: 7,
      question: ['q7.s1', 'q7.s2'],
      answer: [
        { id: 'a7.p1', kind: 'p', sentences: ['a7.p1.s1', 'a7.p1.s2'] },
        { id: 'a7.p2', kind: 'p', sentences: ['a7.p2.s1', 'a7.p2.s2', 'a7.p2.s3'] },
      ],
    },
    {
      id: 'q8',
      number: 8,
      question: ['q8.s1'],
      answer: [{ id: 'a8.p1', kind: 'p', sentences: ['a8.p1.s1', 'a8.p1.s2', 'a8.p1.s3'] }],
    },
    {
      id: 'q9',
      number: 9,
      question: ['q9.s1'],
      answer: [
        {
          id: 'a9.p1',
          kind: 'p',
          sentences: ['a9.p1.s1', 'a9.p1.s2', 'a9.p1.s3', 'a9.p1.s4', 'a9.p1.s5', 'a9.p1.s6'],
        },
      ],
    },
    {
      id: 'q10',
      number: 10,
      question: ['q10.s1'],
      answer: [{ id: 'a10.p1', kind: 'p', sentences: ['a10.p1.s1', 'a10.p1.s2', 'a10.p1.s3'] }],
    },
    {
      id: 'sum',
      number: null,
      question: [],
      answer: [
        {
          id: 'sum.p1',
          kind: 'p',
          sentences: [
            'sum.p1.s1',
            'sum.p1.s2',
            'sum.p1.s3',
            'sum.p1.s4',
            'sum.p1.s5',
            'sum.p1.s6',
            'sum.p1.s7',
          ],
        },
      ],
    },
  ],
};
