// The extension reloaded under open pages, and storage that refuses writes: the orphaned content script
// stops cleanly, the new one takes over on the next load, and settings still take effect over quota.
import type { Page, Worker } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { watchErrors } from '../harness/chromium';
import { waitForContentScript } from '../harness/content-script';
import { HIGHLIGHT_NAMES } from '../harness/page-checks';
import { clearStorage } from '../harness/settings';
import { useChromium, useFixtureServer } from '../harness/suite';
import {
  dwellOn,
  FOREIGN_MUTATIONS,
  html,
  marked,
  RECORD_MUTATIONS,
  watchAllWorlds,
  watchNetwork,
} from './support';

const server = useFixtureServer();
const chromium = useChromium();
let worker: Worker;
const foreignRequests: string[] = [];

const PROSE = 'ChatGPT was tuned with RLHF and a reward model.';
const PROSE_MARKS = ['ChatGPT', 'LLM', 'RLHF', 'reward model'];

async function open(path: string, errors: string[]): Promise<Page> {
  const page = await chromium.context.newPage();
  watchErrors(page, errors);
  await watchAllWorlds(page, errors);
  await page.addInitScript(RECORD_MUTATIONS);
  await page.goto(server.url(path));
  await waitForContentScript(page);
  await expect.poll(() => marked(page)).toEqual(PROSE_MARKS);
  return page;
}

beforeAll(() => {
  worker = chromium.serviceWorker;
  watchNetwork(chromium.context, foreignRequests);
  server.route(
    '/prose.html',
    html(`<main><p id="prose">${PROSE}</p><p id="more">More about LLM.</p></main>`),
  );
});

describe('storage over quota', () => {
  test('with storage.sync full, a setting changed in the options page still takes effect through storage.local', async () => {
    const errors: string[] = [];
    // Fill sync to the byte: big items first, then smaller ones until nothing more fits.
    const filled = (await worker.evaluate(`(async () => {
      let n = 0;
      for (const size of [8000, 1000, 100, 10, 1]) {
        for (;;) {
          try { await chrome.storage.sync.set({ ['fill' + n]: 'x'.repeat(size) }); n++; } catch { break; }
        }
      }
      return chrome.storage.sync.getBytesInUse(null);
    })()`)) as number;
    expect(filled).toBeGreaterThan(100_000);
    const page = await open('/prose.html', errors);
    const options = await chromium.context.newPage();
    watchErrors(options, errors);
    await options.goto(chromium.extensionUrl('src/options/index.html'));
    await options.getByRole('radio', { name: 'Background tint' }).check();
    await expect
      .poll(() =>
        worker.evaluate(
          `chrome.storage.local.get(null).then((l) => [l.settingsArea, l.settings?.markStyle])`,
        ),
      )
      .toEqual(['local', 'tint']);
    await expect
      .poll(() => page.evaluate(HIGHLIGHT_NAMES))
      .toEqual(['aigc-lens-tint-model', 'aigc-lens-tint-technique']);
    expect(await marked(page)).toEqual(PROSE_MARKS);
    // The options page says so in its console as a warning, once; no error anywhere.
    expect(errors).toEqual([]);
    await options.close();
    await page.close();
    await clearStorage(chromium);
  });
});

describe('the extension reloaded while pages are open', () => {
  test('the orphaned script stops without an error from the dead runtime; and stays stopped', async () => {
    const errors: string[] = [];
    const page = await open('/prose.html', errors);
    // Load the card chunk before the reload, as a page in use would have.
    await dwellOn(page, '#prose', 'ChatGPT');
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('aigc-lens-card').length)).toBe(1);
    await page.mouse.move(1000, 780);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('aigc-lens-card').length)).toBe(0);

    await worker.evaluate('chrome.runtime.reload()').catch(() => undefined);
    // Chrome does not inject content scripts into tabs that were open: the orphan notices within a second
    // (no DOM change needed) and takes its marks with it.
    await expect.poll(() => page.evaluate(HIGHLIGHT_NAMES), { timeout: 5000 }).toEqual([]);
    // Everything that used to reach the runtime: DOM changes, pointer dwell, the page's clicks.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Stable Diffusion arrived after the reload.';
      (window as unknown as { __pageMutates: (f: () => void) => void }).__pageMutates(() =>
        document.body.append(p),
      );
    });
    await dwellOn(page, '#prose', 'ChatGPT');
    await page.waitForTimeout(1200);
    expect(await page.evaluate(() => document.querySelectorAll('aigc-lens-card').length)).toBe(0);
    expect(await page.evaluate(HIGHLIGHT_NAMES)).toEqual([]);
    await page.click('#more');
    expect(await page.evaluate(FOREIGN_MUTATIONS)).toEqual([]);
    expect(errors).toEqual([]);
    // This Chromium then disables an extension loaded with --load-extension that reloads itself
    // (developerPrivate reports disableReasons.unsupportedDeveloperExtension), so the new content script
    // taking over is checked in Firefox (lifecycle.firefox.test.ts); here a reload of the page stays clean.
    await page.reload();
    await page.waitForTimeout(800);
    expect(await page.evaluate(HIGHLIGHT_NAMES)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('privacy', () => {
  test('no request left 127.0.0.1 or the extension during this file', () => {
    expect(foreignRequests).toEqual([]);
  });
});
