// Heavy and adversarial pages in Chromium: 10 MB of text in 200,000 elements, 1,000 mutations a second
// for ten seconds, and adversarial text (fuzzed Unicode, a 1 MB text node, 2,000-deep nesting, 100,000
// siblings). Our slices stay short, the page's long tasks match a browser without the extension, memory
// stays bounded, and nothing throws in any world.
import { type Browser, type Page, chromium as playwright } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findBrowser } from '../harness/browsers';
import { type ChromiumSession, launchChromium, watchErrors } from '../harness/chromium';
import { assertBuilt, DIST } from '../harness/paths';
import { type FixtureServer, startFixtureServer } from '../harness/server';
import {
  html,
  marked,
  RECORD_LONG_TASKS,
  RECORD_SCANS,
  waitReady,
  watchAllWorlds,
  watchNetwork,
} from './support';

let server: FixtureServer;
let chromium: ChromiumSession;
let plain: Browser;
const foreignRequests: string[] = [];
/**
 * The scanner's slices aim at 6 ms and measure 20–45 ms at most here on the huge pages (a 1 MB text node
 * is matched in 32 k pieces). The bound leaves room for a loaded 2-core machine and still fails on the
 * 0.3–0.5 s slices the scanner had before it paused inside walks and long runs.
 */
const LARGE_PAGE_SLICE_BOUND_MS = 100;
/** Figures for the report (printed at the end of the file). */
const figures: Record<string, unknown> = {};

interface Scan {
  pass: string;
  workMs: number;
  longestSliceMs: number;
}

/** 20,000 paragraphs of 10 spans: 200,000 elements and about 10 MB of text, a term in every 50th. */
function largePage(): string {
  const words = 'the quick brown fox jumps over a lazy dog while parsers count every single character here ';
  const span = words.repeat(5).slice(0, 56);
  const parts: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    const term = i % 50 === 0 ? ' ChatGPT and RLHF ' : '';
    parts.push(`<p>${term}${`<span>${span}</span>`.repeat(9)}</p>`);
  }
  return html(`<main>${parts.join('')}</main>`);
}

/** A page whose own script mutates the DOM `perSecond` times a second for `seconds`, when told to. */
const STORM = html(
  `<main id="box">${Array.from({ length: 500 }, (_, i) => `<p id="p${i}">Paragraph ${i} about nothing.</p>`).join('')}</main>`,
  `<script>
    window.__storm = (perSecond, seconds) => new Promise((resolve) => {
      let done = 0;
      const total = perSecond * seconds;
      const start = performance.now();
      const texts = ['ChatGPT rewrites this', 'plain words only', 'RLHF and a reward model', 'LLM here'];
      const tick = () => {
        const due = Math.min(total, Math.round(((performance.now() - start) / 1000) * perSecond));
        for (; done < due; done++) {
          const p = document.getElementById('p' + (done % 500));
          if (done % 10 === 9) { const s = document.createElement('span'); s.textContent = ' H100'; p.append(s); }
          else if (done % 10 === 8 && p.lastChild && p.childNodes.length > 1) p.lastChild.remove();
          else p.firstChild.data = texts[done % 4] + ' ' + done;
        }
        if (done < total) setTimeout(tick, 4); else resolve(done);
      };
      tick();
    });
  </script>`,
);

/** Adversarial text built by the page itself (the HTML parser would flatten deep nesting). */
const ADVERSARIAL = html(
  '<main id="root"></main>',
  `<script>
    document.addEventListener('DOMContentLoaded', () => {
      const root = document.getElementById('root');
      // Fuzzed Unicode: lone surrogates, combining marks, ZWJ, bidi overrides, NUL, noncharacters, astral.
      let seed = 7;
      const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
      const pools = [[0xd800, 0xdfff], [0x300, 0x36f], [0x200b, 0x206f], [0, 0x1f], [0xfff0, 0xffff], [0x4e00, 0x9fff], [0x1f300, 0x1faff]];
      for (let i = 0; i < 200; i++) {
        let s = '';
        for (let j = 0; j < 300; j++) {
          const [lo, hi] = pools[rand(pools.length)];
          s += String.fromCodePoint(lo + rand(hi - lo + 1));
          if (j % 97 === 0) s += ['ChatGPT', 'Chat\\u200dGPT', 'C\\u0301hatGPT', '大语言模型', 'RLH\\ud800F'][rand(5)];
        }
        const p = document.createElement('p'); p.textContent = s; root.append(p);
      }
      // One 1 MB text node with a term every 10 kB.
      const big = document.createElement('p'); big.id = 'big';
      big.textContent = ('x'.repeat(9990) + ' RLHF ').repeat(100);
      root.append(big);
      // 2,000 nested elements with a term at the bottom.
      let deep = document.createElement('div'); deep.id = 'deep'; root.append(deep);
      for (let i = 0; i < 2000; i++) { const d = document.createElement('div'); deep.append(d); deep = d; }
      deep.textContent = 'Stable Diffusion at the bottom';
      // 100,000 sibling spans in one block.
      const wide = document.createElement('p'); wide.id = 'wide';
      const frag = document.createDocumentFragment();
      for (let i = 0; i < 100000; i++) { const s = document.createElement('span'); s.textContent = i % 5000 === 0 ? 'H100 ' : 'w '; frag.append(s); }
      wide.append(frag); root.append(wide);
      window.__built = true;
    });
  </script>`,
);

async function openWithRecorders(path: string, errors: string[]): Promise<Page> {
  const page = await chromium.context.newPage();
  watchErrors(page, errors);
  await watchAllWorlds(page, errors);
  await page.addInitScript(RECORD_SCANS);
  await page.addInitScript(RECORD_LONG_TASKS);
  await page.goto(server.url(path), { timeout: 60_000 });
  await waitReady(page, 60_000);
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
  assertBuilt(DIST.chrome);
  server = await startFixtureServer();
  server.route('/large.html', largePage());
  server.route('/storm.html', STORM);
  server.route('/adversarial.html', ADVERSARIAL);
  chromium = await launchChromium();
  watchNetwork(chromium.context, foreignRequests);
  plain = await playwright.launch({
    executablePath: findBrowser('chromium'),
    headless: true,
    args: ['--disable-gpu'],
  });
}, 120_000);
afterAll(async () => {
  console.log(`hostile load figures: ${JSON.stringify(figures)}`);
  await chromium?.close();
  await plain?.close();
  await server?.close();
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
    await chromium.serviceWorker.evaluate(
      `chrome.storage.sync.set({ settings: { version: 1, density: 'all' } })`,
    );
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
    await chromium.serviceWorker.evaluate('chrome.storage.sync.clear()');
  });
});

describe('privacy', () => {
  test('no request left 127.0.0.1 or the extension during this file', () => {
    expect(foreignRequests).toEqual([]);
  });
});
