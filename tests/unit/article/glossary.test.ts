// The glossary's data rules: shape, excerpts that really mention their term in all three languages,
// alias uniqueness, and the negatives table. The alias check here is a deliberately simple stand-in for
// the real matcher (src/core): same boundary and case rules, no automaton.
import { describe, expect, it } from 'vitest';
import { hantTable, toTaiwanWords, toTraditional } from '../../../src/article/build/generate-hant';
import { glossary } from '../../../src/article/glossary';
import { en } from '../../../src/article/source/en';
import { structure } from '../../../src/article/source/structure';
import { zhHans } from '../../../src/article/source/zh-hans';
import type { Alias, Category, Term, TextTable } from '../../../src/article/types';

const CATEGORIES: readonly Category[] = ['model', 'technique', 'hardware', 'organization', 'concept'];

/** Terms the brief requires, by id. */
const REQUIRED_IDS = [
  'chatgpt',
  'aigc',
  'generative-ai',
  'creative-ai',
  'rlhf',
  'reward-model',
  'rag',
  'llm',
  'instructgpt',
  'gpt-3',
  'stable-diffusion',
  'musiclm',
  'bard',
  'bing',
  'nlp',
  'emergent-abilities',
  'a100',
  'h100',
  'nvlink',
  'memory-wall',
  'interconnect-wall',
  'training-cost',
  'inference-cost',
  'turnaround-latency',
  'probabilistic-model',
  'maximum-likelihood',
  'maximum-a-posteriori',
  'overfitting',
  'metaverse',
  'npc',
  'search-engine',
  'fact-store',
  'reinforcement-learning',
  '175b-parameters',
  'baidu',
  'google',
  'microsoft',
];

const HAN = /\p{Script=Han}/u;
const isHan = (text: string): boolean => HAN.test(text);
const escapeRe = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A Latin alias as a regular expression: no Latin letter, digit or `_` may touch it; a space matches any white space. */
function latinPattern(alias: Alias): RegExp {
  const body = alias.text.split(/ +/).map(escapeRe).join('\\s+');
  const suffixes = alias.suffixes?.length ? `(?:${alias.suffixes.map(escapeRe).join('|')})?` : '';
  const edge = '[\\p{Script=Latin}0-9_]';
  return new RegExp(`(?<!${edge})${body}${suffixes}(?!${edge})`, alias.caseSensitive ? 'u' : 'iu');
}

/** Does `alias` occur in `text` under the matcher's rules? Han aliases: plain substring. */
function aliasMatches(alias: Alias, text: string): boolean {
  if (isHan(alias.text)) return text.includes(alias.text);
  return latinPattern(alias).test(text);
}

const zhHansAliases = (term: Term): readonly Alias[] => [...term.aliases['zh-Hans'], ...term.aliases.en];
const enAliases = (term: Term): readonly Alias[] => term.aliases.en;
/** Traditional: the conversions of every zh-Hans alias (plain and repaired), the hand-added extras, and the Latin aliases. */
const zhHantAliases = (term: Term): readonly Alias[] => [
  ...term.aliases['zh-Hans'].flatMap((alias) => [
    { ...alias, text: toTraditional(alias.text) },
    { ...alias, text: toTaiwanWords(alias.text) },
  ]),
  ...(term.aliases['zh-Hant'] ?? []),
  ...term.aliases.en,
];
const allAliases = (term: Term): readonly Alias[] => [...zhHansAliases(term), ...zhHantAliases(term)];

// Paragraphs (and questions) as ordered sentence lists.
const paragraphOf = new Map<string, readonly string[]>();
for (const section of structure.sections) {
  for (const id of section.question) paragraphOf.set(id, section.question);
  for (const block of section.answer) for (const id of block.sentences) paragraphOf.set(id, block.sentences);
}

/** The Traditional text as readers see it (conversion, word repairs, corner quotes). */
const hantTableNow = hantTable();
const hantText = (id: string): string => hantTableNow[id] ?? '';

const byId = new Map(glossary.map((term) => [term.id, term]));

describe('glossary: shape', () => {
  it('has at least 40 terms with unique kebab-case ids', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(40);
    const ids = glossary.map((term) => term.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('contains every required term', () => {
    const missing = REQUIRED_IDS.filter((id) => !byId.has(id));
    expect(missing).toEqual([]);
  });

  it.each(glossary.map((term) => [term.id, term] as const))('%s: category, labels, glosses', (_, term) => {
    expect(CATEGORIES).toContain(term.category);
    for (const lang of ['en', 'zh-Hans', 'zh-Hant'] as const) expect(term.label[lang].trim()).not.toBe('');
    for (const lang of ['en', 'zh-Hans'] as const) {
      const gloss = term.gloss[lang].trim();
      expect(gloss).not.toBe('');
      expect(gloss).not.toMatch(/\n/);
    }
    expect(isHan(term.gloss['zh-Hans'])).toBe(true);
    expect(isHan(term.gloss.en)).toBe(false);
  });

  it.each(glossary.map((term) => [term.id, term] as const))('%s: related ids', (_, term) => {
    expect(term.related.length).toBeGreaterThanOrEqual(1);
    expect(term.related.length).toBeLessThanOrEqual(5);
    expect(new Set(term.related).size).toBe(term.related.length);
    for (const id of term.related) {
      expect(id).not.toBe(term.id);
      expect(byId.has(id), `${term.id} → ${id}`).toBe(true);
    }
  });

  it.each(glossary.map((term) => [term.id, term] as const))('%s: alias scripts and options', (_, term) => {
    expect(term.aliases.en.length + term.aliases['zh-Hans'].length).toBeGreaterThanOrEqual(1);
    for (const alias of term.aliases.en) expect(isHan(alias.text), alias.text).toBe(false);
    for (const alias of term.aliases['zh-Hant'] ?? []) expect(isHan(alias.text), alias.text).toBe(true);
    for (const alias of allAliases(term)) {
      expect(alias.text).toBe(alias.text.trim());
      expect(alias.text).not.toMatch(/\s{2,}/);
      if (isHan(alias.text)) {
        expect(alias.caseSensitive, alias.text).toBeFalsy();
        expect(alias.suffixes, alias.text).toBeUndefined();
      }
    }
  });

  it.each(glossary.filter((term) => term.aliases['zh-Hant']).map((term) => [term.id, term] as const))(
    '%s: zh-Hant extras differ from the generated conversion',
    (_, term) => {
      const converted = new Set(term.aliases['zh-Hans'].map((alias) => toTraditional(alias.text)));
      for (const alias of term.aliases['zh-Hant'] ?? [])
        expect(converted.has(alias.text), alias.text).toBe(false);
    },
  );
});

describe('glossary: excerpts', () => {
  it.each(glossary.map((term) => [term.id, term] as const))(
    '%s: 1–3 consecutive sentences of one paragraph',
    (_, term) => {
      expect(term.excerpts.length).toBeGreaterThanOrEqual(1);
      expect(term.excerpts.length).toBeLessThanOrEqual(4);
      for (const excerpt of term.excerpts) {
        const ids = excerpt.sentences;
        expect(ids.length).toBeGreaterThanOrEqual(1);
        expect(ids.length).toBeLessThanOrEqual(3);
        const paragraph = paragraphOf.get(ids[0] ?? '');
        expect(paragraph, `${ids[0]} is a sentence of the article`).toBeDefined();
        const start = paragraph?.indexOf(ids[0] ?? '') ?? -1;
        expect(paragraph?.slice(start, start + ids.length)).toEqual(ids);
      }
      const keys = term.excerpts.map((excerpt) => excerpt.sentences.join(' '));
      expect(new Set(keys).size).toBe(keys.length);
    },
  );

  const cases = glossary.flatMap((term) =>
    term.excerpts.map((excerpt) => [term.id, excerpt.sentences.join('+'), term, excerpt.sentences] as const),
  );

  function mentions(
    aliases: readonly Alias[],
    table: (id: string) => string,
    ids: readonly string[],
  ): boolean {
    return ids.some((id) => aliases.some((alias) => aliasMatches(alias, table(id))));
  }
  const from = (table: TextTable) => (id: string) => table[id] ?? '';

  it.each(cases)('%s %s: zh-Hans text contains an alias', (_, __, term, ids) => {
    expect(mentions(zhHansAliases(term), from(zhHans), ids)).toBe(true);
  });

  it.each(cases)('%s %s: English text contains an alias', (_, __, term, ids) => {
    expect(mentions(enAliases(term), from(en), ids)).toBe(true);
  });

  it.each(cases)('%s %s: zh-Hant text contains an alias', (_, __, term, ids) => {
    expect(mentions(zhHantAliases(term), hantText, ids)).toBe(true);
  });
});

describe('glossary: aliases', () => {
  interface Entry {
    readonly term: string;
    readonly text: string;
    readonly caseSensitive: boolean;
  }
  const normalise = (text: string): string => text.replace(/\s+/g, ' ');
  const entries: Entry[] = glossary.flatMap((term) =>
    allAliases(term).map((alias) => ({
      term: term.id,
      text: normalise(alias.text),
      caseSensitive: alias.caseSensitive === true,
    })),
  );

  it('no alias belongs to two terms (case-folded unless both are case-sensitive; Traditional forms included)', () => {
    const clashes: string[] = [];
    for (let i = 0; i < entries.length; i++) {
      const a = entries[i] as Entry;
      for (let j = i + 1; j < entries.length; j++) {
        const b = entries[j] as Entry;
        if (a.term === b.term) continue;
        const same =
          a.caseSensitive && b.caseSensitive
            ? a.text === b.text
            : a.text.toLowerCase() === b.text.toLowerCase();
        if (same) clashes.push(`${a.text} (${a.term}) = ${b.text} (${b.term})`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it.each(glossary.map((term) => [term.id, term] as const))(
    '%s: every alias matches itself (and with its suffixes)',
    (_, term) => {
      for (const alias of allAliases(term)) {
        expect(aliasMatches(alias, alias.text), alias.text).toBe(true);
        expect(aliasMatches(alias, `(${alias.text})`), alias.text).toBe(true);
        for (const suffix of alias.suffixes ?? []) {
          expect(aliasMatches(alias, `${alias.text}${suffix} `), `${alias.text}${suffix}`).toBe(true);
        }
        if (!isHan(alias.text)) {
          // Han text may touch a Latin alias; Latin letters may not.
          expect(aliasMatches(alias, `自从${alias.text}火了`), alias.text).toBe(true);
          expect(aliasMatches(alias, `x${alias.text}`), alias.text).toBe(false);
          expect(aliasMatches(alias, `${alias.text}_`), alias.text).toBe(false);
        }
        if (!isHan(alias.text) && alias.text.includes(' ')) {
          expect(aliasMatches(alias, alias.text.replace(/ /g, '\n\t ')), alias.text).toBe(true);
        }
      }
    },
  );

  const negatives = glossary.flatMap((term) =>
    (term.negatives ?? []).map((negative) => [term.id, negative, term] as const),
  );

  it('has a negatives table for the acronyms and case-sensitive names', () => {
    const withNegatives = new Set(negatives.map(([id]) => id));
    for (const id of ['rag', 'llm', 'npc', 'bing', 'bard', 'a100', 'h100', 'gpt-3', 'aigc', 'rlhf', 'nlp']) {
      expect(withNegatives.has(id), id).toBe(true);
    }
  });

  it.each(negatives)('%s: %j does not match', (_, negative, term) => {
    const hits = allAliases(term).filter((alias) => aliasMatches(alias, negative));
    expect(hits.map((alias) => alias.text)).toEqual([]);
  });

  it('the boundary rules behave as the brief says', () => {
    const rag = byId.get('rag');
    const llm = byId.get('llm');
    const chatgpt = byId.get('chatgpt');
    const gpt3 = byId.get('gpt-3');
    const a100 = byId.get('a100');
    if (!rag || !llm || !chatgpt || !gpt3 || !a100) throw new Error('missing term');
    const hit = (term: Term, text: string) => allAliases(term).some((alias) => aliasMatches(alias, text));
    expect(hit(rag, 'what is RAG?')).toBe(true);
    expect(hit(rag, 'a rag doll')).toBe(false);
    expect(hit(llm, 'open LLMs are here')).toBe(true);
    expect(hit(chatgpt, 'ChatGPT’s answer')).toBe(true);
    expect(hit(chatgpt, "ChatGPT's answer")).toBe(true);
    expect(hit(gpt3, 'GPT\u00a03')).toBe(true);
    expect(hit(a100, '八块A100显卡')).toBe(true);
  });
});
