import { describe, expect, test } from 'vitest';
import { matcherData } from '../../../src/article/generated/matcher-data';
import { createMatcher, type Match } from '../../../src/core/matcher';
import { scanPiece, splitPoint } from '../../../src/core/pieces';
import { seededRandom as random } from '../../support/seeded-random';

const matcher = createMatcher(matcherData);

function inPieces(text: string, chunk: number): Match[] {
  const found: Match[] = [];
  for (let from = 0; from < text.length; ) {
    const to = text.length - from <= chunk ? text.length : splitPoint(text, from, from + chunk);
    from = Math.max(
      to,
      scanPiece(matcher, text, from, to, (start, end, term, ambiguous) =>
        found.push({ start, end, term, ambiguous: ambiguous === 1 ? 1 : 0 }),
      ),
    );
  }
  return found;
}

const PARTS = [
  'ChatGPT',
  ' ',
  'RLHF',
  'Stable Diffusion',
  '大语言模型',
  '检索增强生成',
  'x',
  'A100',
  'drag',
  'RAGs',
  '。',
  'GPT 3',
  'ab',
];

describe('matching in pieces', () => {
  test.each([7, 13, 50, 300])('gives what one pass gives, for pieces of %i characters', (chunk) => {
    const next = random(chunk);
    for (let round = 0; round < 200; round++) {
      let text = '';
      while (text.length < 2000) text += PARTS[Math.floor(next() * PARTS.length)];
      expect(inPieces(text, chunk)).toEqual(matcher.findAll(text));
    }
  });

  test('a piece ends after a character that is not a Latin word character', () => {
    expect(splitPoint('hello world', 0, 8)).toBe(6);
    expect(splitPoint('你好世界', 0, 2)).toBe(2);
    expect(splitPoint('abc', 0, 10)).toBe(3);
    // Never at or before the piece's start, whatever the text: each piece makes progress.
    expect(splitPoint('aaaaaaaaaa', 3, 5)).toBe(5);
  });
});
