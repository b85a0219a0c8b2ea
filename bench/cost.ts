// The cost a user pays, from CPU profiles (bench/profile.ts): the extension's CPU from navigation to 2 s
// after load on small pages and their frames, and on the big pages against a fresh-world floor.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { ChromiumSession } from '../tests/e2e/harness/chromium';
import type { FixtureServer } from '../tests/e2e/harness/server';
import { generatePage, generateParagraphs } from './pages';
import { type Attribution, freshWorldFloor, median, profileLoad, topSelf } from './profile';

const SETTLE_MS = 2000;

export interface CostRow {
  page: string;
  runs: number;
  /** Median over runs of the extension's CPU, ms. */
  extensionMs: number;
  byScript: Record<string, number>;
  /** The longest task from the content script's start on, over all runs (the top frame's). */
  longestTaskMs: number;
  /** Median over runs of the long tasks' total from the content script's start on (the page's own included). */
  longTasksMs: number;
  /** For the big pages: the floor in a fresh CDP world, and the ratio. */
  floorMs?: number;
  ratio?: number;
  /** The top functions by self time (ms per run). */
  top: string[];
}

/** Wraps paragraphs in a page with `frames` iframes of `frameSrc` (or srcdoc-free about:blank styling). */
function withFrames(body: string, frames: string[]): string {
  return body.replace('</main>', `</main>${frames.join('')}`);
}

export interface SmallPages {
  base: string;
  frames: string;
  tinyFrames: string;
  someTerms: string;
}

export function routeSmallPages(server: FixtureServer): SmallPages {
  const page30k = generatePage('mixed', 30_000, 0);
  const littleText = `<!doctype html><html><body>${generateParagraphs(2, 'mixed', 0, 7).join('')}</body></html>`;
  const adFrame =
    '<!doctype html><html><body style="margin:0"><div style="width:300px;height:250px;background:#eee"></div></body></html>';
  server.route('/cost-30k.html', page30k);
  server.route('/cost-frame.html', littleText);
  server.route('/cost-ad.html', adFrame);
  const twenty = (src: string, style: string) =>
    Array.from({ length: 20 }, (_, i) => `<iframe src="${src}?${i}" style="${style}"></iframe>`);
  server.route(
    '/cost-30k-frames.html',
    withFrames(page30k, twenty('/cost-frame.html', 'width:400px;height:200px')),
  );
  // Tiny and hidden frames with text, and visible ad frames without: none is worth a scan.
  server.route(
    '/cost-30k-idle-frames.html',
    withFrames(page30k, [
      ...twenty('/cost-frame.html', 'width:1px;height:1px;border:0').slice(0, 7),
      ...twenty('/cost-frame.html', 'display:none').slice(0, 7),
      ...twenty('/cost-ad.html', 'width:300px;height:250px;border:0').slice(0, 6),
    ]),
  );
  server.route('/cost-30k-terms.html', generatePage('mixed', 30_000, 0.3));
  return {
    base: '/cost-30k.html',
    frames: '/cost-30k-frames.html',
    tinyFrames: '/cost-30k-idle-frames.html',
    someTerms: '/cost-30k-terms.html',
  };
}

/**
 * The least any content script pays that reads the page and talks to its extension: it marks its start,
 * touches the document, the frame tree and the runtime, and does nothing else. Blink builds a world's
 * wrappers on first touch (document, performance, the extension bindings), and the CPU profile counts
 * that to the script that touched them: ~0.6–0.9 ms per frame here. The startup cases run it as a
 * third build, so each figure has this floor beside it.
 */
export const TOUCH_FLOOR_SCRIPT = `(() => {
  performance.mark('aigc-lens:content-start');
  globalThis.__touched = [document.body, window.top === window, (globalThis.browser ?? globalThis.chrome).runtime.id];
})();
`;

/** A copy of the build at `dist` whose content script is TOUCH_FLOOR_SCRIPT (the rest as built). */
export function touchFloorBuild(dist: string, contentScript: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'aigc-lens-touch-floor-'));
  cpSync(dist, copy, { recursive: true });
  writeFileSync(join(copy, contentScript), TOUCH_FLOOR_SCRIPT);
  return copy;
}

/** One build of the extension under test, in its own browser. */
export interface Build {
  label: string;
  session: ChromiumSession;
}

export interface CostCase {
  name: string;
  path: string;
  /** Wait for this in the page before the settle time (the big pages' document pass). */
  until?: string;
  /** Also measure the floor in a fresh CDP world (the big pages). */
  floor?: boolean;
}

function summarise(
  page: string,
  attributions: Attribution[],
  longestTasks: number[],
  longTasks: number[],
  topCount: number,
): CostRow {
  const scripts = new Set(attributions.flatMap((a) => Object.keys(a.byScript)));
  const byScript: Record<string, number> = {};
  for (const script of scripts) byScript[script] = median(attributions.map((a) => a.byScript[script] ?? 0));
  return {
    page,
    runs: attributions.length,
    extensionMs: median(attributions.map((a) => a.totalMs)),
    longestTaskMs: Math.max(0, ...longestTasks),
    longTasksMs: median(longTasks),
    byScript,
    top: topSelf(attributions, topCount),
  };
}

/** Each case in every build, runs interleaved across builds so that a load spike hits all alike. */
export async function measureCosts(
  builds: readonly Build[],
  plain: Browser,
  server: FixtureServer,
  cases: readonly CostCase[],
  runs: number,
): Promise<Map<string, CostRow[]>> {
  const out = new Map<string, CostRow[]>(builds.map((build) => [build.label, []]));
  for (const item of cases) {
    const url = server.url(item.path);
    const samples = new Map<string, Attribution[]>(builds.map((build) => [build.label, []]));
    const tasks = new Map<string, number[]>(builds.map((build) => [build.label, []]));
    const taskTotals = new Map<string, number[]>(builds.map((build) => [build.label, []]));
    const floors: number[] = [];
    for (let i = 0; i < runs; i++) {
      for (const build of builds) {
        const { attribution, longestTaskMs, longTasksMs, page } = await profileLoad(build.session, url, {
          settleMs: SETTLE_MS,
          ...(item.until ? { until: item.until } : {}),
        });
        await page.close();
        samples.get(build.label)?.push(attribution);
        tasks.get(build.label)?.push(longestTaskMs);
        taskTotals.get(build.label)?.push(longTasksMs);
      }
      if (item.floor) {
        const page = await plain.newPage();
        await page.goto(url, { timeout: 120_000 });
        floors.push(await freshWorldFloor(page));
        await page.close();
      }
    }
    for (const build of builds) {
      const row = summarise(
        item.name,
        samples.get(build.label) ?? [],
        tasks.get(build.label) ?? [],
        taskTotals.get(build.label) ?? [],
        12,
      );
      if (item.floor) {
        row.floorMs = median(floors);
        row.ratio = row.extensionMs / row.floorMs;
      }
      out.get(build.label)?.push(row);
      printCostRow(build.label, row);
    }
  }
  return out;
}

export const DOCUMENT_SCANNED = `performance.getEntriesByName('aigc-lens:scan').some((m) => m.detail?.pass === 'document')`;

export function smallPageCases(server: FixtureServer): CostCase[] {
  const pages = routeSmallPages(server);
  return [
    { name: '30 KB, no term', path: pages.base },
    { name: '30 KB, no term, 20 frames with a little text', path: pages.frames },
    { name: '30 KB, no term, 20 tiny/hidden/ad frames', path: pages.tinyFrames },
    { name: '30 KB, a few terms', path: pages.someTerms },
  ];
}

/**
 * JS heap per frame with no term: the growth of the page's heap (after a GC) from 0 to 20 such frames
 * with the extension, less the same growth without it, over 20.
 */
export async function heapPerFrame(
  session: ChromiumSession,
  plain: Browser,
  server: FixtureServer,
): Promise<number> {
  const pages = routeSmallPages(server);
  const heapOf = async (open: () => Promise<Page>, path: string): Promise<number> => {
    const page = await open();
    await page.goto(server.url(path));
    await page.waitForTimeout(SETTLE_MS);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.detach();
    await page.close();
    return usedSize;
  };
  const withUs = () => session.context.newPage();
  const without = () => plain.newPage();
  const ours = (await heapOf(withUs, pages.frames)) - (await heapOf(withUs, pages.base));
  const theirs = (await heapOf(without, pages.frames)) - (await heapOf(without, pages.base));
  return (ours - theirs) / 20;
}

export function printCostRow(label: string, row: CostRow): void {
  const scripts = Object.entries(row.byScript)
    .map(([script, ms]) => `${script} ${ms.toFixed(2)}`)
    .join(', ');
  const floor =
    row.floorMs === undefined ? '' : ` | floor ${row.floorMs.toFixed(1)} ms, ratio ${row.ratio?.toFixed(2)}×`;
  console.log(
    `[${label}] ${row.page}: extension CPU ${row.extensionMs.toFixed(2)} ms (median of ${row.runs}), longest task ${row.longestTaskMs.toFixed(0)} ms, long tasks ${row.longTasksMs.toFixed(0)} ms in all${floor}\n  by script: ${scripts || '—'}`,
  );
  for (const line of row.top.slice(0, 8)) console.log(`  ${line}`);
}
