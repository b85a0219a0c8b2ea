// Opens the reader in a tab when a content script's card ("Read in context") or a page asks.
import browser from 'webextension-polyfill';
import { parseBackgroundRequest } from '../core/messages';
import { openReaderTab } from './reader-tab';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  const request = parseBackgroundRequest(message);
  if (request?.type !== 'open-reader' || sender.id !== browser.runtime.id) return undefined;
  // parseBackgroundRequest bounds the id's length; encoding keeps it a fragment whatever it holds.
  const hash = request.sentenceId ? `#${encodeURIComponent(request.sentenceId).replace(/%2E/gi, '.')}` : '';
  return openReaderTab(hash)
    .then(() => ({ ok: true }))
    .catch(() => ({ ok: false }));
});
