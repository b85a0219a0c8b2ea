import { describe, expect, test } from 'vitest';
import {
  parseBackgroundRequest,
  parseContentRequest,
  parsePageHost,
  parsePageTerms,
} from '../../../src/core/messages';

describe('parseContentRequest', () => {
  test.each([
    [{ type: 'page-terms' }, { type: 'page-terms' }],
    [{ type: 'page-host' }, { type: 'page-host' }],
    [{ type: 'page-host', extra: 1 }, { type: 'page-host' }],
    [
      { type: 'step-term', direction: 1 },
      { type: 'step-term', direction: 1 },
    ],
    [
      { type: 'step-term', direction: -1 },
      { type: 'step-term', direction: -1 },
    ],
    [{ type: 'step-term', direction: 2 }, null],
    [
      { type: 'reveal-term', termId: 'rlhf' },
      { type: 'reveal-term', termId: 'rlhf' },
    ],
    [{ type: 'reveal-term', termId: '' }, null],
    [
      { type: 'lookup-selection', text: 'RLHF' },
      { type: 'lookup-selection', text: 'RLHF' },
    ],
    [{ type: 'lookup-selection', text: 'x'.repeat(10_001) }, null],
    [{ type: 'page-host!' }, null],
    ['page-host', null],
    [null, null],
    [[{ type: 'page-host' }], null],
  ])('%j → %j', (input, expected) => {
    expect(parseContentRequest(input)).toEqual(expected);
  });
});

describe('parsePageHost', () => {
  test.each([
    [{ host: 'example.com' }, { host: 'example.com' }],
    [{ host: '' }, { host: '' }],
    [{ host: 'x'.repeat(254) }, null],
    [{ host: 42 }, null],
    [{}, null],
    [null, null],
    [undefined, null],
    ['example.com', null],
  ])('%j → %j', (input, expected) => {
    expect(parsePageHost(input)).toEqual(expected);
  });
});

describe('other answers and requests still parse', () => {
  test('page-terms', () => {
    expect(parsePageTerms({ type: 'page-terms', terms: [{ termId: 'llm', count: 2 }] })).toEqual({
      type: 'page-terms',
      terms: [{ termId: 'llm', count: 2 }],
    });
    expect(parsePageTerms({ type: 'page-terms', terms: [{ termId: 'llm', count: 0 }] })).toBeNull();
  });
  test('background requests', () => {
    expect(parseBackgroundRequest({ type: 'open-reader' })).toEqual({ type: 'open-reader' });
    expect(parseBackgroundRequest({ type: 'page-term-count', count: -1 })).toBeNull();
  });
});
