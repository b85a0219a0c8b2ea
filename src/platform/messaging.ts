// The typed sender for the extension pages and the background (to a tab's content script): each request's answer is parsed against the
// protocol's map (src/core/messages.ts), so a caller gets the promised shape or null, never an unknown.
import { type ContentRequest, type ContentResponse, contentResponseParsers } from '../core/messages';
import { browser } from './browser';

/**
 * Asks a tab's content script (frame 0 unless another is named). Rejects when no content script runs
 * there; resolves to null when one answers in another shape (an older build, or no answer at all).
 */
export async function sendToTab<R extends ContentRequest>(
  tabId: number,
  request: R,
  frameId = 0,
): Promise<ContentResponse<R['type']> | null> {
  const answer: unknown = await browser.tabs.sendMessage(tabId, request, { frameId });
  const parse = contentResponseParsers[request.type] as (value: unknown) => ContentResponse<R['type']> | null;
  return parse(answer);
}
