// Orders the terms the content script found: page order as it answered, or most frequent first.
import type { PageTerm } from '../core/messages';

export type TermOrder = 'page' | 'count';

export function orderTerms(terms: readonly PageTerm[], order: TermOrder): PageTerm[] {
  if (order === 'page') return [...terms];
  // Stable sort keeps page order among equal counts.
  return [...terms].sort((a, b) => b.count - a.count);
}
