// Opens the reader in a tab when a content script's card ("Read in context") or a page asks.
import type { BackgroundRequestOf, Done } from '../core/messages';
import { openReaderTab } from '../platform/reader-tab';

export function openReaderFor(request: BackgroundRequestOf<'open-reader'>): Promise<Done> {
  // parseBackgroundRequest bounds the id's length; encoding keeps it a fragment whatever it holds.
  const hash = request.sentenceId ? `#${encodeURIComponent(request.sentenceId).replace(/%2E/gi, '.')}` : '';
  return openReaderTab(hash)
    .then(() => ({ ok: true }))
    .catch(() => ({ ok: false }));
}
