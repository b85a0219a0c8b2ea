// The toolbar badge: how many distinct terms the tab's top frame marked (nothing when none), per tab.
import browser from 'webextension-polyfill';
import { parseBackgroundRequest } from '../core/messages';

/** A muted slate: readable white text, not an alarm red. */
export const BADGE_COLOR = '#4b5a6e';

export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  const request = parseBackgroundRequest(message);
  // Only our own content scripts (and pages) in a tab; a frame other than the top one does not count.
  if (request?.type !== 'page-term-count' || sender.id !== browser.runtime.id) return undefined;
  const tabId = sender.tab?.id;
  if (tabId === undefined || (sender.frameId !== undefined && sender.frameId !== 0)) return undefined;
  const text = badgeText(request.count);
  return Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    text === '' ? Promise.resolve() : browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
  ])
    .then(() => ({ ok: true }))
    .catch(() => ({ ok: false }));
});
