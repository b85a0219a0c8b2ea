// The content script's half of the message protocol: what a tab's content script answers (the request →
// response map) and the parser its one receiver runs. Apart from messages.ts so that the eager content
// script loads this alone; the types cost nothing at run time.
import { isRecord, isShortString } from './guards';
import { MAX_ID, MAX_SELECTION_TEXT } from './limits';

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

/** Whether a request was carried out; a step or lookup also says which term its card shows. */
export interface Done {
  readonly ok: boolean;
  readonly termId?: string;
}

/** Sent to a tab's content script (by the popup or the background), each with its answer. */
export interface ContentApi {
  /** Which terms are marked in this frame, in page order. */
  'page-terms': { request: { readonly type: 'page-terms' }; response: PageTerms };
  /** Scroll to the next occurrence of a term and flash it. */
  'reveal-term': { request: { readonly type: 'reveal-term'; readonly termId: string }; response: Done };
  /** Move to the next (1) or previous (-1) marked term in reading order and open its card. */
  'step-term': { request: { readonly type: 'step-term'; readonly direction: 1 | -1 }; response: Done };
  /**
   * Open the accessible list of the terms near the focus or in view (for screen readers); choosing one
   * selects it in the page and opens its card. Sent to frame 0 only.
   */
  'term-list': { request: { readonly type: 'term-list' }; response: Done };
  /**
   * Show the card of a term in a frame too small to hold it (relayed by the background). Frame 0 only.
   * Checked only for its type here: the lazily loaded interactions parse the rest (parseFrameCard in
   * messages.ts), which keeps that parser out of the eager script.
   */
  'frame-card': {
    request: { readonly type: 'frame-card'; readonly unparsed: Readonly<Record<string, unknown>> };
    response: Done;
  };
  /** Open the card for the first glossary term in the selected text, or say that it holds none. */
  'lookup-selection': {
    request: { readonly type: 'lookup-selection'; readonly text: string };
    response: Done;
  };
  /**
   * The host name of the page, for the toggle-site command (the background cannot read tab.url without
   * the `tabs` permission). Sent to frame 0 only.
   */
  'page-host': { request: { readonly type: 'page-host' }; response: PageHost };
}

export type ContentRequestType = keyof ContentApi;
export type ContentRequestOf<K extends ContentRequestType> = ContentApi[K]['request'];
export type ContentResponse<K extends ContentRequestType> = ContentApi[K]['response'];
export type ContentRequest = { [K in ContentRequestType]: ContentRequestOf<K> }[ContentRequestType];

/** Answers a subset of the content requests: the compiler checks each handler's answer against the map. */
export type ContentHandlers<K extends ContentRequestType> = {
  readonly [T in K]: (request: ContentRequestOf<T>) => ContentResponse<T> | Promise<ContentResponse<T>>;
};

export function parseContentRequest(value: unknown): ContentRequest | null {
  if (!isRecord(value)) return null;
  switch (value.type) {
    case 'page-terms':
      return { type: 'page-terms' };
    case 'reveal-term':
      return isShortString(value.termId, MAX_ID) ? { type: 'reveal-term', termId: value.termId } : null;
    case 'step-term':
      return value.direction === 1 || value.direction === -1
        ? { type: 'step-term', direction: value.direction }
        : null;
    case 'lookup-selection':
      return typeof value.text === 'string' && value.text.length <= MAX_SELECTION_TEXT
        ? { type: 'lookup-selection', text: value.text }
        : null;
    case 'page-host':
      return { type: 'page-host' };
    case 'term-list':
      return { type: 'term-list' };
    case 'frame-card':
      return { type: 'frame-card', unparsed: value };
    default:
      return null;
  }
}

/**
 * The background's answer to a content script's `probe-text` (messages.ts, BackgroundApi): whether
 * AIGC Lens is on for the page's site, and if so whether the text may hold a term. Here, not in
 * messages.ts, because the eager content script reads it.
 */
export interface TextProbe {
  readonly active: boolean;
  readonly found: boolean;
}

/** The answer as the background gave it; null for anything else (then the caller cannot know). */
export function parseTextProbe(value: unknown): TextProbe | null {
  if (!isRecord(value) || typeof value.active !== 'boolean' || typeof value.found !== 'boolean') return null;
  return { active: value.active, found: value.active && value.found };
}
