// Article text with its glossary terms marked, the one renderer of it: a reader's sentence (`Sentence`,
// every term a focusable mark) and a passage (`Passage`, the card's and the side panel's, its own terms
// highlighted). Both walk the segments of ui/term-marks.ts; text only, never markup.
import { Fragment, type JSX } from 'preact';
import type { Lang } from '../article/types';
import {
  passageSegments,
  sentenceGap,
  sentenceSegments,
  type TermFinder,
  type TextSegment,
} from './term-marks';

type TermSegment = TextSegment & { readonly termId: string };

interface MarkedSentenceProps {
  readonly sid: string;
  readonly segments: readonly TextSegment[];
  readonly anchor?: boolean | undefined;
  readonly mark: (segment: TermSegment) => JSX.Element;
}

/** A span with `data-sid` whose children are the segments, each term drawn by `mark`. */
function MarkedSentence({ sid, segments, anchor, mark }: MarkedSentenceProps) {
  return (
    <span class="sentence" data-sid={sid} id={anchor ? sid : undefined}>
      {segments.map((segment) =>
        segment.termId === undefined ? segment.text : mark(segment as TermSegment),
      )}
    </span>
  );
}

export interface SentenceProps {
  readonly sid: string;
  readonly lang: Lang;
  /** Mark every glossary term (the reader's article); plain text when absent (the title, the byline). */
  readonly markTerms?: boolean;
  /** Offsets of the term occurrences that get a tab stop (the reader gives one per term and paragraph). */
  readonly tabStops?: ReadonlySet<number> | undefined;
  /** Give the span the sentence id as its element id, so `#a7.p2.s3` links have a target (once per page). */
  readonly anchor?: boolean;
}

/** One sentence of the reader, typeset for its language. */
export function Sentence({ sid, lang, markTerms, tabStops, anchor }: SentenceProps) {
  const segments = sentenceSegments(sid, lang);
  return (
    <MarkedSentence
      sid={sid}
      anchor={anchor}
      segments={markTerms ? segments : [{ text: segments.map((s) => s.text).join(''), start: 0 }]}
      mark={(segment) => {
        const tabStop = tabStops?.has(segment.start) === true;
        return (
          <span
            key={segment.start}
            class="term"
            data-term={segment.termId}
            tabIndex={tabStop ? 0 : undefined}
            role={tabStop ? 'button' : undefined}
            aria-haspopup={tabStop ? 'dialog' : undefined}
          >
            {segment.text}
          </span>
        );
      }}
    />
  );
}

export interface PassageProps {
  /** Consecutive sentences of the article. */
  readonly sids: readonly string[];
  readonly lang: Lang;
  /** The terms the passage is about: only these are highlighted. */
  readonly termIds: readonly string[];
  /** The matcher to find them with (the card lends the content world's); one built on first use otherwise. */
  readonly matcher?: TermFinder | undefined;
}

/** A passage in one language with its terms highlighted; the caller gives the element around it. */
export function Passage({ sids, lang, termIds, matcher }: PassageProps) {
  const sentences = passageSegments(sids, lang, termIds, matcher);
  return (
    <>
      {sids.map((sid, i) => (
        <Fragment key={sid}>
          {i > 0 ? sentenceGap(lang) : null}
          <MarkedSentence
            sid={sid}
            segments={sentences[i] ?? []}
            mark={(segment) => (
              <mark key={segment.start} class="excerpt-term">
                {segment.text}
              </mark>
            )}
          />
        </Fragment>
      ))}
    </>
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
