// The WebExtension namespace for the eager content script, without webextension-polyfill (its size
// matters here). Firefox has `browser`; Chrome's MV3 `chrome` returns promises too.
import type Browser from 'webextension-polyfill';

type Ext = Pick<typeof Browser, 'runtime' | 'storage'>;

const scope = globalThis as { browser?: Ext; chrome?: Ext };

export const ext: Ext | undefined = scope.browser ?? scope.chrome;

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
