// The cost a user pays, from CPU profiles (bench/profile.ts): the extension's CPU from navigation to 2 s
// after load on small pages and their frames, and on the big pages against a fresh-world floor.
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
  /** Median of the longest stretch of extension samples, ms. */
  longestMs: number;
  byScript: Record<string, number>;
  /** For the big pages: the floor in a fresh CDP world, and the ratio. */
  floorMs?: number;
  ratio?: number;
  /** Median JS heap of the page's isolate after a GC, minus the same page without the extension. */
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

async function profileRuns(
  session: ChromiumSession,
  url: string,
  runs: number,
  until?: string,
): Promise<Attribution[]> {
  const out: Attribution[] = [];
  for (let i = 0; i < runs; i++) {
    const { attribution, page } = await profileLoad(session, url, {
      settleMs: SETTLE_MS,
      ...(until ? { until } : {}),
    });
    await page.close();
    out.push(attribution);
  }
  return out;
}

function summarise(page: string, attributions: Attribution[], topCount: number): CostRow {
  const scripts = new Set(attributions.flatMap((a) => Object.keys(a.byScript)));
  const byScript: Record<string, number> = {};
  for (const script of scripts) byScript[script] = median(attributions.map((a) => a.byScript[script] ?? 0));
  return {
    page,
    runs: attributions.length,
    extensionMs: median(attributions.map((a) => a.totalMs)),
    longestMs: median(attributions.map((a) => a.longestRunMs)),
    byScript,
    top: topSelf(attributions, topCount),
  };
}

export const DOCUMENT_SCANNED = `performance.getEntriesByName('aigc-lens:scan').some((m) => m.detail?.pass === 'document') || performance.getEntriesByName('aigc-lens:dormant').length > 0`;

/** The small pages: start-up, frames, a few terms. */
export async function smallPageCosts(
  session: ChromiumSession,
  server: FixtureServer,
  runs: number,
): Promise<CostRow[]> {
  const pages = routeSmallPages(server);
  const rows: CostRow[] = [];
  const cases: [string, string][] = [
    ['30 KB, no term', pages.base],
    ['30 KB, no term, 20 frames with a little text', pages.frames],
    ['30 KB, no term, 20 tiny/hidden/ad frames', pages.tinyFrames],
    ['30 KB, a few terms', pages.someTerms],
  ];
  for (const [name, path] of cases) {
    rows.push(summarise(name, await profileRuns(session, server.url(path), runs), 12));
  }
  return rows;
}

/** A big page: the extension's CPU (to its document pass, then 2 s) against the floor in a fresh world. */
export async function bigPageCost(
  session: ChromiumSession,
  plainPage: () => Promise<import('playwright-core').Page>,
  server: FixtureServer,
  path: string,
  runs: number,
): Promise<CostRow> {
  const attributions = await profileRuns(session, server.url(path), runs, DOCUMENT_SCANNED);
  const floors: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await plainPage();
    await page.goto(server.url(path), { timeout: 120_000 });
    floors.push(await freshWorldFloor(page));
    await page.close();
  }
  const row = summarise(path, attributions, 12);
  row.floorMs = median(floors);
  row.ratio = row.extensionMs / row.floorMs;
  return row;
}

export function printCostRow(row: CostRow): void {
  const scripts = Object.entries(row.byScript)
    .map(([script, ms]) => `${script} ${ms.toFixed(2)}`)
    .join(', ');
  const floor =
    row.floorMs === undefined ? '' : ` | floor ${row.floorMs.toFixed(1)} ms, ratio ${row.ratio?.toFixed(2)}×`;
  console.log(
    `${row.page}: extension CPU ${row.extensionMs.toFixed(2)} ms (median of ${row.runs}), longest stretch ${row.longestMs.toFixed(1)} ms${floor}\n  by script: ${scripts || '—'}`,
  );
  for (const line of row.top.slice(0, 8)) console.log(`  ${line}`);
}
