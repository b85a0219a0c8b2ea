// The toolbar badge: how many distinct terms the tab's top frame marked (nothing when none), per tab.
import type { BackgroundRequestOf, Done } from '../core/messages';
import { browser, type Runtime } from '../platform/browser';

/** A muted slate: readable white text, not an alarm red. */
export const BADGE_COLOR = '#4b5a6e';

export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/** The tab whose badge a sender may set: only a content script in a tab counts, and only its top frame's. */
function badgeTab(sender: Runtime.MessageSender): number | undefined {
  if (sender.frameId !== undefined && sender.frameId !== 0) return undefined;
  return sender.tab?.id;
}

export function showPageTermCount(
  request: BackgroundRequestOf<'page-term-count'>,
  sender: Runtime.MessageSender,
): Promise<Done> | undefined {
  const tabId = badgeTab(sender);
  if (tabId === undefined) return undefined;
  const text = badgeText(request.count);
  return Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    text === '' ? Promise.resolve() : browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
  ])
    .then(() => ({ ok: true }))
    .catch(() => ({ ok: false }));
}

/** A new document in the sender's top frame shows no count until its engine has marked something. */
export function clearPageTermCount(sender: Runtime.MessageSender): void {
  const tabId = badgeTab(sender);
  if (tabId !== undefined) browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
}
