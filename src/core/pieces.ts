// Matching a very long text in pieces, with the same result as one pass: the scanner uses it to pause
// between the pieces of a huge text node instead of blocking the page for the whole of it.
import type { MatchScanner, OnMatch } from './matcher';
import { isWordChar } from './matcher-data';

/**
 * Where to end the piece that starts at `from`, near `target`: after a character that is not a Latin
 * word character, so that the next piece starts where the matcher's left-boundary rule holds as it would
 * in one pass. Always past `from`, so that every piece makes progress.
 */
export function splitPoint(text: string, from: number, target: number): number {
  if (target >= text.length) return text.length;
  for (let at = target; at > target - 256 && at > from + 1; at--) {
    if (!isWordChar(text.charCodeAt(at - 1))) return at;
  }
  return target;
}

/**
 * Calls `onMatch` for the terms of `text` that start in [from, to), with offsets in `text`; returns where
 * the next piece must start (after the last term found, or `to`).
 */
export function scanPiece(
  matcher: MatchScanner,
  text: string,
  from: number,
  to: number,
  onMatch: OnMatch,
): number {
  let next = to;
  matcher.scan(
    text,
    (start, end, term, kind) => {
      onMatch(start, end, term, kind);
      next = Math.max(next, end);
    },
    from,
    to,
  );
  return next;
}
