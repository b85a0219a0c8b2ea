// The requests a tab's content script answers, and their parser: part of the protocol in messages.ts, apart
// so that the eager content script loads only this.
import { isRecord, isShortString } from './guards';

/** Sent to a tab's content script (by the popup or the background). */
export type ContentRequest =
  /** Which terms are marked in this frame, in page order. Answered with PageTerms. */
  | { readonly type: 'page-terms' }
  /** Scroll to the next occurrence of a term and flash it. Answered with `{ ok: boolean }`. */
  | { readonly type: 'reveal-term'; readonly termId: string }
  /** Move to the next (1) or previous (-1) marked term in reading order and open its card. */
  | { readonly type: 'step-term'; readonly direction: 1 | -1 }
  /**
   * Open the accessible list of the terms near the focus or in view (for screen readers); choosing one
   * selects it in the page and opens its card. Sent to frame 0 only.
   */
  | { readonly type: 'term-list' }
  /**
   * Show the card of a term in a frame too small to hold it (relayed by the background). Frame 0 only.
   * Checked only for its type here: the lazily loaded interactions parse the rest (parseFrameCard in
   * messages.ts), which keeps that parser out of the eager script.
   */
  | { readonly type: 'frame-card'; readonly unparsed: Readonly<Record<string, unknown>> }
  /** Open the card for the first glossary term in the selected text, or say that it holds none. */
  | { readonly type: 'lookup-selection'; readonly text: string }
  /**
   * The host name of the page, for the toggle-site command (the background cannot read tab.url without
   * the `tabs` permission). Sent to frame 0 only. Answered with PageHost.
   */
  | { readonly type: 'page-host' };

const MAX_TEXT = 10_000;

export const MAX_ID = 64;

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
    case 'term-list':
      return { type: 'term-list' };
    case 'frame-card':
      return { type: 'frame-card', unparsed: value };
    default:
      return null;
  }
}
