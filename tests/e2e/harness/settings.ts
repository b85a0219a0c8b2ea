// Writing and reading the extension's stored settings from a test, the way the options page stores them
// (storage.sync, key `settings`). In Chromium the script runs in the service worker; puppeteer cannot
// reach Firefox's background page, so there it runs in an extension page opened for the purpose.
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../../src/core/settings';
import type { ChromiumSession } from './chromium';
import type { FirefoxSession } from './firefox';

type Session = ChromiumSession | FirefoxSession;

/** Evaluates `expression` (awaited) with `api` bound to the extension API, and returns its value. */
async function inExtension(session: Session, expression: string): Promise<unknown> {
  const script = `(async () => { const api = globalThis.browser ?? globalThis.chrome; return ${expression}; })()`;
  const { serviceWorker } = session as Partial<ChromiumSession>;
  if (serviceWorker) return serviceWorker.evaluate(script);
  const firefox = session as FirefoxSession;
  const page = await firefox.open(firefox.extensionUrl('src/options/index.html'));
  try {
    // The API is there once the page has started (its navigation is not awaited: see firefox.ts). A plain
    // loop, not expect.poll, so that a beforeAll hook may write settings too.
    const deadline = Date.now() + 15_000;
    while (!(await page.evaluate('typeof browser !== "undefined" && Boolean(browser.storage)'))) {
      if (Date.now() > deadline) throw new Error('the options page has no extension API after 15 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return await page.evaluate(script);
  } finally {
    await page.close();
  }
}

/** Stores the defaults with `patch` over them: each call says the whole of what is stored. */
export function writeSettings(session: Session, patch: Partial<Settings> = {}): Promise<void> {
  return writeStoredSettings(session, { ...DEFAULT_SETTINGS, ...patch });
}

/** Stores `value` as it is, for shapes the extension must survive (old, partial, damaged). */
export async function writeStoredSettings(session: Session, value: unknown): Promise<void> {
  await inExtension(session, `api.storage.sync.set({ ${SETTINGS_KEY}: ${JSON.stringify(value)} })`);
}

/** What storage.sync holds under `settings` (undefined when nothing is stored). */
export async function storedSettings(session: Session): Promise<unknown> {
  return inExtension(
    session,
    `api.storage.sync.get('${SETTINGS_KEY}').then((items) => items.${SETTINGS_KEY})`,
  );
}

/** Empties storage.sync and storage.local: the next read gets the defaults. */
export async function clearStorage(session: Session): Promise<void> {
  await inExtension(session, 'Promise.all([api.storage.sync.clear(), api.storage.local.clear()])');
}
