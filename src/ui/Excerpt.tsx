// Renders article text: one sentence (`Sentence`, with `data-sid`) or a run of them (`Excerpt`), typeset
// for its language, with glossary terms marked. Text only — never markup.
import { Fragment, type JSX } from 'preact';
import { sentenceText } from '../article/article';
import type { Lang } from '../article/types';
import { cachedTermSegments, type TextSegment } from './term-marks';
import { typeset } from './typeset';

/** A sentence as shown in a language: typeset text cut at its glossary terms. */
export function sentenceSegments(sid: string, lang: Lang): TextSegment[] {
  return cachedTermSegments(`${lang}|${sid}`, typeset(sentenceText(sid, lang), lang));
}

export interface SentenceProps {
  readonly sid: string;
  readonly lang: Lang;
  /** 'all' marks every glossary term (the reader); a term id highlights only that term (a card's excerpt). */
  readonly terms?: 'all' | { readonly only: string };
  /** Offsets of the term occurrences that get a tab stop (the reader gives one per term and paragraph). */
  readonly tabStops?: ReadonlySet<number>;
  /** Give the span the sentence id as its element id, so `#a7.p2.s3` links have a target (once per page). */
  readonly anchor?: boolean;
}

export function Sentence({ sid, lang, terms, tabStops, anchor }: SentenceProps) {
  const segments = sentenceSegments(sid, lang);
  const children: Array<string | JSX.Element> = [];
  for (const segment of segments) {
    const { termId } = segment;
    if (termId === undefined || terms === undefined) {
      children.push(segment.text);
    } else if (terms !== 'all') {
      children.push(
        termId === terms.only ? (
          <mark key={segment.start} class="excerpt-term">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      );
    } else {
      const tabStop = tabStops?.has(segment.start) === true;
      children.push(
        <span
          key={segment.start}
          class="term"
          data-term={termId}
          tabIndex={tabStop ? 0 : undefined}
          role={tabStop ? 'button' : undefined}
          aria-haspopup={tabStop ? 'dialog' : undefined}
        >
          {segment.text}
        </span>,
      );
    }
  }
  return (
    <span class="sentence" data-sid={sid} id={anchor ? sid : undefined}>
      {children}
    </span>
  );
}

/** For each sentence of a paragraph, the offsets of the first occurrence of each term in the paragraph. */
export function paragraphTabStops(sids: readonly string[], lang: Lang): Map<string, Set<number>> {
  const seen = new Set<string>();
  const stops = new Map<string, Set<number>>();
  for (const sid of sids) {
    const own = new Set<number>();
    for (const segment of sentenceSegments(sid, lang)) {
      if (segment.termId !== undefined && !seen.has(segment.termId)) {
        seen.add(segment.termId);
        own.add(segment.start);
      }
    }
    stops.set(sid, own);
  }
  return stops;
}

/** What goes between two sentences: a space in English, nothing in Chinese (the full stop is full-width). */
export function sentenceGap(lang: Lang): string {
  return lang === 'en' ? ' ' : '';
}

export interface ExcerptProps {
  readonly sentences: readonly string[];
  readonly lang: Lang;
  readonly highlightTerm?: string;
}

/** A run of consecutive sentences in one language, e.g. a card's passage, with its term highlighted. */
export function Excerpt({ sentences, lang, highlightTerm }: ExcerptProps) {
  return (
    <span class="excerpt" lang={lang}>
      {sentences.map((sid, i) => (
        <Fragment key={sid}>
          {i > 0 ? sentenceGap(lang) : null}
          <Sentence
            sid={sid}
            lang={lang}
            terms={highlightTerm === undefined ? undefined : { only: highlightTerm }}
          />
        </Fragment>
      ))}
    </span>
  );
}
