// The article at run time: structure plus one text table per language. Pure data access, no browser API.
// The zh-Hant table is generated at build time (npm run gen); opencc-js is never loaded at run time.
import { zhHant } from './generated/zh-hant';
import { en } from './source/en';
import { structure } from './source/structure';
import { zhHans } from './source/zh-hans';
import type { Block, Lang, Section, SentenceId, TextTable } from './types';

export const article = structure;

const tables: Readonly<Record<Lang, TextTable>> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };

/** Ids of the texts that are not sentences of a section: title, blog name, disclaimer, summary heading. */
export const META_TEXT_IDS: readonly SentenceId[] = [
  structure.meta.title,
  structure.meta.blog,
  structure.meta.disclaimer,
  'sum.heading',
];

interface Place {
  readonly section: Section;
  /** null for a sentence of the question. */
  readonly block: Block | null;
}

const places = new Map<SentenceId, Place>();
const order: SentenceId[] = [];
for (const section of structure.sections) {
  for (const id of section.question) {
    places.set(id, { section, block: null });
    order.push(id);
  }
  for (const block of section.answer) {
    for (const id of block.sentences) {
      places.set(id, { section, block });
      order.push(id);
    }
  }
}

/** The id → text table of one language. */
export function textTable(lang: Lang): TextTable {
  return tables[lang];
}

/** One sentence (or meta text) in one language. Throws on an unknown id. */
export function sentenceText(id: SentenceId, lang: Lang): string {
  const text = tables[lang][id];
  if (text === undefined) throw new Error(`unknown sentence id ${id} (${lang})`);
  return text;
}

/** Every sentence id of the sections (questions, then answers), in reading order. Meta texts excluded. */
export function sentenceIds(): SentenceId[] {
  return [...order];
}

/** Every id a text table must hold: META_TEXT_IDS and sentenceIds(). */
export function allTextIds(): SentenceId[] {
  return [...META_TEXT_IDS, ...order];
}

/** The section a sentence belongs to, or undefined for an unknown id or a meta text. */
export function sectionOf(id: SentenceId): Section | undefined {
  return places.get(id)?.section;
}

/** The answer block holding a sentence; undefined for a question sentence, a meta text or an unknown id. */
export function paragraphOf(id: SentenceId): Block | undefined {
  return places.get(id)?.block ?? undefined;
}

/** "Q7" in every language; the summary's heading in the given language ("Summary", "总结", "總結"). */
export function sectionLabel(section: Section, lang: Lang): string {
  return section.number === null ? sentenceText('sum.heading', lang) : `Q${section.number}`;
}
