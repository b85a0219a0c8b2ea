// Relays a small frame's card to its tab's top frame (src/content/interactions.ts): frames cannot message
// each other through the extension directly, and the page must not see the term's context.
import browser from 'webextension-polyfill';
import { parseBackgroundRequest } from '../core/messages';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  const request = parseBackgroundRequest(message);
  const tabId = sender.tab?.id;
  if (request?.type !== 'frame-card' || sender.id !== browser.runtime.id || tabId === undefined)
    return undefined;
  if (sender.frameId === undefined || sender.frameId === 0) return undefined;
  return browser.tabs
    .sendMessage(tabId, request, { frameId: 0 })
    .then(() => ({ ok: true }))
    .catch(() => ({ ok: false }));
});
