import { describe, expect, test } from 'vitest';
import {
  contentResponseParsers,
  parseBackgroundRequest,
  parseContentRequest,
  parseDone,
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

describe('parseDone (the answer to reveal, step, lookup and both background requests)', () => {
  test.each([
    [{ ok: true }, { ok: true }],
    [
      { ok: false, termId: 'rlhf' },
      { ok: false, termId: 'rlhf' },
    ],
    [{ ok: true, termId: '' }, null],
    [{ ok: 'true' }, null],
    [{}, null],
    [undefined, null],
  ])('%j → %j', (input, expected) => {
    expect(parseDone(input)).toEqual(expected);
  });
});

describe('every request type has an answer parser', () => {
  test('content requests', () => {
    const types = [
      'page-terms',
      'reveal-term',
      'step-term',
      'lookup-selection',
      'page-host',
      'term-list',
      'frame-card',
    ];
    for (const type of types)
      expect(parseContentRequest({ type, termId: 'x', direction: 1, text: '' })).not.toBeNull();
    expect(Object.keys(contentResponseParsers).sort()).toEqual([...types].sort());
  });
});

// Hostile inputs: what a compromised page, another extension or a confused sender could put in a message.
// Every parser must return null or a fresh object that carries only the protocol's own fields.
describe('hostile inputs', () => {
  const parsers = { parseContentRequest, parseBackgroundRequest, parsePageHost, parsePageTerms, parseDone };
  const hostile: unknown[] = [
    undefined,
    null,
    0,
    Number.NaN,
    '',
    'page-terms',
    true,
    Symbol('page-terms'),
    () => ({ type: 'page-terms' }),
    [],
    ['page-terms'],
    new Date(0),
    Object.create(null),
    { type: new String('page-terms') },
    { type: ['page-terms'] },
    { type: 'PAGE-TERMS' },
    { type: ' page-terms' },
    { type: 'page-terms\u0000' },
    { type: 'reveal-term', termId: 'x'.repeat(65) },
    { type: 'reveal-term', termId: 42 },
    { type: 'reveal-term', termId: { toString: () => 'rlhf' } },
    { type: 'reveal-term' },
    { type: 'step-term', direction: '1' },
    { type: 'step-term', direction: 1.5 },
    { type: 'step-term', direction: Number.POSITIVE_INFINITY },
    { type: 'step-term', direction: 0 },
    { type: 'step-term', direction: -0 },
    { type: 'lookup-selection', text: 42 },
    { type: 'lookup-selection', text: ['RLHF'] },
    { type: 'lookup-selection', text: 'x'.repeat(1_000_000) },
    { type: 'page-term-count', count: '3' },
    { type: 'page-term-count', count: 1.5 },
    { type: 'page-term-count', count: Number.NaN },
    { type: 'page-term-count', count: -1 },
    { type: 'open-reader', sentenceId: '' },
    { type: 'open-reader', sentenceId: 'x'.repeat(65) },
    { type: 'open-reader', sentenceId: null },
    { type: 'page-terms', terms: 'chatgpt' },
    { type: 'page-terms', terms: [{ termId: 'llm', count: 1 }, null] },
    { type: 'page-terms', terms: [{ termId: 'llm', count: Number.POSITIVE_INFINITY }] },
    { type: 'page-terms', terms: [{ termId: 'llm', count: 2.5 }] },
    { type: 'page-terms', terms: [{ termId: 'x'.repeat(65), count: 1 }] },
    { host: ['example.com'] },
    { host: 'x'.repeat(10_000) },
  ];

  test.each(Object.entries(parsers))('%s never throws on hostile input', (_name, parse) => {
    for (const input of hostile) expect(() => parse(input as never)).not.toThrow();
  });

  test('a prototype-polluting payload does not reach the result or Object.prototype', () => {
    const payload = JSON.parse(
      '{"type":"reveal-term","termId":"rlhf","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    );
    const parsed = parseContentRequest(payload);
    expect(parsed).toEqual({ type: 'reveal-term', termId: 'rlhf' });
    expect(Object.keys(parsed ?? {})).toEqual(['type', 'termId']);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  test('extra fields never pass through (a sender cannot smuggle data along a valid message)', () => {
    const smuggle = { script: 'alert(1)', html: '<img src=x onerror=alert(1)>' };
    expect(parseContentRequest({ type: 'step-term', direction: 1, ...smuggle })).toEqual({
      type: 'step-term',
      direction: 1,
    });
    expect(parseBackgroundRequest({ type: 'open-reader', url: 'https://evil.example/', ...smuggle })).toEqual(
      {
        type: 'open-reader',
      },
    );
    expect(parseBackgroundRequest({ type: 'page-term-count', count: 3, ...smuggle })).toEqual({
      type: 'page-term-count',
      count: 3,
    });
    expect(
      parsePageTerms({ type: 'page-terms', terms: [{ termId: 'llm', count: 1, ...smuggle }], ...smuggle }),
    ).toEqual({ type: 'page-terms', terms: [{ termId: 'llm', count: 1 }] });
    expect(parsePageHost({ host: 'a.example', ...smuggle })).toEqual({ host: 'a.example' });
  });

  test('only the documented message types parse', () => {
    for (const type of ['open-options', 'eval', 'set-settings', 'inject', '__proto__', 'toString']) {
      expect(parseContentRequest({ type })).toBeNull();
      expect(parseBackgroundRequest({ type })).toBeNull();
    }
  });

  test('page text in a lookup stays a plain string (markup is data, never parsed)', () => {
    const text = '<img src=x onerror="alert(1)">ChatGPT</script>';
    expect(parseContentRequest({ type: 'lookup-selection', text })).toEqual({
      type: 'lookup-selection',
      text,
    });
  });
});
