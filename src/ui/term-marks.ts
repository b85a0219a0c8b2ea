// Where glossary terms occur in a text, as segments a renderer can walk: the reader marks them, the card
// highlights its own term in an excerpt. One matcher for the page, built on first use.
import { matcherData } from '../article/generated/matcher-data';
import { createMatcher, type Matcher } from '../core/matcher';

export interface TextSegment {
  readonly text: string;
  /** Offset of the segment in the whole text. */
  readonly start: number;
  /** The glossary term this segment is an occurrence of, if any. */
  readonly termId?: string;
}

let matcher: Matcher | undefined;

function getMatcher(): Matcher {
  matcher ??= createMatcher(matcherData);
  return matcher;
}

/** The text cut at every term occurrence (leftmost-longest, as on web pages). */
export function termSegments(text: string): TextSegment[] {
  const m = getMatcher();
  const segments: TextSegment[] = [];
  let at = 0;
  for (const match of m.findAll(text)) {
    if (match.start > at) segments.push({ text: text.slice(at, match.start), start: at });
    const termId = m.termIds[match.term];
    segments.push(
      termId === undefined
        ? { text: text.slice(match.start, match.end), start: match.start }
        : { text: text.slice(match.start, match.end), start: match.start, termId },
    );
    at = match.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), start: at });
  return segments;
}

const cache = new Map<string, TextSegment[]>();

/** termSegments of a text that never changes (an article sentence), computed once. */
export function cachedTermSegments(key: string, text: string): TextSegment[] {
  let segments = cache.get(key);
  if (segments === undefined) {
    segments = termSegments(text);
    cache.set(key, segments);
  }
  return segments;
}
