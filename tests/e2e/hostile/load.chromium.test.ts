// Heavy and adversarial pages in Chromium (large-pages.ts): 10 MB of text in 200,000 elements, 1,000
// mutations a second for ten seconds, adversarial text (fuzzed Unicode, a 1 MB text node, 2,000-deep
// nesting, 100,000 siblings), 5,000 shadow roots, 3,000 content-visibility sections, a 5 MB text node.
// Our slices stay short, the page's long tasks match a browser without the extension, memory stays
// bounded, and nothing throws in any world.
import { type Browser, type Page, chromium as playwright } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DRAW_ALL_LIMIT } from '../../../src/content/mark';
import { findBrowser } from '../harness/browsers';
import { watchErrors } from '../harness/chromium';
import { waitForContentScript } from '../harness/content-script';
import { clearStorage, writeStoredSettings } from '../harness/settings';
import { useChromium, useFixtureServer } from '../harness/suite';
import {
  ADVERSARIAL,
  CONTENT_VISIBILITY_MARKED,
  contentVisibilityPage,
  HUGE_TEXT_NODE,
  LARGE_PAGE_SLICE_BOUND_MS,
  largePage,
  NEAR_VIEW_CASES,
  openedMidway,
  RECORD_DRAW_STEPS,
  RECORD_FIRST_DRAWN,
  RECORD_STALLS,
  type Scan,
  SHADOW_ROOT_COUNT,
  SHADOW_ROOTS,
  STORM,
} from './large-pages';
import {
  DRAWN_SPAN,
  FOUND_MARKS,
  marked,
  RECORD_LONG_TASKS,
  RECORD_SCANS,
  watchAllWorlds,
  watchNetwork,
} from './support';

const server = useFixtureServer();
const chromium = useChromium();
let plain: Browser;
const foreignRequests: string[] = [];
/** Figures for the report (printed at the end of the file). */
const figures: Record<string, unknown> = {};

async function openWithRecorders(path: string, errors: string[], ...recorders: string[]): Promise<Page> {
  const page = await chromium.context.newPage();
  watchErrors(page, errors);
  await watchAllWorlds(page, errors);
  for (const script of [RECORD_SCANS, RECORD_LONG_TASKS, ...recorders]) await page.addInitScript(script);
  await page.goto(server.url(path), { timeout: 60_000 });
  await waitForContentScript(page, 60_000);
  return page;
}

async function scans(page: Page): Promise<Scan[]> {
  return (await page.evaluate('window.__scans')) as Scan[];
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

beforeAll(async () => {
  server.route('/large.html', largePage());
  server.route('/large-terms.html', largePage(2));
  server.route('/storm.html', STORM);
  server.route('/adversarial.html', ADVERSARIAL);
  server.route('/shadow-roots.html', SHADOW_ROOTS);
  server.route('/content-visibility.html', contentVisibilityPage());
  server.route('/huge-node.html', HUGE_TEXT_NODE);
  for (const { path, page } of NEAR_VIEW_CASES) server.route(path, page);
  server.route('/midway.html', openedMidway(false));
  server.route('/midway-columns.html', openedMidway(true));
  watchNetwork(chromium.context, foreignRequests);
  plain = await playwright.launch({
    executablePath: findBrowser('chromium'),
    headless: true,
    args: ['--disable-gpu'],
  });
}, 120_000);
afterAll(async () => {
  console.log(`hostile load figures: ${JSON.stringify(figures)}`);
  await plain?.close();
});

describe('5. very large and very busy pages', () => {
  test('10 MB of text in 200,000 elements: every slice short, all terms found', {
    timeout: 180_000,
  }, async () => {
    const errors: string[] = [];
    const started = Date.now();
    const page = await openWithRecorders('/large.html', errors);
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(200_000);
    expect(await page.evaluate(() => document.body.textContent?.length ?? 0)).toBeGreaterThan(9_500_000);
    await expect.poll(async () => (await marked(page)).length, { timeout: 120_000 }).toBe(800);
    const passes = await scans(page);
    const longest = Math.max(...passes.map((s) => s.longestSliceMs));
    figures.largeFirstPassWorkMs = Math.round(passes[0]?.workMs ?? -1);
    figures.largeLongestSliceMs = Math.round(longest * 10) / 10;
    figures.largeSecondsToAllMarks = (Date.now() - started) / 1000;
    figures.largeHeapMb = Math.round(await heapMb(page));
    figures.largePasses = passes
      .map((s) => `${s.pass}:${Math.round(s.workMs)}/${Math.round(s.longestSliceMs)}`)
      .slice(0, 8);
    expect(longest).toBeLessThan(LARGE_PAGE_SLICE_BOUND_MS);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('20,000 marks on the 10 MB page: all found, those near the view drawn, the others as the reader scrolls', {
    timeout: 180_000,
  }, async () => {
    const errors: string[] = [];
    const page = await openWithRecorders('/large-terms.html', errors, RECORD_DRAW_STEPS);
    await expect.poll(() => page.evaluate(FOUND_MARKS), { timeout: 120_000 }).toBe(20_000);
    // Each total the page saw from one frame to the next is one rendering update that rebuilt every drawn
    // mark (mark.ts). Drawing all 20,000 made that update 0.5-0.7 s long; past the limit, the marker
    // draws only the groups of blocks that come near the view.
    const steps = (await page.evaluate('window.__drawSteps')) as number[];
    figures.manyMarksDrawSteps = steps.slice(0, 12);
    expect(Math.max(...steps)).toBeLessThanOrEqual(DRAW_ALL_LIMIT);
    const { viewport, height } = await page.evaluate(() => ({
      viewport: innerHeight,
      height: document.documentElement.scrollHeight,
    }));
    type Span = { top: number; bottom: number; count: number };
    const atTop = (await page.evaluate(DRAWN_SPAN)) as Span;
    expect(atTop.top).toBeLessThan(viewport);
    expect(atTop.bottom).toBeLessThan(height / 2);
    // At the end of the page, its last marks are drawn too, and no more than the limit in all.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect
      .poll(async () => {
        const span = (await page.evaluate(DRAWN_SPAN)) as Span;
        return span.bottom > height - 2 * viewport && span.count <= DRAW_ALL_LIMIT;
      })
      .toBe(true);
    figures.manyMarksDrawnNearView = [atTop.count, ((await page.evaluate(DRAWN_SPAN)) as Span).count];
    expect(errors).toEqual([]);
    await page.close();
  });

  test.each([
    ['one column', '/midway.html'],
    ['three columns side by side', '/midway-columns.html'],
  ])(
    'a long page opened midway (%s): the marks in view are among the first drawn',
    { timeout: 60_000 },
    async (_, path) => {
      const errors: string[] = [];
      const page = await openWithRecorders(path, errors, RECORD_FIRST_DRAWN);
      await expect.poll(() => page.evaluate('window.__firstDrawn !== null'), { timeout: 30_000 }).toBe(true);
      const { tops, viewport } = (await page.evaluate('window.__firstDrawn')) as {
        tops: number[];
        viewport: number;
      };
      // The first slice reads the blocks in view (those at three points down the middle of the view, one
      // term each here), then the page from its top: from the top alone, paragraph 1,800 comes many
      // slices later. Short paragraphs leave gaps (their margins) where a hit test finds only the column.
      expect(tops.filter((top) => top >= 0 && top < viewport).length).toBeGreaterThanOrEqual(3);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  test.each(NEAR_VIEW_CASES.map((item) => [item.name, item] as const))(
    'past the limit, %s',
    { timeout: 120_000 },
    async (_, { path, check }) => {
      const errors: string[] = [];
      const page = await openWithRecorders(path, errors);
      await check((expression) => page.evaluate(expression));
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  test('1,000 mutations a second for 10 s: no long task of ours, bounded memory, marks right afterwards', {
    timeout: 120_000,
  }, async () => {
    const errors: string[] = [];
    const page = await openWithRecorders('/storm.html', errors);
    const heapBefore = await heapMb(page);
    await page.evaluate('window.__longTasks.length = 0');
    expect(await page.evaluate('window.__storm(1000, 10)')).toBe(10_000);
    const withUs = (await page.evaluate('window.__longTasks')) as number[];
    const passes = await scans(page);
    const heapAfter = await heapMb(page);
    // The same page in a browser without the extension.
    const bare = await (await plain.newContext()).newPage();
    await bare.addInitScript(RECORD_LONG_TASKS);
    await bare.goto(server.url('/storm.html'));
    await bare.evaluate('window.__longTasks.length = 0');
    await bare.evaluate('window.__storm(1000, 10)');
    const without = (await bare.evaluate('window.__longTasks')) as number[];
    await bare.context().close();
    const longest = Math.max(...passes.map((s) => s.longestSliceMs));
    figures.stormScanPasses = passes.length;
    figures.stormLongestSliceMs = Math.round(longest * 10) / 10;
    figures.stormLongTasksWithExtension = withUs;
    figures.stormLongTasksWithout = without;
    figures.stormHeapMb = [Math.round(heapBefore * 10) / 10, Math.round(heapAfter * 10) / 10];
    expect(longest).toBeLessThan(50);
    // Long tasks the bare browser does not have are ours: allow scheduling noise of one.
    expect(withUs.length).toBeLessThanOrEqual(without.length + 1);
    expect(heapAfter - heapBefore).toBeLessThan(10);
    // After the storm, the marks are what the final text says.
    await expect
      .poll(async () => {
        const texts = await marked(page);
        return texts.includes('<stale range>') ? 'stale' : texts.length > 0;
      })
      .toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('adversarial text', () => {
  test('fuzzed Unicode, a 1 MB text node, 2,000-deep nesting and 100,000 siblings: no exception, short slices, terms found', {
    timeout: 120_000,
  }, async () => {
    const errors: string[] = [];
    // Every occurrence, so that each term in the 1 MB node and among the siblings counts.
    await writeStoredSettings(chromium, { version: 1, density: 'all' });
    // The page is within what Chromium itself survives (2,000 alternating div/span levels crash its renderer
    // with no extension at all; 2,000 divs do not).
    const bare = await (await plain.newContext()).newPage();
    await bare.goto(server.url('/adversarial.html'));
    expect(await bare.evaluate('window.__built')).toBe(true);
    await bare.context().close();
    const page = await openWithRecorders('/adversarial.html', errors);
    expect(await page.evaluate('window.__built')).toBe(true);
    await expect
      .poll(
        async () => {
          const texts = await marked(page);
          return {
            rlhfInBigNode: texts.filter((t) => t === 'RLHF').length >= 100,
            deep: texts.includes('Stable Diffusion'),
            siblings: texts.filter((t) => t === 'H100').length,
          };
        },
        { timeout: 60_000 },
      )
      .toEqual({ rlhfInBigNode: true, deep: true, siblings: 20 });
    figures.adversarialPasses = (await scans(page))
      .map((s) => `${s.pass}:${Math.round(s.workMs)}/${Math.round(s.longestSliceMs)}`)
      .slice(0, 8);
    const passes = await scans(page);
    const longest = Math.max(...passes.map((s) => s.longestSliceMs));
    figures.adversarialLongestSliceMs = Math.round(longest * 10) / 10;
    // Known: the 1 MB block is matched in one go (see the README); the bound catches a freeze.
    expect(longest).toBeLessThan(LARGE_PAGE_SLICE_BOUND_MS);
    expect((await marked(page)).includes('<stale range>')).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
    await clearStorage(chromium);
  });
});

describe('pages made of thousands of parts, or of one huge one', () => {
  test.each([
    ['5,000 open shadow roots with two terms each', '/shadow-roots.html', SHADOW_ROOT_COUNT * 2],
    ['3,000 sections with content-visibility: auto', '/content-visibility.html', CONTENT_VISIBILITY_MARKED],
    ['one 5 MB text node', '/huge-node.html', 1],
  ])(
    '%s: every slice short, all terms found, no long task the page alone does not have',
    {
      timeout: 120_000,
    },
    async (name, path, expected) => {
      const errors: string[] = [];
      const page = await chromium.context.newPage();
      watchErrors(page, errors);
      await watchAllWorlds(page, errors);
      await page.addInitScript(RECORD_SCANS);
      await page.addInitScript(RECORD_LONG_TASKS);
      await page.addInitScript(RECORD_STALLS);
      const started = Date.now();
      await page.goto(server.url(path), { timeout: 60_000 });
      await waitForContentScript(page, 60_000);
      await expect.poll(() => page.evaluate(FOUND_MARKS), { timeout: 60_000 }).toBe(expected);
      const seconds = (Date.now() - started) / 1000;
      // Up to DRAW_ALL_LIMIT every mark is drawn; past it only those near the view, and some always are.
      const drawn = (await marked(page)).length;
      if (expected <= DRAW_ALL_LIMIT) expect(drawn).toBe(expected);
      else {
        expect(drawn).toBeGreaterThan(0);
        expect(drawn).toBeLessThanOrEqual(DRAW_ALL_LIMIT);
      }
      const passes = await scans(page);
      const longest = Math.max(...passes.map((scan) => scan.longestSliceMs));
      const withUs = (await page.evaluate('window.__longTasks')) as number[];
      const stalls = (await page.evaluate('window.__stalls')) as number[];
      // The same page, as long, in a browser without the extension.
      const bare = await (await plain.newContext()).newPage();
      await bare.addInitScript(RECORD_LONG_TASKS);
      await bare.addInitScript(RECORD_STALLS);
      await bare.goto(server.url(path), { timeout: 60_000 });
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
      const without = (await bare.evaluate('window.__longTasks')) as number[];
      const bareStalls = (await bare.evaluate('window.__stalls')) as number[];
      await bare.context().close();
      figures[name] = {
        longestSliceMs: Math.round(longest * 10) / 10,
        workMs: Math.round(passes.reduce((sum, scan) => sum + scan.workMs, 0)),
        passes: passes
          .map((scan) => `${scan.pass}:${Math.round(scan.workMs)}/${Math.round(scan.longestSliceMs)}`)
          .slice(0, 8),
        secondsToAllMarks: seconds,
        longTasks: { withExtension: withUs, without },
        stalls: { withExtension: stalls, without: bareStalls },
      };
      expect(longest).toBeLessThan(LARGE_PAGE_SLICE_BOUND_MS);
      // Long tasks the bare browser does not have are ours: allow scheduling noise of one.
      expect(withUs.length).toBeLessThanOrEqual(without.length + 1);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});

describe('privacy', () => {
  test('no request left 127.0.0.1 or the extension during this file', () => {
    expect(foreignRequests).toEqual([]);
  });
});
