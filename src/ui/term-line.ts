// A term in one line, as the accessible list and the side panel say it: label, category, first sentence of the gloss.
import type { Category, Lang } from '../article/types';
import { glossFor, termById } from './glossary-index';
import { categories } from './strings/categories';

/** A gloss's first sentence: enough to tell terms apart when listening. */
export function firstLine(text: string): string {
  const end = text.search(/[。！？]|[.!?](\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

/** What one entry says: term, category, the first line of its gloss. */
export function entryText(termId: string, lang: Lang): { label: string; category: string; gloss: string } {
  const term = termById(termId);
  if (!term) return { label: termId, category: '', gloss: '' };
  return {
    label: term.label[lang],
    category: categories[lang][term.category as Category],
    gloss: firstLine(glossFor(term, lang).text),
  };
}
