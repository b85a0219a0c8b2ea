// `npm run bench`: the term engine in real Chromium with the built extension, against the floor (one
// charCodeAt pass over every text node), a one-regex reference scanner, and mark.js — all measured in
// the same run on the same generated pages. Prints a table and writes bench/results.json.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { eagerContentFiles, eagerGzipBytes } from '../scripts/eager-files';
import { findBrowser } from '../tests/e2e/harness/browsers';
import { type ChromiumSession, launchChromium } from '../tests/e2e/harness/chromium';
import { assertBuilt, DIST, ROOT } from '../tests/e2e/harness/paths';
import { type FixtureServer, startFixtureServer } from '../tests/e2e/harness/server';
import {
  type Build,
  type CostCase,
  type CostRow,
  DOCUMENT_SCANNED,
  heapPerFrame,
  measureCosts,
  smallPageCases,
  touchFloorBuild,
} from './cost';
import { allAliases, generatePage, generateParagraphs, type Language } from './pages';
import { waitInPage } from './profile';
import { renderCost } from './render-cost';
import { printTopicCost, type TopicCostRow, topicCost, withoutTopicRuleBuild } from './topic-cost';

const MB = 1_000_000;

/**
 * Options: `--only=startup,big` runs some sections (engine, append, size, startup, big, render, heap, topic); `--runs=N`
 * the profiled loads per case (5); `--baseline=DIR` profiles another build's dist/chrome beside this
 * one, runs interleaved, for before/after ratios from one run; `--quick` one small engine page.
 */
const option = (name: string): string | undefined =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const quick = process.argv.includes('--quick');
const SECTIONS = ['engine', 'append', 'size', 'startup', 'big', 'render', 'heap', 'topic'] as const;
type Section = (typeof SECTIONS)[number];
const only = option('only')?.split(',') as Section[] | undefined;
for (const section of only ?? []) {
  if (!SECTIONS.includes(section))
    throw new Error(`bench: unknown section ${section}; one of ${SECTIONS.join(', ')}`);
}
const want = (section: Section): boolean => !only || only.includes(section);
const RUNS = Number(option('runs') ?? 5);
const BASELINE = option('baseline');

/**
 * Watches, in the page's world from the start, long tasks and the engine's scan measures (kept here
 * because the engine clears its own past a hundred).
 */
const WATCH_PAGE = `
  window.__longTasks = [];
  window.__scans = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'aigc-lens:scan') window.__scans.push({ wallMs: entry.duration, ...entry.detail });
    }
  }).observe({ type: 'measure', buffered: true });
`;

/** The floor: visit every text node and read each character once. Any exact matcher does at least this. */
const FLOOR = `(() => {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let sum = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const s = node.data;
    for (let i = 0; i < s.length; i++) sum += s.charCodeAt(i);
  }
  window.__floorSum = sum;
  return performance.now() - t0;
})()`;

/** The plain reference: one regular expression of all aliases over each text node, a Range per match, one Highlight. */
const REFERENCE = (aliases: string[]) => `(() => {
  const aliases = ${JSON.stringify(aliases)};
  const escape = (s) => s.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');
  const t0 = performance.now();
  const re = new RegExp(aliases.sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');
  const highlight = new Highlight();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    re.lastIndex = 0;
    for (let m = re.exec(node.data); m; m = re.exec(node.data)) {
      const range = new Range();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      highlight.add(range);
    }
  }
  CSS.highlights.set('bench-reference', highlight);
  const ms = performance.now() - t0;
  CSS.highlights.delete('bench-reference');
  return ms;
})()`;

const MARK_JS = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
const RUN_MARK_JS = (aliases: string[]) => `new Promise((resolve) => {
  const t0 = performance.now();
  new Mark(document.body).mark(${JSON.stringify(aliases)}, {
    separateWordSearch: false,
    diacritics: false,
    done: () => resolve(performance.now() - t0),
  });
})`;

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

const minOf = async (runs: number, measure: () => Promise<number>): Promise<number> => {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) best = Math.min(best, await measure());
  return best;
};

/**
 * The floor where the engine works: in the content script's isolated world, on a fresh load of the
 * page with AIGC Lens switched off (so its world has read no text yet). Blink makes a JS string the
 * first time a world reads a text node's data, and each world keeps its own: a first pass in the
 * isolated world is the engine's real lower bound, and differs a lot from a warm one in the page's world.
 */
async function isolatedFloor(session: ChromiumSession, url: string): Promise<{ cold: number; warm: number }> {
  await session.serviceWorker.evaluate(
    `chrome.storage.sync.set({ settings: { version: 1, enabled: false } })`,
  );
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const contexts: { id: number; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  await page.goto(url, { timeout: 120_000 });
  await waitInPage(page, `performance.getEntriesByName('aigc-lens:content-ready').length > 0`, 30_000);
  const isolated = contexts.filter((context) => context.auxData?.type === 'isolated').pop();
  if (!isolated) throw new Error('bench: the content script’s isolated world was not found');
  const run = async () =>
    (
      (await cdp.send('Runtime.evaluate', {
        expression: FLOOR,
        contextId: isolated.id,
        returnByValue: true,
      })) as {
        result: { value: number };
      }
    ).result.value;
  const cold = await run();
  const warm = Math.min(await run(), await run(), await run());
  await page.close();
  await session.serviceWorker.evaluate('chrome.storage.sync.clear()');
  return { cold, warm };
}

interface EngineRun {
  /** Time the engine worked on the full pass (its slices added up). */
  scanMs: number;
  /** Start to end of the pass, with the page's own tasks in between. */
  wallMs: number;
  initMs: number;
  longestTaskMs: number;
  marks: number;
}

async function engineOn(session: ChromiumSession, url: string): Promise<{ page: Page; run: EngineRun }> {
  const page = await session.context.newPage();
  await page.addInitScript(WATCH_PAGE);
  await page.goto(url, { timeout: 120_000 });
  await waitInPage(page, `window.__scans.some((scan) => scan.pass === 'document')`);
  const run = (await page.evaluate(`(() => {
    const scan = window.__scans.find((m) => m.pass === 'document');
    const init = performance.getEntriesByName('aigc-lens:init')[0];
    const start = performance.getEntriesByName('aigc-lens:content-start')[0].startTime;
    const ours = window.__longTasks.filter(([t]) => t >= start - 1);
    let marks = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith('aigc-lens')) marks += h.size;
    return { scanMs: scan.workMs, wallMs: scan.wallMs, initMs: init ? init.duration : 0, longestTaskMs: Math.max(0, ...ours.map(([, d]) => d)), marks };
  })()`)) as EngineRun;
  return { page, run };
}

interface Row {
  page: string;
  language: Language;
  mb: number;
  density: number;
  /** First pass in the isolated world (the engine's lower bound). */
  floorMs: number;
  warmFloorMs: number;
  pageWorldColdFloorMs: number;
  pageWorldWarmFloorMs: number;
  engineMs: number;
  engineWallMs: number;
  engineRatio: number;
  referenceMs: number;
  referenceRatio: number;
  markJsMs: number | null;
  markJsRatio: number | null;
  engineVsMarkJs: number | null;
  longestTaskMs: number;
  marks: number;
  heapGrowthMb: number | null;
}

async function main(): Promise<void> {
  assertBuilt(DIST.chrome);
  const server = await startFixtureServer();
  const session = await launchChromium();
  const plain: Browser = await chromium.launch({
    executablePath: findBrowser('chromium'),
    args: ['--disable-gpu'],
  });
  const aliases = allAliases();
  const matrix: [Language, number, number, boolean][] = quick
    ? [['mixed', 1, 1, true]]
    : [
        ['en', 1, 0, true],
        ['en', 1, 0.1, true],
        ['en', 1, 1, true],
        ['zh', 1, 0, true],
        ['zh', 1, 0.1, true],
        ['zh', 1, 1, true],
        ['mixed', 1, 0, true],
        ['mixed', 1, 1, true],
        ['en', 10, 1, false],
        ['zh', 10, 1, false],
        ['mixed', 10, 0, false],
        ['mixed', 10, 1, true],
      ];
  const rows: Row[] = [];
  const results: Record<string, unknown> = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Chromium ${session.context.browser()?.version() ?? ''}`,
  };
  const baseline = BASELINE ? await launchChromium({ dist: BASELINE }) : null;
  try {
    for (const [language, mb, density, withMarkJs] of want('engine') ? matrix : []) {
      const path = `/bench-${language}-${mb}mb-${density}.html`;
      server.route(path, generatePage(language, mb * MB, density));
      const { page, run } = await engineOn(session, server.url(path));
      const pageWorldWarmFloorMs = await minOf(3, () => page.evaluate(FLOOR) as Promise<number>);
      const referenceMs = await minOf(3, () => page.evaluate(REFERENCE(aliases)) as Promise<number>);
      const withExtension = mb === 10 ? await heapUsed(page) : 0;
      await page.close();
      const floor = await isolatedFloor(session, server.url(path));
      const floorMs = floor.cold;
      const warmFloorMs = floor.warm;

      let markJsMs: number | null = null;
      let heapGrowthMb: number | null = null;
      const bare = await plain.newPage();
      await bare.goto(server.url(path), { timeout: 120_000 });
      const pageWorldColdFloorMs = (await bare.evaluate(FLOOR)) as number;
      if (mb === 10) heapGrowthMb = (withExtension - (await heapUsed(bare))) / MB;
      if (withMarkJs) {
        await bare.addScriptTag({ content: MARK_JS });
        markJsMs = (await bare.evaluate(RUN_MARK_JS(aliases))) as number;
      }
      await bare.close();

      const row: Row = {
        page: `${language} ${mb} MB, ${density}/100 words`,
        language,
        mb,
        density,
        floorMs,
        warmFloorMs,
        pageWorldColdFloorMs,
        pageWorldWarmFloorMs,
        engineMs: run.scanMs,
        engineWallMs: run.wallMs,
        engineRatio: run.scanMs / floorMs,
        referenceMs,
        referenceRatio: referenceMs / pageWorldWarmFloorMs,
        markJsMs,
        markJsRatio: markJsMs === null ? null : markJsMs / pageWorldColdFloorMs,
        engineVsMarkJs: markJsMs === null ? null : markJsMs / run.scanMs,
        longestTaskMs: run.longestTaskMs,
        marks: run.marks,
        heapGrowthMb,
      };
      rows.push(row);
      console.log(
        `${row.page.padEnd(26)} floor ${floorMs.toFixed(1)} ms (warm ${warmFloorMs.toFixed(1)}; page world ${pageWorldColdFloorMs.toFixed(1)}/${pageWorldWarmFloorMs.toFixed(1)}) | engine ${run.scanMs.toFixed(1)} ms (${row.engineRatio.toFixed(2)}×, wall ${run.wallMs.toFixed(0)} ms) | regex ${row.referenceRatio.toFixed(2)}× | mark.js ${markJsMs === null ? '—' : `${(markJsMs / pageWorldColdFloorMs).toFixed(0)}×`} | longest task ${run.longestTaskMs.toFixed(0)} ms | ${run.marks} marks`,
      );
    }

    if (want('engine')) results.rows = rows;
    if (want('append')) results.append = await appendBench(session, server);
    if (want('size')) results.eagerScript = await eagerScriptBench(session, server);
    const builds: Build[] = [{ label: 'this build', session }];
    if (baseline) builds.push({ label: 'baseline', session: baseline });
    const costs: Record<string, unknown> = {};
    if (want('startup')) {
      const contentScript = relative(DIST.chrome, eagerContentFiles(DIST.chrome)[0] as string);
      const touchFloor = await launchChromium({ dist: touchFloorBuild(DIST.chrome, contentScript) });
      try {
        const withFloor = [...builds, { label: 'touch floor', session: touchFloor }];
        const byBuild = await measureCosts(withFloor, plain, server, smallPageCases(server), RUNS);
        costs.startup = Object.fromEntries(byBuild);
        printAboveFloor(byBuild);
      } finally {
        await touchFloor.close();
      }
    }
    const bigCases = (): CostCase[] =>
      BIG_PAGES.map(([language, density]): CostCase => {
        const path = `/cost-${language}-10mb-${density}.html`;
        server.route(path, generatePage(language, 10 * MB, density));
        return {
          name: `${language} 10 MB, ${density}/100 words`,
          path,
          until: DOCUMENT_SCANNED,
          floor: true,
        };
      });
    if (want('big')) {
      costs.big = Object.fromEntries(await measureCosts(builds, plain, server, bigCases(), RUNS));
    }
    if (want('render')) {
      const terms = bigCases().filter((item) => !item.name.includes(' 0/100'));
      costs.render = Object.fromEntries(await renderCost(builds, server, terms, Math.min(RUNS, 3)));
    }
    if (want('heap')) {
      costs.heapPerFrameKb = (await heapPerFrame(session, plain, server)) / 1024;
      console.log(`heap per frame with no term: ${(costs.heapPerFrameKb as number).toFixed(1)} KB`);
    }
    if (want('topic')) {
      results.topicRule = topicCost();
      printTopicCost(results.topicRule as TopicCostRow[]);
      // In the page: this build beside one whose data gives the rule nothing to decide.
      const without = await launchChromium({ dist: withoutTopicRuleBuild(DIST.chrome) });
      try {
        const pair: Build[] = [
          { label: 'this build', session },
          { label: 'without the topic rule', session: without },
        ];
        const byBuild = await measureCosts(pair, plain, server, bigCases(), RUNS);
        results.topicRuleInPage = Object.fromEntries(byBuild);
        printTopicRuleInPage(byBuild);
      } finally {
        await without.close();
      }
    }
    if (Object.keys(costs).length > 0) results.cost = costs;
    if (baseline) printRatios(costs);

    const tenMb = rows.find((row) => row.mb === 10 && row.language === 'mixed' && row.density === 1);
    if (tenMb) {
      results.targets = {
        engineRatio: { value: tenMb.engineRatio, target: '≤ 1.5', met: tenMb.engineRatio <= 1.5 },
        vsMarkJs: { value: tenMb.engineVsMarkJs, target: '≥ 100', met: (tenMb.engineVsMarkJs ?? 0) >= 100 },
        longestTaskMs: {
          value: Math.max(...rows.map((row) => row.longestTaskMs)),
          target: '≤ 50',
          met: rows.every((row) => row.longestTaskMs <= 50),
        },
      };
    }
    if (rows.length > 0) printEngineTable(rows);
    if (results.targets) console.log('\ntargets:', JSON.stringify(results.targets, null, 1));
    // Only a full run replaces the recorded results.
    if (!quick && !only && !baseline) {
      writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    }
  } finally {
    await baseline?.close();
    await plain.close();
    await session.close();
    await server.close();
  }
}

/** The 10 MB pages of the cost section: [language, terms per 100 words]. */
const BIG_PAGES: [Language, number][] = [
  ['mixed', 1],
  ['mixed', 0],
  ['en', 1],
  ['zh', 1],
];

/**
 * The startup cases against the touch floor of the same run: per page, and per extra frame (the frames
 * cases less the page alone, over their 20 frames).
 */
function printAboveFloor(byBuild: Map<string, CostRow[]>): void {
  const floor = byBuild.get('touch floor') ?? [];
  const perFrame = (rows: CostRow[], i: number) =>
    ((rows[i]?.extensionMs ?? 0) - (rows[0]?.extensionMs ?? 0)) / 20;
  for (const [label, rows] of byBuild) {
    if (label === 'touch floor') continue;
    console.log(`\n${label} against the touch floor (same run, ms):`);
    rows.forEach((row, i) => {
      console.log(
        `  ${row.page}: ${row.extensionMs.toFixed(2)} (floor ${floor[i]?.extensionMs.toFixed(2) ?? '—'})`,
      );
    });
    for (const i of [1, 2]) {
      console.log(
        `  per extra frame, ${rows[i]?.page.replace('30 KB, no term, 20 ', '') ?? ''}: ${perFrame(rows, i).toFixed(2)} (floor ${perFrame(floor, i).toFixed(2)})`,
      );
    }
  }
}

/** The topic rule in the page: this build ÷ the build without it, per big page, from one run. */
function printTopicRuleInPage(byBuild: Map<string, CostRow[]>): void {
  console.log(
    '\nthe topic rule in the page (extension CPU, medians, same run; this build ÷ without the rule):',
  );
  const without = byBuild.get('without the topic rule') ?? [];
  (byBuild.get('this build') ?? []).forEach((row, i) => {
    const other = without[i];
    if (!other) return;
    console.log(
      `  ${row.page}: ${row.extensionMs.toFixed(1)} ÷ ${other.extensionMs.toFixed(1)} ms = ${(row.extensionMs / other.extensionMs).toFixed(3)} (÷ floor ${row.ratio?.toFixed(2) ?? '—'} vs ${other.ratio?.toFixed(2) ?? '—'})`,
    );
  });
}

/** This build ÷ the baseline, per case, from the same run. */
function printRatios(costs: Record<string, unknown>): void {
  console.log('\nthis build ÷ baseline (extension CPU, medians, same run):');
  for (const section of ['startup', 'big']) {
    const byBuild = costs[section] as Record<string, CostRow[]> | undefined;
    if (!byBuild) continue;
    const ours = byBuild['this build'] ?? [];
    const theirs = byBuild.baseline ?? [];
    ours.forEach((row, i) => {
      const base = theirs[i];
      if (!base) return;
      console.log(
        `  ${row.page}: ${row.extensionMs.toFixed(2)} ÷ ${base.extensionMs.toFixed(2)} ms = ${(row.extensionMs / base.extensionMs).toFixed(2)}`,
      );
    });
  }
}

/** Keeping up: 1,000 paragraphs appended in 100 batches, against one scan of the same paragraphs. */
async function appendBench(session: ChromiumSession, server: FixtureServer) {
  const paragraphs = generateParagraphs(1000, 'mixed', 1);
  server.route(
    '/bench-append-once.html',
    `<!doctype html><html><body><main>${paragraphs.join('')}</main></body></html>`,
  );
  const once = await engineOn(session, server.url('/bench-append-once.html'));
  await once.page.close();
  server.route('/bench-append.html', '<!doctype html><html><body><main><p>start</p></main></body></html>');
  const appendPage = await session.context.newPage();
  await appendPage.addInitScript(WATCH_PAGE);
  await appendPage.goto(server.url('/bench-append.html'));
  await waitInPage(appendPage, `window.__scans.length > 0`, 30_000);
  await appendPage.evaluate(`(async () => {
      const batches = ${JSON.stringify(paragraphs)};
      const main = document.querySelector('main');
      for (let b = 0; b < 100; b++) {
        const holder = document.createElement('div');
        holder.innerHTML = batches.slice(b * 10, b * 10 + 10).join('');
        main.append(...holder.children);
        await new Promise((r) => setTimeout(r, 120));
      }
      await new Promise((r) => setTimeout(r, 300));
    })()`);
  const appendMs = (await appendPage.evaluate(
    `window.__scans.filter((scan) => scan.pass === 'changes').reduce((sum, scan) => sum + scan.workMs, 0)`,
  )) as number;
  const appendMarks = (await appendPage.evaluate(
    `[...CSS.highlights].filter(([n]) => n.startsWith('aigc-lens')).reduce((s, [, h]) => s + h.size, 0)`,
  )) as number;
  await appendPage.close();
  console.log(
    `append: ${appendMs.toFixed(1)} ms for 100 batches vs ${once.run.scanMs.toFixed(1)} ms once (${(appendMs / once.run.scanMs).toFixed(2)}×), ${appendMarks}/${once.run.marks} marks`,
  );
  return {
    paragraphs: 1000,
    batches: 100,
    appendMs,
    onceMs: once.run.scanMs,
    ratio: appendMs / once.run.scanMs,
    marks: appendMarks,
    onceMarks: once.run.marks,
  };
}

/** The eager content script's size, and its start-up on a page with no term. */
async function eagerScriptBench(session: ChromiumSession, server: FixtureServer) {
  const eager = eagerContentFiles(DIST.chrome);
  const eagerBytes = eager.reduce((sum, file) => sum + statSync(file).size, 0);
  const eagerGzip = eagerGzipBytes(DIST.chrome);
  server.route('/bench-empty.html', '<!doctype html><html><body><p>Nothing to see here.</p></body></html>');
  const empty = await engineOn(session, server.url('/bench-empty.html'));
  await empty.page.close();

  console.log(
    `eager script: ${eagerBytes} B, ${eagerGzip} B gzip; init ${empty.run.initMs.toFixed(2)} ms, scan of an empty page ${empty.run.scanMs.toFixed(2)} ms`,
  );
  return {
    files: eager.map((file) => file.slice(DIST.chrome.length + 1)),
    bytes: eagerBytes,
    gzipBytes: eagerGzip,
    initMsOnEmptyPage: empty.run.initMs,
    scanMsOnEmptyPage: empty.run.scanMs,
  };
}

function printEngineTable(rows: Row[]): void {
  console.log(
    '\n| page | floor ms (isolated world, first pass) | engine ms | engine ÷ floor | page-world floor ms (first / warm) | regex ÷ page-world warm floor | mark.js ÷ page-world first floor | mark.js ÷ engine | longest task ms | heap growth MB |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) {
    console.log(
      `| ${row.page} | ${row.floorMs.toFixed(1)} | ${row.engineMs.toFixed(1)} | ${row.engineRatio.toFixed(2)} | ${row.pageWorldColdFloorMs.toFixed(1)} / ${row.pageWorldWarmFloorMs.toFixed(1)} | ${row.referenceRatio.toFixed(2)} | ${row.markJsRatio === null ? '—' : row.markJsRatio.toFixed(0)} | ${row.engineVsMarkJs === null ? '—' : row.engineVsMarkJs.toFixed(0)} | ${row.longestTaskMs.toFixed(0)} | ${row.heapGrowthMb === null ? '—' : row.heapGrowthMb.toFixed(1)} |`,
    );
  }
}

await main();
