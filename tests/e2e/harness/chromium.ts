// Launches Debian's Chromium with the built extension loaded, and collects every page's errors.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { findBrowser } from './browsers';
import { DIST } from './paths';

export interface ChromiumSession {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly serviceWorker: Worker;
  /** Uncaught exceptions and console errors from every page opened through `open`, as "url: message". */
  readonly errors: string[];
  extensionUrl(path: string): string;
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  dist?: string;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /** Emulate a touch screen (taps via page.touchscreen). */
  hasTouch?: boolean;
}

/** Flags that keep Chromium from phoning home; this machine has no network and refuses such connections noisily. */
const QUIET_FLAGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-default-apps',
];

export function watchErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  const dist = options.dist ?? DIST.chrome;
  const profile = await mkdtemp(join(tmpdir(), 'aigc-lens-chromium-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: findBrowser('chromium'),
      headless: true,
      locale: options.locale ?? 'en-US',
      colorScheme: options.colorScheme ?? 'light',
      viewport: { width: 1100, height: 800 },
      ...(options.hasTouch ? { hasTouch: true } : {}),
      args: [
        `--disable-extensions-except=${dist}`,
        `--load-extension=${dist}`,
        ...QUIET_FLAGS,
        ...(options.locale ? [`--lang=${options.locale}`] : []),
      ],
    });
    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(serviceWorker.url()).host;
    const errors: string[] = [];
    const live = context;
    return {
      context: live,
      extensionId,
      serviceWorker,
      errors,
      extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
      async open(url) {
        const page = await live.newPage();
        watchErrors(page, errors);
        await page.goto(url);
        return page;
      },
      async close() {
        await live.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

/** Sends `message` to the top frame of the active tab from the service worker, as the background does. */
export function sendToActiveTab(session: ChromiumSession, message: unknown): Promise<unknown> {
  return session.serviceWorker.evaluate(
    `(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined) throw new Error('no active tab');
      return chrome.tabs.sendMessage(tab.id, ${JSON.stringify(message)}, { frameId: 0 });
    })()`,
  );
}
