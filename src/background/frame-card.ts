// Relays a small frame's card to its tab's top frame (src/content/card-opener.ts sends it,
// src/content/requests.ts shows it): frames cannot message each other through the extension directly, and
// the page must not see the term's context.
import type { BackgroundRequestOf, Done } from '../core/messages';
import { browser, type Runtime } from '../platform/browser';

/** Only from a subframe of a tab (the top frame shows its own cards). */
export function relayFrameCard(
  request: BackgroundRequestOf<'frame-card'>,
  sender: Runtime.MessageSender,
): Promise<Done> | undefined {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId === undefined || sender.frameId === 0) return undefined;
  return browser.tabs
    .sendMessage(tabId, request, { frameId: 0 })
    .then(() => ({ ok: true }))
    .catch(() => ({ ok: false }));
}
