// The large and busy pages of large-pages.ts in Firefox ESR: every slice of ours within the bound, the
// terms found, nothing in the console. Firefox has no long-task observer: event-loop stalls seen by a
// timer loop in the page are printed with and without the extension (a second, bare Firefox), as figures.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { DRAW_ALL_LIMIT } from '../../../src/content/mark';
import { findBrowser } from '../harness/browsers';
import { waitForContentScript } from '../harness/content-script';
import { useFirefox, useFixtureServer } from '../harness/suite';
import {
  ADVERSARIAL,
  CONTENT_VISIBILITY_MARKED,
  contentVisibilityPage,
  HUGE_TEXT_NODE,
  LARGE_PAGE_SLICE_BOUND_MS,
  largePage,
  NEAR_VIEW_CASES,
  RECORD_STALLS,
  type Scan,
  SHADOW_ROOT_COUNT,
  SHADOW_ROOTS,
  STORM,
} from './large-pages';
import { FOUND_MARKS, marked, RECORD_SCANS, watchPageNetwork } from './support';

const server = useFixtureServer();
const firefox = useFirefox();
let plain: Browser;
const foreignRequests: string[] = [];
/** Figures for the report (printed at the end of the file). */
const figures: Record<string, unknown> = {};

/** The page with the scan and stall recorders as its first script (no init scripts over BiDi here). */
const recorded = (page: string) =>
  page.replace('<head>', `<head><script>${RECORD_SCANS}${RECORD_STALLS}</script>`);

async function open(path: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  page.on('pageerror', (error) => firefox.errors.push(`${page.url()}: ${(error as Error).message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') firefox.errors.push(`${page.url()}: ${message.text()}`);
  });
  watchPageNetwork(page, foreignRequests);
  await page.goto(server.url(path), { timeout: 90_000 });
  await waitForContentScript(page, 60_000);
  return page;
}

const scans = (page: Page) => page.evaluate('window.__scans') as Promise<Scan[]>;

/** Event-loop stalls of the same page in a Firefox without the extension, over `ms`. */
async function bareStalls(path: string, ms: number): Promise<number[]> {
  const page = await plain.newPage();
  await page.goto(server.url(path), { timeout: 90_000 });
  await new Promise((resolve) => setTimeout(resolve, ms));
  const stalls = (await page.evaluate('window.__stalls')) as number[];
  await page.close();
  return stalls;
}

/** Our longest slice and work on the page, with the stalls with and without us; checks the bound. */
async function measure(name: string, page: Page, path: string, seconds: number): Promise<void> {
  const passes = await scans(page);
  expect(passes.length).toBeGreaterThan(0);
  const longest = Math.max(...passes.map((scan) => scan.longestSliceMs));
  figures[name] = {
    longestSliceMs: Math.round(longest * 10) / 10,
    workMs: Math.round(passes.reduce((sum, scan) => sum + scan.workMs, 0)),
    passes: passes
      .map((scan) => `${scan.pass}:${Math.round(scan.workMs)}/${Math.round(scan.longestSliceMs)}`)
      .slice(0, 8),
    secondsToAllMarks: seconds,
    stalls: {
      withExtension: await page.evaluate('window.__stalls'),
      without: await bareStalls(path, seconds * 1000),
    },
  };
  expect(longest).toBeLessThan(LARGE_PAGE_SLICE_BOUND_MS);
}

beforeAll(async () => {
  server.route('/large.html', recorded(largePage()));
  server.route('/storm.html', recorded(STORM));
  server.route('/adversarial.html', recorded(ADVERSARIAL));
  server.route('/shadow-roots.html', recorded(SHADOW_ROOTS));
  server.route('/content-visibility.html', recorded(contentVisibilityPage()));
  server.route('/huge-node.html', recorded(HUGE_TEXT_NODE));
  for (const { path, page } of NEAR_VIEW_CASES) server.route(path, recorded(page));
  plain = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findBrowser('firefox'),
    headless: true,
  });
}, 120_000);
afterEach(() => {
  firefox.errors.length = 0;
});
afterAll(async () => {
  console.log(`hostile Firefox load figures: ${JSON.stringify(figures)}`);
  await plain?.close();
});

describe('Firefox: very large and very busy pages', () => {
  test.each([
    ['10 MB of text in 200,000 elements', '/large.html', 800],
    ['5,000 open shadow roots with two terms each', '/shadow-roots.html', SHADOW_ROOT_COUNT * 2],
    ['3,000 sections with content-visibility: auto', '/content-visibility.html', CONTENT_VISIBILITY_MARKED],
    ['one 5 MB text node', '/huge-node.html', 1],
  ])('%s: every slice short, all terms found', { timeout: 240_000 }, async (name, path, expected) => {
    const started = Date.now();
    const page = await open(path);
    await expect.poll(() => page.evaluate(FOUND_MARKS), { timeout: 120_000 }).toBe(expected);
    // Up to DRAW_ALL_LIMIT every mark is drawn; past it only those near the view, and some always are.
    const drawn = (await marked(page)).length;
    if (expected <= DRAW_ALL_LIMIT) expect(drawn).toBe(expected);
    else {
      expect(drawn).toBeGreaterThan(0);
      expect(drawn).toBeLessThanOrEqual(DRAW_ALL_LIMIT);
    }
    await measure(name, page, path, (Date.now() - started) / 1000);
    expect(firefox.errors).toEqual([]);
    await page.close();
  });

  test('fuzzed Unicode, a 1 MB text node, 2,000-deep nesting and 100,000 siblings: short slices, terms found', {
    timeout: 120_000,
  }, async () => {
    const started = Date.now();
    const page = await open('/adversarial.html');
    expect(await page.evaluate('window.__built')).toBe(true);
    // The default density (first per paragraph): each of these blocks marks its term once.
    await expect
      .poll(
        async () => {
          const texts = await marked(page);
          return {
            rlhf: texts.includes('RLHF'),
            deep: texts.includes('Stable Diffusion'),
            siblings: texts.includes('H100'),
            stale: texts.includes('<stale range>'),
          };
        },
        { timeout: 60_000 },
      )
      .toEqual({ rlhf: true, deep: true, siblings: true, stale: false });
    await measure('adversarial text', page, '/adversarial.html', (Date.now() - started) / 1000);
    expect(firefox.errors).toEqual([]);
    await page.close();
  });

  test.each(NEAR_VIEW_CASES.map((item) => [item.name, item] as const))(
    'past the limit, %s',
    { timeout: 120_000 },
    async (_, { path, check }) => {
      const page = await open(path);
      await check((expression) => page.evaluate(expression));
      expect(firefox.errors).toEqual([]);
      await page.close();
    },
  );

  test('1,000 mutations a second for 10 s: every slice short, marks right afterwards', {
    timeout: 120_000,
  }, async () => {
    const page = await open('/storm.html');
    expect(await page.evaluate('window.__storm(1000, 10)')).toBe(10_000);
    const passes = await scans(page);
    const longest = Math.max(...passes.map((scan) => scan.longestSliceMs));
    figures.stormScanPasses = passes.length;
    figures.stormLongestSliceMs = Math.round(longest * 10) / 10;
    expect(longest).toBeLessThan(50);
    await expect
      .poll(async () => {
        const texts = await marked(page);
        return texts.includes('<stale range>') ? 'stale' : texts.length > 0;
      })
      .toBe(true);
    expect(firefox.errors).toEqual([]);
    await page.close();
  });

  test('no request left 127.0.0.1 or the extension during this file', () => {
    expect(foreignRequests).toEqual([]);
  });
});
