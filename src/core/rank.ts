// Orders a term's excerpts by how well each fits the text around the hovered occurrence.
import { article, sectionOf, sentenceText } from '../article/article';
import { matcherData } from '../article/generated/matcher-data';
import { glossary } from '../article/glossary';
import { type Excerpt, LANGS, type SentenceId, type Term } from '../article/types';
import { createMatcher, type Matcher, TOPIC_CUE } from './matcher';

/**
 * What the page says around the hovered occurrence, as the page's scanner found it: ranking reads no
 * terms of its own from the text.
 */
export interface RankContext {
  /**
   * The text of the run that holds the occurrence, at most MAX_CONTEXT characters (core/limits.ts): cut
   * where the context is made, and the messages that carry one refuse longer.
   */
  readonly blockText: string;
  /** The other glossary terms found in that run (by the scanner, or the matcher that found the term). */
  readonly nearbyTermIds: readonly string[];
}

export interface RankedExcerpt {
  readonly excerpt: Excerpt;
  readonly score: number;
  /**
   * null for one of the term's own excerpts. A term id when the best fit is a passage the glossary files
   * under a related or nearby term (e.g. "ChatGPT" next to "GPUs": the article discusses cost in A4/A9
   * without naming ChatGPT); the card says which term the passage is about.
   */
  readonly via: string | null;
}

/** A glossary term shared by context and excerpt outweighs any single word. */
const TERM_WEIGHT = 3;
/** A context term that the excerpt's section (the whole Q&A) mentions somewhere. */
const SECTION_WEIGHT = 1;
/** A borrowed passage must fit clearly better than every own one to be shown first. */
const BORROW_FACTOR = 0.5;
/** Below this, a borrowed passage's fit is one stray word: not worth leaving the term's own passages. */
const MIN_BORROW = 0.75;
/** Chinese character bigrams are noisier evidence than whole English words. */
const BIGRAM_WEIGHT = 0.6;

const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being ' +
    'below between both but by can could did do does doing down during each even ever few for from ' +
    'further had has have having he her here hers him his how i if in into is it its itself just less ' +
    'like made make many may me might more most much must my no nor not now of off often on once one ' +
    'only or other our ours out over own per quite rather really same say says she should so some such ' +
    'than that the their them then there these they this those through thus to too under until up upon ' +
    'us very was we well were what when where which while who whom why will with within without would ' +
    'yet you your new get got use used using way ways said s t every keep still go goe going come take ' +
    'give thing lot let see seen look know think want need right first last next'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const HAN_RUN = /\p{Script=Han}+/gu;
const HAN = /\p{Script=Han}/u;

/** English words: lower-cased, possessives and plural -s dropped, stop words out. */
function words(text: string, into: Set<string>): void {
  for (const match of text.matchAll(WORD)) {
    let word = match[0].toLowerCase().replace(/['’]s$/, '');
    if (HAN.test(word)) continue;
    if (word.length > 3 && word.endsWith('ies')) word = `${word.slice(0, -3)}y`;
    else if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1);
    if (word.length > 1 && !STOP_WORDS.has(word)) into.add(word);
  }
}

/** Chinese: overlapping character bigrams of each Han run (a lone character counts as itself). */
function bigrams(text: string, into: Set<string>): void {
  for (const match of text.matchAll(HAN_RUN)) {
    const run = match[0];
    if (run.length === 1) into.add(run);
    for (let i = 0; i + 1 < run.length; i++) into.add(run.slice(i, i + 2));
  }
}

function tokens(text: string): Set<string> {
  const out = new Set<string>();
  words(text, out);
  bigrams(text, out);
  return out;
}

/** Built only where no matcher is handed in (the extension's pages); the content world hands in its own. */
let sharedMatcher: Matcher | undefined;
function matcher(): Matcher {
  sharedMatcher ??= createMatcher(matcherData);
  return sharedMatcher;
}

/** The glossary terms in a text (a matcher made with topic cues reports those too: they are no terms). */
function termsIn(m: Matcher, text: string, into = new Set<string>()): Set<string> {
  m.scan(text, (_start, _end, term, kind) => {
    const id = kind === TOPIC_CUE ? undefined : m.termIds[term];
    if (id !== undefined) into.add(id);
  });
  return into;
}

/** The text of some sentences in all three languages at once, so a page in any of them can match. */
function allLangText(ids: readonly SentenceId[]): string {
  return LANGS.map((lang) => ids.map((id) => sentenceText(id, lang)).join(' ')).join('\n');
}

interface Profile {
  readonly tokens: ReadonlySet<string>;
  readonly terms: ReadonlySet<string>;
  readonly sectionTerms: ReadonlySet<string>;
}

// Built lazily, once: the article is small (a few hundred sentences), so this costs a few milliseconds.
let idf: Map<string, number> | undefined;
const sectionTermCache = new Map<string, Set<string>>();
const profileCache = new Map<string, Profile>();

/** Inverse document frequency over the article's blocks (questions and paragraphs), all languages. */
function inverseFrequency(): Map<string, number> {
  if (idf) return idf;
  const df = new Map<string, number>();
  let docs = 0;
  for (const section of article.sections) {
    const blocks = [section.question, ...section.answer.map((block) => block.sentences)];
    for (const ids of blocks) {
      if (ids.length === 0) continue;
      docs++;
      for (const token of tokens(allLangText(ids))) df.set(token, (df.get(token) ?? 0) + 1);
    }
  }
  idf = new Map();
  for (const [token, count] of df) idf.set(token, Math.log(1 + docs / count));
  return idf;
}

function sectionTerms(m: Matcher, sectionId: string): Set<string> {
  let terms = sectionTermCache.get(sectionId);
  if (terms) return terms;
  terms = new Set();
  const section = article.sections.find((s) => s.id === sectionId);
  if (section) {
    const ids = [...section.question, ...section.answer.flatMap((block) => block.sentences)];
    termsIn(m, allLangText(ids), terms);
  }
  sectionTermCache.set(sectionId, terms);
  return terms;
}

function profile(m: Matcher, excerpt: Excerpt): Profile {
  const key = excerpt.sentences.join(' ');
  let found = profileCache.get(key);
  if (found) return found;
  const text = allLangText(excerpt.sentences);
  const first = excerpt.sentences[0] ?? '';
  found = {
    tokens: tokens(text),
    terms: termsIn(m, text),
    sectionTerms: sectionTerms(m, sectionOf(first)?.id ?? ''),
  };
  profileCache.set(key, found);
  return found;
}

const termsById = new Map(glossary.map((term) => [term.id, term]));

interface ContextProfile {
  readonly tokens: ReadonlySet<string>;
  readonly terms: ReadonlySet<string>;
}

function contextProfile(m: Matcher, term: Term, context: RankContext): ContextProfile {
  let text = context.blockText;
  // The hovered term is in every own excerpt and in no borrowed one: its words say nothing about fit.
  const cuts: [number, number][] = [];
  m.scan(text, (start, end, found, kind) => {
    if (kind !== TOPIC_CUE && m.termIds[found] === term.id) cuts.push([start, end]);
  });
  for (const [start, end] of cuts.reverse()) text = `${text.slice(0, start)} ${text.slice(end)}`;
  const terms = new Set(context.nearbyTermIds.filter((id) => termsById.has(id)));
  terms.delete(term.id);
  return { tokens: tokens(text), terms };
}

function fitScore(m: Matcher, excerpt: Excerpt, context: ContextProfile, hovered: string): number {
  const weights = inverseFrequency();
  const target = profile(m, excerpt);
  let score = 0;
  for (const token of context.tokens) {
    if (!target.tokens.has(token)) continue;
    const weight = weights.get(token) ?? 0;
    score += HAN.test(token) ? weight * BIGRAM_WEIGHT : weight;
  }
  for (const id of context.terms) {
    if (id === hovered) continue;
    if (target.terms.has(id)) score += TERM_WEIGHT;
    if (target.sectionTerms.has(id)) score += SECTION_WEIGHT;
  }
  return score;
}

const excerptKey = (excerpt: Excerpt): string => excerpt.sentences.join(' ');

/**
 * The term's excerpts, best fit to the context first; equal scores keep the glossary's order (the data's
 * author ranked them). When a passage filed under a related term or a term nearby on the page fits
 * clearly better than all of the term's own, it leads the list, marked with `via`. `m` is the matcher the
 * caller already holds (the content world's, which found the term): the card builds no second one.
 */
export function rankExcerpts(term: Term, context: RankContext, m: Matcher = matcher()): RankedExcerpt[] {
  const ctx = contextProfile(m, term, context);
  const own = term.excerpts
    .map((excerpt, order) => ({ excerpt, score: fitScore(m, excerpt, ctx, term.id), via: null, order }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ excerpt, score, via }): RankedExcerpt => ({ excerpt, score, via }));
  const best = own[0]?.score ?? 0;

  const seen = new Set(term.excerpts.map(excerptKey));
  let borrowed: RankedExcerpt | null = null;
  const donors = [...term.related, ...context.nearbyTermIds.filter((id) => ctx.terms.has(id))];
  for (const id of donors) {
    const donor = termsById.get(id);
    if (!donor || donor.id === term.id) continue;
    for (const excerpt of donor.excerpts) {
      const key = excerptKey(excerpt);
      if (seen.has(key)) continue;
      seen.add(key);
      const score = fitScore(m, excerpt, ctx, term.id) * BORROW_FACTOR;
      if (score > best && score >= MIN_BORROW && score > (borrowed?.score ?? 0))
        borrowed = { excerpt, score, via: donor.id };
    }
  }
  return borrowed ? [borrowed, ...own] : own;
}
