// Search in the rendered article: finds the query in every sentence of the shown languages, paints the hits
// with the CSS Custom Highlight API (no DOM change, so terms and sentences keep their elements), and steps
// through them.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { headerBottom } from './position';
import { findInText, stepIndex } from './search';

export const HIT_HIGHLIGHT = 'aigc-lens-reader-hit';
export const CURRENT_HIGHLIGHT = 'aigc-lens-reader-hit-current';

interface Hit {
  readonly range: Range;
  readonly sentence: HTMLElement;
}

/** A DOM range over [start, end) of an element's text, across its text nodes. */
function rangeFromOffsets(root: HTMLElement, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let at = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node as Text).data.length;
    if (!started && start < at + length) {
      range.setStart(node, start - at);
      started = true;
    }
    if (started && end <= at + length) {
      range.setEnd(node, end - at);
      return range;
    }
    at += length;
  }
  return null;
}

function collectHits(root: HTMLElement, query: string): Hit[] {
  const hits: Hit[] = [];
  for (const sentence of root.querySelectorAll<HTMLElement>('[data-sid]')) {
    const lang = sentence.closest<HTMLElement>('[lang]')?.lang ?? 'en';
    for (const [start, end] of findInText(sentence.textContent ?? '', query, lang)) {
      const range = rangeFromOffsets(sentence, start, end);
      if (range) hits.push({ range, sentence });
    }
  }
  return hits;
}

function paint(hits: readonly Hit[], current: number): void {
  // Both browsers we ship for have it; without it the count and stepping still work.
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return;
  CSS.highlights.set(HIT_HIGHLIGHT, new Highlight(...hits.map((hit) => hit.range)));
  const hit = hits[current];
  if (hit) CSS.highlights.set(CURRENT_HIGHLIGHT, new Highlight(hit.range));
  else CSS.highlights.delete(CURRENT_HIGHLIGHT);
}

export interface SearchState {
  readonly query: string;
  /** The query the current hits are for; lags `query` while typing, so "no matches" never flickers. */
  readonly searched: string;
  readonly setQuery: (query: string) => void;
  readonly count: number;
  /** -1 when there is no current hit. */
  readonly index: number;
  readonly step: (direction: 1 | -1) => void;
}

/** `contentKey` changes whenever the rendered text does (language switch), so hits are found again. */
export function useSearch(root: { current: HTMLElement | null }, contentKey: string): SearchState {
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');
  const [count, setCount] = useState(0);
  const [index, setIndex] = useState(-1);
  const hits = useRef<Hit[]>([]);

  const show = useCallback((next: number) => {
    setIndex(next);
    paint(hits.current, next);
    const hit = hits.current[next];
    if (!hit) return;
    // Scroll the hit's own line into view, below the sticky header (scroll-margin on .sentence).
    const rect = hit.range.getBoundingClientRect();
    const header = headerBottom();
    if (rect.top < header || rect.bottom > window.innerHeight) {
      window.scrollBy({ top: rect.top - header - (window.innerHeight - header) / 3, behavior: 'instant' });
    }
  }, []);

  useEffect(() => {
    // Debounced: typing in Chinese goes through an IME, and each keystroke need not re-scan.
    const timer = setTimeout(() => {
      const el = root.current;
      hits.current = el && query.trim() !== '' ? collectHits(el, query) : [];
      setCount(hits.current.length);
      setSearched(query);
      show(hits.current.length > 0 ? 0 : -1);
    }, 120);
    return () => clearTimeout(timer);
  }, [query, contentKey, root, show]);

  useEffect(
    () => () => {
      if (typeof CSS !== 'undefined' && 'highlights' in CSS) {
        CSS.highlights.delete(HIT_HIGHLIGHT);
        CSS.highlights.delete(CURRENT_HIGHLIGHT);
      }
    },
    [],
  );

  const step = useCallback(
    (direction: 1 | -1) => show(stepIndex(index, hits.current.length, direction)),
    [index, show],
  );
  return { query, searched, setQuery, count, index, step };
}
