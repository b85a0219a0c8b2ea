// The one marking rule for article text: where glossary terms occur in a sentence, as segments a renderer
// walks (ui/MarkedText.tsx). The reader marks every term; a passage (the card's, the side panel's) marks
// only the terms it is about. Found with the matcher web pages are marked with, so the article agrees with
// the page; pure, and text only.
import { sentenceText } from '../article/article';
import { matcherData } from '../article/generated/matcher-data';
import type { Lang } from '../article/types';
import { createMatcher, type Matcher } from '../core/matcher';
import { typeset } from './typeset';

export interface TextSegment {
  readonly text: string;
  /** Offset of the segment in the whole text. */
  readonly start: number;
  /** The glossary term this segment is an occurrence of, if any. */
  readonly termId?: string;
}

/** The matcher a caller can lend (the content world has one already); what the rule needs of it. */
export type TermFinder = Pick<Matcher, 'findAll' | 'termIds'>;

let ownMatcher: Matcher | undefined;

/** Built on first use, once: only where no caller lends one. */
function defaultMatcher(): TermFinder {
  ownMatcher ??= createMatcher(matcherData);
  return ownMatcher;
}

interface Span {
  readonly start: number;
  readonly end: number;
  readonly termId: string;
}

/** Every term occurrence, leftmost-longest as on web pages. */
function termSpans(text: string, matcher: TermFinder): Span[] {
  const spans: Span[] = [];
  for (const match of matcher.findAll(text)) {
    const termId = matcher.termIds[match.term];
    if (termId !== undefined) spans.push({ start: match.start, end: match.end, termId });
  }
  return spans;
}

/**
 * The aliases of `termIds` as plain substrings: for a term that occurs only inside a longer one (强化学习
 * within 基于人类反馈的增强学习, which the matcher reads as RLHF), so its passage is not shown unmarked.
 */
function substringSpans(text: string, termIds: readonly string[]): Span[] {
  const lower = text.toLowerCase();
  const spans: Span[] = [];
  for (const termId of termIds) {
    const rows = matcherData.aliases[matcherData.termIds.indexOf(termId)] ?? [];
    for (const row of rows) {
      const alias = (typeof row === 'string' ? row : row[0]).toLowerCase();
      if (alias.length === 0) continue;
      for (let at = lower.indexOf(alias); at >= 0; at = lower.indexOf(alias, at + alias.length)) {
        spans.push({ start: at, end: at + alias.length, termId });
      }
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const span of spans) if (span.start >= (out.at(-1)?.end ?? 0)) out.push(span);
  return out;
}

/** `shown` cut at the spans; the spans were found in a text of the same length (typeset keeps offsets). */
function cut(shown: string, spans: readonly Span[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) segments.push({ text: shown.slice(at, span.start), start: at });
    segments.push({ text: shown.slice(span.start, span.end), start: span.start, termId: span.termId });
    at = span.end;
  }
  if (at < shown.length) segments.push({ text: shown.slice(at), start: at });
  return segments;
}

// Article sentences never change: each is cut once per language and matcher.
const cache = new WeakMap<TermFinder, Map<string, TextSegment[]>>();

/** An article sentence as shown in a language (typeset), cut at every glossary term. */
export function sentenceSegments(sid: string, lang: Lang, matcher?: TermFinder): TextSegment[] {
  const finder = matcher ?? defaultMatcher();
  let byKey = cache.get(finder);
  if (!byKey) {
    byKey = new Map();
    cache.set(finder, byKey);
  }
  const key = `${lang}|${sid}`;
  let segments = byKey.get(key);
  if (segments === undefined) {
    // Matched in the source text and shown typeset: the same spans either way, as the matcher folds
    // full-width punctuation, and the source is what the substring fallback reads too.
    const text = sentenceText(sid, lang);
    segments = cut(typeset(text, lang), termSpans(text, finder));
    byKey.set(key, segments);
  }
  return segments;
}

/**
 * A passage (consecutive article sentences) as shown in a language, each sentence cut at the terms
 * `termIds` names. When the matcher finds none of them in the whole passage, their aliases are marked as
 * plain substrings instead.
 */
export function passageSegments(
  sids: readonly string[],
  lang: Lang,
  termIds: readonly string[],
  matcher?: TermFinder,
): TextSegment[][] {
  const wanted = new Set(termIds);
  const sentences = sids.map((sid) => {
    const all = sentenceSegments(sid, lang, matcher);
    // Unwanted terms become plain text again, merged with their neighbours.
    const spans: Span[] = [];
    for (const s of all)
      if (s.termId !== undefined && wanted.has(s.termId))
        spans.push({ start: s.start, end: s.start + s.text.length, termId: s.termId });
    return { sid, shown: all.map((s) => s.text).join(''), spans };
  });
  if (sentences.every((sentence) => sentence.spans.length === 0)) {
    return sentences.map(({ sid, shown }) => cut(shown, substringSpans(sentenceText(sid, lang), termIds)));
  }
  return sentences.map(({ shown, spans }) => cut(shown, spans));
}

/** What goes between two sentences: a space in English, nothing in Chinese (the full stop is full-width). */
export function sentenceGap(lang: Lang): string {
  return lang === 'en' ? ' ' : '';
}
