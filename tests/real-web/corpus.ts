// The real-page corpus: its manifest (where each page comes from, its licence) and its hand-read labels.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_DIR = import.meta.dirname;
export const PAGES_DIR = join(CORPUS_DIR, 'pages');
export const LABELS_DIR = join(CORPUS_DIR, 'labels');

/**
 * `ai`: a text about AI, where glossary terms mean what the glossary means. `trap`: a page where glossary
 * words mean something else (LL.M. degrees, the National People's Congress, 阿里山…): nothing should be
 * marked. `other`: neither (news, reviews), labelled like the rest.
 */
export type PageKind = 'ai' | 'trap' | 'other';

export interface CorpusPage {
  readonly id: string;
  readonly title: string;
  /** BCP 47: en, zh-Hans, zh-Hant. */
  readonly lang: string;
  readonly kind: PageKind;
  readonly source: {
    readonly repo: string;
    readonly path: string;
    readonly commit: string;
    readonly format: 'html' | 'markdown';
  };
  /** The licence of the repository the page is saved from (SPDX id), and whose text it is where known. */
  readonly licence: string;
  readonly note?: string;
}

/**
 * One mention, found by its `text` and which occurrence of that exact string it is in the page's text
 * (every text node of the body, in document order, joined; 0-based). `context` is for the reader only.
 * `mark`: the glossary term `term` in the glossary's sense, in prose, on a page about AI. `no-mark`:
 * another sense, or not prose (a URL, an identifier). `either`: the glossary's sense on a page that is
 * not about AI (Microsoft in a console review): whether it is shown is the engine's topic policy, so a
 * mark there is neither right nor wrong and no mark is not a miss.
 */
export interface Label {
  readonly text: string;
  readonly occurrence: number;
  readonly term: string;
  readonly expected: 'mark' | 'no-mark' | 'either';
  readonly context: string;
  readonly note?: string;
}

export interface PageLabels {
  readonly page: string;
  readonly labels: readonly Label[];
  /** Set once a person has read every label in context (the proposer writes drafts without it). */
  readonly reviewed?: boolean;
}

export function readManifest(): { pages: CorpusPage[] } {
  return JSON.parse(readFileSync(join(CORPUS_DIR, 'manifest.json'), 'utf8'));
}

export function readLabels(id: string): PageLabels {
  return JSON.parse(readFileSync(join(LABELS_DIR, `${id}.json`), 'utf8'));
}

/** Where the `occurrence`-th copy of `text` starts in `full`, or -1. */
export function locate(full: string, text: string, occurrence: number): number {
  let at = -1;
  for (let n = 0; n <= occurrence; n++) {
    at = full.indexOf(text, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** Which copy of `full.slice(start, start + length)` starts at `start`. */
export function occurrenceAt(full: string, start: number, length: number): number {
  const text = full.slice(start, start + length);
  let n = 0;
  for (let at = full.indexOf(text); at >= 0 && at < start; at = full.indexOf(text, at + 1)) n++;
  return n;
}
