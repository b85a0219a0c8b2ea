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
  /** Show the card of a term in a frame too small to hold it (relayed by the background). Frame 0 only. */
  | FrameCard
  /** Open the card for the first glossary term in the selected text, or say that it holds none. */
  | { readonly type: 'lookup-selection'; readonly text: string }
  /**
   * The host name of the page, for the toggle-site command (the background cannot read tab.url without
   * the `tabs` permission). Sent to frame 0 only. Answered with PageHost.
   */
  | { readonly type: 'page-host' };

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

const MAX_TEXT = 10_000;
const MAX_NEARBY = 64;

export function parseFrameCard(value: unknown): FrameCard | null {
  if (!isRecord(value) || value.type !== 'frame-card') return null;
  const { nonce, termId, blockText, nearbyTermIds, rect } = value;
  if (!isShortString(nonce, MAX_ID) || !isShortString(termId, MAX_ID)) return null;
  if (typeof blockText !== 'string' || blockText.length > MAX_TEXT) return null;
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
      return parseFrameCard(value);
    default:
      return null;
  }
}
