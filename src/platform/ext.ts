// The WebExtension namespace for the page worlds (the content script and the card), without
// webextension-polyfill (its size matters here, and any site can fetch what the card loads). Firefox has
// `browser`; Chrome's MV3 `chrome` returns promises too.
import type Browser from 'webextension-polyfill';
import type { BackgroundRequest, TermShown } from '../core/messages';
import type { StorageLike } from './settings-store';

type Ext = Pick<typeof Browser, 'runtime' | 'storage'>;

const scope = globalThis as { browser?: Ext; chrome?: Ext };

export const ext: Ext | undefined = scope.browser ?? scope.chrome;

/** The raw storage namespace in the shape the settings store takes (the polyfill's types describe it). */
export const extStorage: StorageLike | null = (ext?.storage as unknown as StorageLike | undefined) ?? null;

/**
 * False once the extension is reloaded or removed while this page stays open: the orphaned
 * script's runtime has no id then, and any API call would throw "Extension context invalidated".
 */
export function extensionAlive(): boolean {
  try {
    return Boolean(ext?.runtime?.id);
  } catch {
    return false;
  }
}

/**
 * Tells the background something whose answer the page world does not need (the badge count, "open the
 * reader"), so no answer parser loads here. Rejects when the background cannot be reached.
 */
export async function notifyBackground(request: BackgroundRequest): Promise<void> {
  if (!ext) throw new Error('no extension API in this context');
  await ext.runtime.sendMessage(request);
}

/**
 * Asks the background and returns its raw answer, which the caller parses (each caller imports the one
 * parser it needs, so the eager script carries no others). Rejects when the background cannot be reached.
 */
export async function askBackground(request: BackgroundRequest): Promise<unknown> {
  if (!ext) throw new Error('no extension API in this context');
  return ext.runtime.sendMessage(request);
}

/** Tells the extension's pages (a side panel following this tab) which term a card shows; none may listen. */
export function notifyPages(message: TermShown): void {
  ext?.runtime.sendMessage(message).catch(() => undefined);
}
