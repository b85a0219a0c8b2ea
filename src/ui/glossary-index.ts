// The glossary by id, and a term's gloss in a UI language (the Traditional gloss is generated at build time).
import { glossHant } from '../article/generated/glossary-hant';
import { glossary } from '../article/glossary';
import type { Lang, Term } from '../article/types';

const byId = new Map<string, Term>(glossary.map((term) => [term.id, term]));

export function termById(id: string): Term | undefined {
  return byId.get(id);
}

export function glossFor(term: Term, lang: Lang): { text: string; lang: Lang } {
  if (lang === 'en') return { text: term.gloss.en, lang: 'en' };
  const hant = lang === 'zh-Hant' ? glossHant[term.id] : undefined;
  return hant ? { text: hant, lang: 'zh-Hant' } : { text: term.gloss['zh-Hans'], lang: 'zh-Hans' };
}
