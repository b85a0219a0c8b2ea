// What a card is for and what it ranks its passages against, from the scanner's findings: an occurrence
// brings its run's text and the terms found near it; a selection is read as a hover's run would be.
import { MAX_CONTEXT, MAX_NEARBY } from '../core/limits';
import type { Matcher } from '../core/matcher';
import type { FrameCard } from '../core/messages';
import type { RankContext } from '../core/rank';
import { runAround } from './block-runs';
import type { Occurrence } from './occurrences';

/**
 * What a card is open for: an occurrence on the page, a selection looked up from the context menu, or (in
 * the top frame) a term of a frame too small to hold its card.
 */
export type Target =
  | Occurrence
  | { readonly selection: Range | null }
  | { readonly remote: FrameCard; readonly frame: HTMLIFrameElement | HTMLFrameElement };

export const isOccurrence = (target: Target): target is Occurrence =>
  !('selection' in target) && !('remote' in target);

/** What a lookup found in the selected text: its first term (null for none), and the text itself. */
export interface Lookup {
  readonly termId: string | null;
  readonly text: string;
}

/**
 * What a card ranks its passages against, cut once: the text at most MAX_CONTEXT characters (the messages
 * that carry a context refuse longer), the nearby terms at most MAX_NEARBY.
 */
function rankContext(text: string, nearbyTermIds: readonly string[]): RankContext {
  return { blockText: text.slice(0, MAX_CONTEXT), nearbyTermIds: nearbyTermIds.slice(0, MAX_NEARBY) };
}

/**
 * A selection's context, found as a hover's is: the run it starts in (block-runs.ts, the scanner's
 * definition of a block) or, outside any, the selected text; its terms found by the scanner's matcher.
 */
export function selectionContext(matcher: Matcher, selection: Range | null, lookup?: Lookup): RankContext {
  const text = ((selection && runAround(selection)?.text) || lookup?.text || '').slice(0, MAX_CONTEXT);
  const nearby = new Set<string>();
  for (const match of matcher.findAll(text)) {
    const id = matcher.termIds[match.term];
    if (id !== undefined && id !== lookup?.termId) nearby.add(id);
  }
  return rankContext(text, [...nearby]);
}

/** The card's term and what its passages are ranked against: the scanner's findings where there are some. */
export function cardSubject(
  matcher: Matcher,
  target: Target,
  lookup?: Lookup,
): { termId: string | null; context: RankContext } {
  if ('remote' in target) {
    const { termId, blockText, nearbyTermIds } = target.remote;
    return { termId, context: rankContext(blockText, nearbyTermIds) };
  }
  if ('selection' in target) {
    return { termId: lookup?.termId ?? null, context: selectionContext(matcher, target.selection, lookup) };
  }
  return { termId: target.termId, context: rankContext(target.runText(), target.nearbyTermIds()) };
}
