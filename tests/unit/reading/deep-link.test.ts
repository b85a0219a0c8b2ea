import { describe, expect, test } from 'vitest';
import { parseDeepLink, sentenceHash } from '../../../src/reading/deep-link';

describe('parseDeepLink', () => {
  test('a sentence id, with or without #', () => {
    expect(parseDeepLink('#a7.p2.s3')).toEqual({ kind: 'sentence', id: 'a7.p2.s3' });
    expect(parseDeepLink('q1.s2')).toEqual({ kind: 'sentence', id: 'q1.s2' });
    expect(parseDeepLink('#sum.p1.s7')).toEqual({ kind: 'sentence', id: 'sum.p1.s7' });
    expect(parseDeepLink('#meta.title')).toEqual({ kind: 'sentence', id: 'meta.title' });
  });

  test('a section id', () => {
    expect(parseDeepLink('#q7')).toEqual({ kind: 'section', id: 'q7' });
    expect(parseDeepLink('#sum')).toEqual({ kind: 'section', id: 'sum' });
  });

  test('nothing', () => {
    expect(parseDeepLink('')).toEqual({ kind: 'none' });
    expect(parseDeepLink('#')).toEqual({ kind: 'none' });
  });

  test('unknown ids, including Q6 which the article skips, and malformed escapes', () => {
    expect(parseDeepLink('#a7.p1.s3')).toEqual({ kind: 'unknown', raw: 'a7.p1.s3' });
    expect(parseDeepLink('#q6')).toEqual({ kind: 'unknown', raw: 'q6' });
    expect(parseDeepLink('#%E0%A4%A')).toEqual({ kind: 'unknown', raw: '%E0%A4%A' });
    expect(parseDeepLink(`#${'x'.repeat(200)}`)).toEqual({ kind: 'unknown', raw: `${'x'.repeat(60)}…` });
  });

  test('escaped ids decode', () => {
    expect(parseDeepLink('#a7%2Ep2%2Es3')).toEqual({ kind: 'sentence', id: 'a7.p2.s3' });
  });

  test('sentenceHash round-trips', () => {
    expect(sentenceHash('a7.p2.s3')).toBe('#a7.p2.s3');
    expect(parseDeepLink(sentenceHash('a4.p3.s2'))).toEqual({ kind: 'sentence', id: 'a4.p3.s2' });
  });
});
