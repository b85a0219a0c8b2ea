// The popup's "on this page" answer (pageTerms): the terms in page order of their first marked
// occurrence, each counted with its unmarked occurrences too.
import { describe, expect, test } from 'vitest';
import type { Occurrence, OccurrenceIndex } from '../../../src/content/occurrences';
import { pageTerms } from '../../../src/content/requests';

const occurrence = (termId: string, marked: boolean) => ({ termId, marked }) as Occurrence;

function indexOf(marked: Occurrence[], unmarked: Occurrence[]): OccurrenceIndex {
  return { list: () => marked, all: () => [...unmarked, ...marked], atPoint: () => null };
}

describe('pageTerms', () => {
  test('page order of each term’s first marked occurrence; counts take in the unmarked ones', () => {
    const marked = [occurrence('rlhf', true), occurrence('chatgpt', true), occurrence('rlhf', true)];
    const unmarked = [occurrence('chatgpt', false), occurrence('chatgpt', false)];
    expect(pageTerms(indexOf(marked, unmarked))).toEqual({
      type: 'page-terms',
      terms: [
        { termId: 'rlhf', count: 2 },
        { termId: 'chatgpt', count: 3 },
      ],
    });
  });

  test('a term found only unmarked (the density setting) is still on the page, after the marked ones', () => {
    const result = pageTerms(indexOf([occurrence('gpu', true)], [occurrence('llm', false)]));
    expect(result.terms).toEqual([
      { termId: 'gpu', count: 1 },
      { termId: 'llm', count: 1 },
    ]);
  });

  test('a page with no term answers an empty list', () => {
    expect(pageTerms(indexOf([], []))).toEqual({ type: 'page-terms', terms: [] });
  });
});
