// Reads the reader's URL fragment: `#a7.p1.s3` names a sentence, `#q7` a section; anything else is unknown.
import { allTextIds, article } from '../article/article';

export type DeepLink =
  | { readonly kind: 'none' }
  | { readonly kind: 'sentence'; readonly id: string }
  | { readonly kind: 'section'; readonly id: string }
  | { readonly kind: 'unknown'; readonly raw: string };

const sentenceIds = new Set(allTextIds());
const sectionIds = new Set(article.sections.map((section) => section.id));

/** Longest fragment we echo back to the user in the "not found" notice. */
const MAX_SHOWN = 60;

export function parseDeepLink(hash: string): DeepLink {
  let raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    raw = decodeURIComponent(raw);
  } catch {
    // A malformed escape is simply an unknown passage.
  }
  raw = raw.trim();
  if (raw === '') return { kind: 'none' };
  if (sentenceIds.has(raw)) return { kind: 'sentence', id: raw };
  if (sectionIds.has(raw)) return { kind: 'section', id: raw };
  return { kind: 'unknown', raw: raw.length > MAX_SHOWN ? `${raw.slice(0, MAX_SHOWN)}…` : raw };
}

/** The fragment that opens the reader at a sentence. */
export function sentenceHash(id: string): string {
  return `#${encodeURIComponent(id).replace(/%2E/gi, '.')}`;
}
