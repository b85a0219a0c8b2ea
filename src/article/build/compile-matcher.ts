// Build-time generator: compiles the glossary's aliases (Traditional ones derived here) into the small
// table src/article/generated/matcher-data.ts, the only article data the eager content script loads.

import { firstLookPatterns } from '../../core/first-look';
import type { AliasRow, AliasSense, ContextRule, MatcherData } from '../../core/matcher-data';
import { isWordChar, RULE_SEPARATOR } from '../../core/matcher-data';
import type { Alias, Term } from '../types';

interface Form {
  readonly term: number;
  readonly text: string;
  readonly caseSensitive: boolean;
  readonly where: string;
}

const foldAscii = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** Aliases are stored with the runtime's white space (space, tab, line breaks, NBSP) as one space. */
const normalize = (s: string): string => s.replace(/[ \t\n\v\f\r\u00a0]+/g, ' ').trim();

const isLatinEdge = (s: string): boolean =>
  isWordChar(s.charCodeAt(0)) || isWordChar(s.charCodeAt(s.length - 1));

/**
 * Pure: every alias of every term in en, zh-Hans, zh-Hans → Traditional and hand-written zh-Hant,
 * deduplicated per term. Throws if two terms could match the same text, since the page would then
 * show one of them arbitrarily.
 */
export function compileMatcherData(
  glossaryTerms: readonly Term[],
  toTraditional: (s: string) => string | readonly string[],
  cues?: Term['aliases'],
): MatcherData {
  // The topic cues go through the same rules as a term's aliases (and may not collide with any), as one
  // more term at the end, taken off again below.
  const cueTerm: Term | null = cues
    ? {
        id: '(topic cue)',
        category: 'concept',
        label: { en: '', 'zh-Hans': '', 'zh-Hant': '' },
        gloss: { en: '', 'zh-Hans': '' },
        aliases: cues,
        excerpts: [],
        related: [],
      }
    : null;
  const terms = cueTerm ? [...glossaryTerms, cueTerm] : glossaryTerms;
  const forms: Form[] = [];
  const senses: [number, number, AliasSense][] = [];
  const aliases: AliasRow[][] = terms.map((term, t) => {
    const rows = new Map<
      string,
      { text: string; caseSensitive: boolean; suffixes: string[]; sense: AliasSense | null }
    >();
    const add = (
      alias: Alias,
      text: string,
      where: string,
      convert: (x: string) => string | readonly string[] = (x) => x,
    ): void => {
      const norm = normalize(text);
      if (norm === '') throw new Error(`glossary: term ${term.id} has an empty ${where} alias`);
      const caseSensitive = alias.caseSensitive === true;
      const suffixes = alias.suffixes ?? [];
      if ((caseSensitive || suffixes.length > 0) && !isLatinEdge(norm)) {
        throw new Error(`glossary: term ${term.id}: caseSensitive/suffixes on non-Latin alias "${norm}"`);
      }
      for (const suffix of suffixes) {
        if (suffix === '' || normalize(suffix) !== suffix || suffix.includes(' ')) {
          throw new Error(`glossary: term ${term.id}: bad suffix ${JSON.stringify(suffix)} on "${norm}"`);
        }
      }
      const sense = senseOf(alias, convert);
      const key = `${caseSensitive ? 1 : 0}${norm}`;
      const row = rows.get(key);
      if (row) {
        for (const suffix of suffixes) if (!row.suffixes.includes(suffix)) row.suffixes.push(suffix);
        row.sense = mergeSenses(row.sense, sense, `glossary: term ${term.id}: "${norm}"`);
      } else {
        rows.set(key, { text: norm, caseSensitive, suffixes: [...suffixes], sense });
      }
      for (const ending of ['', ...suffixes]) {
        forms.push({ term: t, text: norm + ending, caseSensitive, where: `${where} "${text}"` });
      }
    };
    for (const alias of term.aliases.en) add(alias, alias.text, 'en');
    for (const alias of term.aliases['zh-Hans']) add(alias, alias.text, 'zh-Hans');
    for (const alias of term.aliases['zh-Hans']) {
      for (const text of [toTraditional(alias.text)].flat()) {
        add(alias, text, `zh-Hant (from zh-Hans "${alias.text}")`, toTraditional);
      }
    }
    for (const alias of term.aliases['zh-Hant'] ?? []) add(alias, alias.text, 'zh-Hant');
    return [...rows.values()].map(({ text, caseSensitive, suffixes, sense }, r): AliasRow => {
      if (sense) senses.push([t, r, sense]);
      return caseSensitive || suffixes.length > 0 ? [text, caseSensitive ? 1 : 0, ...suffixes] : text;
    });
  });

  // Two forms collide when some text matches both: same letters up to ASCII case, unless both are
  // case-sensitive and differ in case.
  const byFolded = new Map<string, Form[]>();
  for (const form of forms) {
    const key = foldAscii(form.text);
    const list = byFolded.get(key) ?? [];
    for (const other of list) {
      if (other.term === form.term) continue;
      if (other.caseSensitive && form.caseSensitive && other.text !== form.text) continue;
      const a = terms[other.term]?.id;
      const b = terms[form.term]?.id;
      throw new Error(
        `glossary: alias collision on "${form.text}": term ${a} (${other.where}) and term ${b} (${form.where})`,
      );
    }
    list.push(form);
    byFolded.set(key, list);
  }

  const cueRows = cueTerm ? aliases.pop() : undefined;
  return {
    termIds: glossaryTerms.map((term) => term.id),
    categories: glossaryTerms.map((term) => term.category),
    aliases,
    ...compactSenses(
      senses.filter(([t]) => t < glossaryTerms.length),
      glossaryTerms.length,
    ),
    ...(cueRows ? { cues: cueRows } : {}),
  };
}

/** The senses in the shipped form: ambiguity as a bit per row, rows with equal rules sharing one. */
function compactSenses(
  senses: readonly [number, number, AliasSense][],
  termCount: number,
): Pick<MatcherData, 'ambiguous' | 'rules'> {
  const ambiguous = new Array<number>(termCount).fill(0);
  const rules = new Map<string, [number, number, string, string, 0 | 1]>();
  for (const [t, r, sense] of senses) {
    if (r > 30) throw new Error(`glossary: term ${t} has more than 31 aliases with a sense rule`);
    if (sense.ambiguous) ambiguous[t] = (ambiguous[t] as number) | (1 << r);
    const lists = [sense.notBefore ?? [], sense.notAfter ?? []];
    if (lists.flat().some((x) => x.includes(RULE_SEPARATOR))) {
      throw new Error(`glossary: a context string of term ${t} holds "${RULE_SEPARATOR}"`);
    }
    if (lists.flat().length === 0 && !sense.hanNeighbour) continue;
    const [notBefore, notAfter] = lists.map((list) => list.join(RULE_SEPARATOR)) as [string, string];
    const han = sense.hanNeighbour ? 1 : 0;
    const key = JSON.stringify([t, notBefore, notAfter, han]);
    const rule = rules.get(key);
    if (rule) rule[1] |= 1 << r;
    else rules.set(key, [t, 1 << r, notBefore, notAfter, han]);
  }
  return { ambiguous, rules: [...rules.values()] satisfies ContextRule[] };
}

/**
 * One alias reached twice (a zh-Hans form and its conversion, 大模型 and 大模型): the context rules of
 * both apply (in both scripts); ambiguity must agree.
 */
function mergeSenses(a: AliasSense | null, b: AliasSense | null, where: string): AliasSense | null {
  if (!a || !b) {
    if ((a ?? b)?.ambiguous || (a ?? b)?.hanNeighbour)
      throw new Error(`${where} is listed twice with different senses`);
    return a ?? b;
  }
  if (a.ambiguous !== b.ambiguous || a.hanNeighbour !== b.hanNeighbour) {
    throw new Error(`${where} is listed twice with different senses`);
  }
  const union = (x?: readonly string[], y?: readonly string[]) =>
    x || y ? [...new Set([...(x ?? []), ...(y ?? [])])] : undefined;
  const merged: { -readonly [K in keyof AliasSense]: AliasSense[K] } = { ...a };
  const notBefore = union(a.notBefore, b.notBefore);
  const notAfter = union(a.notAfter, b.notAfter);
  if (notBefore) merged.notBefore = notBefore;
  if (notAfter) merged.notAfter = notAfter;
  return merged;
}

/** The alias's sense rule in the matcher's form (context strings converted like the alias), or null. */
function senseOf(alias: Alias, convert: (s: string) => string | readonly string[]): AliasSense | null {
  const context = (list: readonly string[] | undefined): string[] | undefined => {
    if (!list || list.length === 0) return undefined;
    for (const x of list) if (x === '') throw new Error(`glossary: empty context string on "${alias.text}"`);
    // A context string converted to Traditional: every form the conversion knows (as for aliases).
    return [...new Set(list.flatMap((x) => [convert(x)].flat().map(foldAscii)))];
  };
  const notBefore = context(alias.notBefore);
  const notAfter = context(alias.notAfter);
  const sense: { -readonly [K in keyof AliasSense]: AliasSense[K] } = {};
  if (alias.ambiguous) sense.ambiguous = 1;
  if (notBefore) sense.notBefore = notBefore;
  if (notAfter) sense.notAfter = notAfter;
  if (alias.hanNeighbour) sense.hanNeighbour = 1;
  return Object.keys(sense).length > 0 ? sense : null;
}

/**
 * The generated modules' sources, deterministic: the matcher's data (its aliases one line per term), and
 * the first look's patterns.
 */
export function matcherDataSources(data: MatcherData): Record<string, string> {
  const lines = data.termIds.map(
    (id, t) =>
      `    ${JSON.stringify(data.aliases[t])}, // ${JSON.stringify(id)} ${data.categories[t] as string}`,
  );
  const whole = [
    '// Generated by npm run gen; do not edit.',
    '// The compiled glossary for the matcher: terms, aliases, senses and cues (src/article/build/compile-matcher.ts).',
    "import type { MatcherData } from '../../core/matcher-data';",
    '',
    'export const matcherData: MatcherData = {',
    `  termIds: ${JSON.stringify(data.termIds)},`,
    `  categories: ${JSON.stringify(data.categories)},`,
    '  aliases: [',
    ...lines,
    '  ],',
    `  ambiguous: ${JSON.stringify(data.ambiguous ?? [])},`,
    `  rules: ${JSON.stringify(data.rules ?? [])},`,
    `  cues: ${JSON.stringify(data.cues ?? [])},`,
    '};',
    '',
  ].join('\n');
  const patterns = firstLookPatterns(data.aliases);
  const firstLook = [
    '// Generated by npm run gen; do not edit.',
    "// The eager content script's first look: every alias as a pattern (src/core/first-look.ts).",
    "import type { FirstLookPatterns } from '../../core/first-look';",
    '',
    'export const firstLookPatterns: FirstLookPatterns = {',
    `  cased: ${JSON.stringify(patterns.cased)},`,
    `  folded: ${JSON.stringify(patterns.folded)},`,
    `  han: ${JSON.stringify(patterns.han)},`,
    '};',
    '',
  ].join('\n');
  return { 'first-look.ts': firstLook, 'matcher-data.ts': whole };
}

export async function generate(): Promise<Record<string, string>> {
  const [{ glossary, topicCues }, { traditionalAliasForms }] = await Promise.all([
    import('../glossary'),
    import('./generate-hant'),
  ]);
  return matcherDataSources(compileMatcherData(glossary, traditionalAliasForms, topicCues));
}
