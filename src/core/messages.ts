// The one message protocol between the parts of AIGC Lens: what each receiver answers (a request →
// response map per receiving world) and the parsers of both directions. Every receiver parses what it gets
// and ignores anything else (messages from pages or other extensions never parse); every sender parses the
// answer. The content script's half is content-requests.ts, re-exported here: the eager script imports
// that module alone, not the parsers of the messages only pages and the background receive.
import type {
  ContentRequestType,
  ContentResponse,
  Done,
  PageHost,
  PageTerm,
  PageTerms,
  TextProbe,
} from './content-requests';
import { isRecord, isShortString } from './guards';
import { MAX_CONTEXT, MAX_HOST, MAX_ID, MAX_NEARBY, PROBE_PIECE } from './limits';

export {
  type ContentRequest,
  type ContentRequestType,
  type ContentResponse,
  type Done,
  type PageHost,
  type PageTerm,
  type PageTerms,
  parseContentRequest,
} from './content-requests';

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

export function parseTermShown(value: unknown): TermShown | null {
  if (!isRecord(value) || value.type !== 'term-shown' || !isShortString(value.termId, MAX_ID)) return null;
  if (typeof value.blockText !== 'string' || value.blockText.length > MAX_CONTEXT) return null;
  const nearby = value.nearbyTermIds;
  if (!Array.isArray(nearby) || nearby.length > MAX_NEARBY) return null;
  if (!nearby.every((id) => isShortString(id, MAX_ID))) return null;
  return { type: 'term-shown', termId: value.termId, blockText: value.blockText, nearbyTermIds: nearby };
}

/**
 * A frame's request that the top frame show a card for one of its terms: the term, its ranking context,
 * the term's rect in the frame's viewport, and a nonce the frame also posts to its parent window, by
 * which the top frame finds the <iframe> element (and so the offset of the frame's viewport).
 */
export interface FrameCard {
  readonly type: 'frame-card';
  readonly nonce: string;
  readonly termId: string;
  readonly blockText: string;
  readonly nearbyTermIds: readonly string[];
  readonly rect: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

export function parseFrameCard(value: unknown): FrameCard | null {
  if (!isRecord(value) || value.type !== 'frame-card') return null;
  const { nonce, termId, blockText, nearbyTermIds, rect } = value;
  if (!isShortString(nonce, MAX_ID) || !isShortString(termId, MAX_ID)) return null;
  if (typeof blockText !== 'string' || blockText.length > MAX_CONTEXT) return null;
  if (!Array.isArray(nearbyTermIds) || nearbyTermIds.length > MAX_NEARBY) return null;
  if (!nearbyTermIds.every((id) => isShortString(id, MAX_ID)) || !isRecord(rect)) return null;
  const box = [rect.x, rect.y, rect.width, rect.height];
  if (!box.every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  const [x, y, width, height] = box as number[];
  return {
    type: 'frame-card',
    nonce,
    termId,
    blockText,
    nearbyTermIds,
    rect: { x: x ?? 0, y: y ?? 0, width: width ?? 0, height: height ?? 0 },
  };
}

/** Sent to the background by a content script, the card or an extension page, each with its answer. */
export interface BackgroundApi {
  /** The number of distinct terms marked in the sending tab's top frame, for the badge. */
  'page-term-count': {
    request: { readonly type: 'page-term-count'; readonly count: number };
    response: Done;
  };
  /** Open the reader in a tab, at a passage when a sentence id is given. */
  'open-reader': { request: { readonly type: 'open-reader'; readonly sentenceId?: string }; response: Done };
  /** From a frame too small for a card: relayed to the tab's top frame, which shows it. */
  'frame-card': { request: FrameCard; response: Done };
  /**
   * From a content script: is AIGC Lens on for the tab's site (`host`, the top-level page's), and may
   * this text (a frame's, or a changed part's, blocks joined) hold a term? One round trip for both, so a
   * frame with no term reads no settings itself. The document's first look (`pass: 'document'`) in a top
   * frame also clears the tab's badge: a new page shows no count until its engine has marked something.
   */
  'probe-text': {
    request: {
      readonly type: 'probe-text';
      readonly text: string;
      readonly host: string;
      readonly pass: 'document' | 'changes';
    };
    response: TextProbe;
  };
}

export type BackgroundRequestType = keyof BackgroundApi;
export type BackgroundRequestOf<K extends BackgroundRequestType> = BackgroundApi[K]['request'];
export type BackgroundResponse<K extends BackgroundRequestType> = BackgroundApi[K]['response'];
export type BackgroundRequest = {
  [K in BackgroundRequestType]: BackgroundRequestOf<K>;
}[BackgroundRequestType];

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

export function parseDone(value: unknown): Done | null {
  if (!isRecord(value) || typeof value.ok !== 'boolean') return null;
  if (value.termId === undefined) return { ok: value.ok };
  return isShortString(value.termId, MAX_ID) ? { ok: value.ok, termId: value.termId } : null;
}

/** The parser of each content request's answer, for the typed sender. */
export const contentResponseParsers: {
  readonly [K in ContentRequestType]: (value: unknown) => ContentResponse<K> | null;
} = {
  'page-terms': parsePageTerms,
  'reveal-term': parseDone,
  'step-term': parseDone,
  'lookup-selection': parseDone,
  'page-host': parsePageHost,
  'term-list': parseDone,
  'frame-card': parseDone,
};

export function parseBackgroundRequest(value: unknown): BackgroundRequest | null {
  if (!isRecord(value)) return null;
  switch (value.type) {
    case 'page-term-count':
      return typeof value.count === 'number' && Number.isInteger(value.count) && value.count >= 0
        ? { type: 'page-term-count', count: value.count }
        : null;
    case 'frame-card':
      return parseFrameCard(value);
    case 'probe-text':
      return typeof value.text === 'string' &&
        value.text.length <= PROBE_PIECE &&
        typeof value.host === 'string' &&
        value.host.length <= MAX_HOST &&
        (value.pass === 'document' || value.pass === 'changes')
        ? { type: 'probe-text', text: value.text, host: value.host, pass: value.pass }
        : null;
    case 'open-reader':
      if (value.sentenceId === undefined) return { type: 'open-reader' };
      return isShortString(value.sentenceId, MAX_ID)
        ? { type: 'open-reader', sentenceId: value.sentenceId }
        : null;
    default:
      return null;
  }
}
