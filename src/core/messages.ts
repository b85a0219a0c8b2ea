// The one message protocol between the parts of AIGC Lens. Every receiver parses what it gets with the
// functions here and ignores anything else (messages from pages or other extensions never parse).

/** Sent to a tab's content script (by the popup or the background). */
export type ContentRequest =
  /** Which terms are marked in this frame, in page order. Answered with PageTerms. */
  | { readonly type: 'page-terms' }
  /** Scroll to the next occurrence of a term and flash it. Answered with `{ ok: boolean }`. */
  | { readonly type: 'reveal-term'; readonly termId: string }
  /** Move to the next (1) or previous (-1) marked term in reading order and open its card. */
  | { readonly type: 'step-term'; readonly direction: 1 | -1 }
  /** Open the card for the first glossary term in the selected text, or say that it holds none. */
  | { readonly type: 'lookup-selection'; readonly text: string }
  /**
   * The host name of the page, for the toggle-site command (the background cannot read tab.url without
   * the `tabs` permission). Sent to frame 0 only. Answered with PageHost.
   */
  | { readonly type: 'page-host' };

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

/** Sent to the background by a content script or an extension page. */
export type BackgroundRequest =
  /** The number of distinct terms marked in the sending tab's top frame, for the badge. */
  | { readonly type: 'page-term-count'; readonly count: number }
  /** Open the reader in a tab, at a passage when a sentence id is given. */
  | { readonly type: 'open-reader'; readonly sentenceId?: string };

const MAX_TEXT = 10_000;
const MAX_ID = 64;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isShortString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}

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
      return typeof value.text === 'string' && value.text.length <= MAX_TEXT
        ? { type: 'lookup-selection', text: value.text }
        : null;
    case 'page-host':
      return { type: 'page-host' };
    default:
      return null;
  }
}

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
    case 'open-reader':
      if (value.sentenceId === undefined) return { type: 'open-reader' };
      return isShortString(value.sentenceId, MAX_ID)
        ? { type: 'open-reader', sentenceId: value.sentenceId }
        : null;
    default:
      return null;
  }
}
