// The one message protocol between the parts of AIGC Lens. Every receiver parses what it gets with the
// functions here and ignores anything else (messages from pages or other extensions never parse).
// What the content script receives is parsed in content-requests.ts, re-exported here: the eager script
// imports that module alone, not the parsers of the messages only pages and the background receive.
import { type FrameCard, MAX_ID, parseFrameCard } from './content-requests';
import { isRecord, isShortString } from './guards';

export { type ContentRequest, type FrameCard, parseContentRequest } from './content-requests';

/** The content script's answer to `page-host`: `location.hostname` (empty for file: and about: pages). */
export interface PageHost {
  readonly host: string;
}

export interface PageTerm {
  readonly termId: string;
  readonly count: number;
}

/** The content script's answer to `page-terms`. */
export interface PageTerms {
  readonly type: 'page-terms';
  readonly terms: readonly PageTerm[];
}

/**
 * Sent by a content script to the extension's pages whenever a card opens for a term on the page (a hover,
 * a tap, a step): the side panel, following that tab, scrolls to the term's best passage for this context.
 */
export interface TermShown {
  readonly type: 'term-shown';
  readonly termId: string;
  readonly blockText: string;
  readonly nearbyTermIds: readonly string[];
}

/** The block text a card ranks with is capped at this (src/content/interactions.ts). */
const MAX_BLOCK_TEXT = 4000;
const MAX_NEARBY = 64;

export function parseTermShown(value: unknown): TermShown | null {
  if (!isRecord(value) || value.type !== 'term-shown' || !isShortString(value.termId, MAX_ID)) return null;
  if (typeof value.blockText !== 'string' || value.blockText.length > MAX_BLOCK_TEXT) return null;
  const nearby = value.nearbyTermIds;
  if (!Array.isArray(nearby) || nearby.length > MAX_NEARBY) return null;
  if (!nearby.every((id) => isShortString(id, MAX_ID))) return null;
  return { type: 'term-shown', termId: value.termId, blockText: value.blockText, nearbyTermIds: nearby };
}

/** Sent to the background by a content script or an extension page. */
export type BackgroundRequest =
  /** The number of distinct terms marked in the sending tab's top frame, for the badge. */
  | { readonly type: 'page-term-count'; readonly count: number }
  /** Open the reader in a tab, at a passage when a sentence id is given. */
  | { readonly type: 'open-reader'; readonly sentenceId?: string }
  /** From a frame too small for a card: relayed to the tab's top frame, which shows it. */
  | FrameCard;

/** 253 is the longest DNS name; anything longer is not a host name. */
const MAX_HOST = 253;

export function parsePageHost(value: unknown): PageHost | null {
  if (!isRecord(value) || typeof value.host !== 'string' || value.host.length > MAX_HOST) return null;
  return { host: value.host };
}

export function parsePageTerms(value: unknown): PageTerms | null {
  if (!isRecord(value) || value.type !== 'page-terms' || !Array.isArray(value.terms)) return null;
  const terms: PageTerm[] = [];
  for (const item of value.terms) {
    if (!isRecord(item) || !isShortString(item.termId, MAX_ID)) return null;
    if (typeof item.count !== 'number' || !Number.isInteger(item.count) || item.count < 1) return null;
    terms.push({ termId: item.termId, count: item.count });
  }
  return { type: 'page-terms', terms };
}

export function parseBackgroundRequest(value: unknown): BackgroundRequest | null {
  if (!isRecord(value)) return null;
  switch (value.type) {
    case 'page-term-count':
      return typeof value.count === 'number' && Number.isInteger(value.count) && value.count >= 0
        ? { type: 'page-term-count', count: value.count }
        : null;
    case 'frame-card':
      return parseFrameCard(value);
    case 'open-reader':
      if (value.sentenceId === undefined) return { type: 'open-reader' };
      return isShortString(value.sentenceId, MAX_ID)
        ? { type: 'open-reader', sentenceId: value.sentenceId }
        : null;
    default:
      return null;
  }
}
