// Opens corpus pages one after another in one Chromium with the built extension, at a given density, and
// reads what the engine marked; also notes any request that left 127.0.0.1 and any page error.
import { matcherData } from '../../src/article/generated/matcher-data';
import { createMatcher } from '../../src/core/matcher';
import type { Density } from '../../src/core/settings';
import { type ChromiumSession, launchChromium } from '../e2e/harness/chromium';
import { startFixtureServer } from '../e2e/harness/server';
import { type CorpusPage, PAGES_DIR } from './corpus';
import { type PageReading, readPage } from './page-marks';

const matcher = createMatcher(matcherData);

/** The glossary term a marked string stands for (the matcher's reading of the string alone), or "?". */
export function termOf(text: string): string {
  const found = matcher.findAll(text);
  const whole = found.find((match) => match.start === 0 && match.end === text.length) ?? found[0];
  return whole ? (matcher.termIds[whole.term] ?? '?') : '?';
}

export interface PageRun extends PageReading {
  readonly page: CorpusPage;
  /** Requests to anywhere but the fixture server, and page errors. */
  readonly problems: string[];
}

export interface CorpusBrowser {
  run(pages: readonly CorpusPage[], density: Density): AsyncGenerator<PageRun>;
  close(): Promise<void>;
}

export async function openCorpusBrowser(): Promise<CorpusBrowser> {
  const server = await startFixtureServer(PAGES_DIR);
  let session: ChromiumSession;
  try {
    session = await launchChromium();
  } catch (error) {
    await server.close();
    throw error;
  }
  const live = session;
  return {
    async *run(pages, density) {
      await live.serviceWorker.evaluate(
        `chrome.storage.sync.set({ settings: ${JSON.stringify({ version: 1, density })} })`,
      );
      // One tab for every page: opening a tab costs more than loading one of these pages.
      const tab = await live.context.newPage();
      let problems: string[] = [];
      tab.on('request', (request) => {
        const url = request.url();
        if (
          !url.startsWith(server.origin) &&
          !url.startsWith('chrome-extension://') &&
          !url.startsWith('data:')
        )
          problems.push(`request to ${url}`);
      });
      tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      try {
        for (const page of pages) {
          problems = [];
          await tab.goto(server.url(`/${page.id}.html`), { waitUntil: 'load' });
          const reading = await readPage(tab);
          yield { page, problems, ...reading };
        }
      } finally {
        await tab.close();
      }
    },
    async close() {
      await live.close();
      await server.close();
    },
  };
}
