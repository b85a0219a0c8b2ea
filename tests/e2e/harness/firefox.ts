// Launches Firefox ESR over WebDriver BiDi (puppeteer-core) with the built extension as a temporary add-on.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import manifest from '../../../manifest.json' with { type: 'json' };
import { findBrowser } from './browsers';
import { DIST } from './paths';

/** A fixed internal UUID so that moz-extension:// URLs are known in advance. */
export const FIREFOX_EXTENSION_UUID = 'a1c6e1e5-0b7d-4f2c-9c55-5e1a2b3c4d5e';
const GECKO_ID = manifest.browser_specific_settings.gecko.id;

interface BidiFrame {
  browsingContext: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<unknown> };
}

export interface FirefoxSession {
  readonly browser: Browser;
  readonly errors: string[];
  extensionUrl(path: string): string;
  /** A new tab that records the page's errors; `prepare` runs on it before it navigates to `url`. */
  open(url: string, prepare?: (page: Page) => Promise<void>): Promise<Page>;
  close(): Promise<void>;
}

/** Extra preferences, e.g. a phone's pointer (`ui.primaryPointerCapabilities`). */
export type FirefoxPrefs = Record<string, string | number | boolean>;

export async function launchFirefox(dist = DIST.firefox, prefs: FirefoxPrefs = {}): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findBrowser('firefox'),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      ...prefs,
    },
  });
  try {
    await browser.installExtension(dist);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const errors: string[] = [];
  return {
    browser,
    errors,
    extensionUrl: (path) => `moz-extension://${FIREFOX_EXTENSION_UUID}/${path.replace(/^\//, '')}`,
    async open(url, prepare) {
      const page = await browser.newPage();
      page.on('pageerror', (error) => errors.push(`${page.url()}: ${(error as Error).message}`));
      page.on('console', (message) => {
        // The frame that logged it says more than the page when the text is only "JSHandle@error".
        if (message.type() === 'error')
          errors.push(`${page.url()}: ${message.text()} (in ${message.location().url})`);
      });
      await prepare?.(page);
      if (url.startsWith('moz-extension:')) {
        // page.goto hangs on moz-extension:// pages under BiDi; navigate without waiting instead.
        // puppeteer-core's BiDi frame exposes its browsing context, though not in its public types.
        const frame = page.mainFrame() as unknown as BidiFrame;
        await frame.browsingContext.navigate(url, 'none');
      } else {
        await page.goto(url);
      }
      return page;
    },
    close: () => browser.close(),
  };
}
