// `npm run bench`: the term engine in real Chromium with the built extension, against the floor (one
// charCodeAt pass over every text node), a one-regex reference scanner, and mark.js — all measured in
// the same run on the same generated pages. Prints a table and writes bench/results.json.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { findBrowser } from '../tests/e2e/harness/browsers';
import { type ChromiumSession, launchChromium } from '../tests/e2e/harness/chromium';
import { assertBuilt, DIST, ROOT } from '../tests/e2e/harness/paths';
import { startFixtureServer } from '../tests/e2e/harness/server';
import { allAliases, generatePage, generateParagraphs, type Language } from './pages';

const MB = 1_000_000;
const quick = process.argv.includes('--quick');
/** `--before <dist/chrome of an earlier build>`: also compare the engine with that build (see compareWithBefore). */
const beforeArg = process.argv.indexOf('--before');
const beforeDist = beforeArg >= 0 ? process.argv[beforeArg + 1] : undefined;

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

/**
 * Every file the browser loads for the content script before any user action: the manifest's loader
 * and CSS, the chunk the loader imports, and that chunk's static imports, recursively (not the lazy card).
 */
export function eagerContentFiles(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[]; css?: string[] }[];
  };
  const files = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    for (const match of code.matchAll(/getURL\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) visit(match[1] as string);
    for (const match of code.matchAll(/(?:from|import)\s*["'`](\.\/[^"'`]+)["'`]/g)) {
      visit(dir + (match[1] as string).slice(2));
    }
  };
  for (const script of manifest.content_scripts) {
    for (const js of script.js) visit(js);
    for (const css of script.css ?? []) files.add(css);
  }
  return [...files].map((file) => join(dist, file));
}

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
  await page.waitForFunction(`performance.getEntriesByName('aigc-lens:content-ready').length > 0`);
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
  await page.waitForFunction(`window.__scans.some((scan) => scan.pass === 'document')`, undefined, {
    timeout: 120_000,
    polling: 50,
  });
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
  try {
    for (const [language, mb, density, withMarkJs] of matrix) {
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

    // Keeping up: 1,000 paragraphs appended in 100 batches, against one scan of the same paragraphs.
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
    await appendPage.waitForFunction(`window.__scans.length > 0`);
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

    // The eager content script: loader, chunk, the chunks it imports statically, and CSS.
    const eager = eagerContentFiles(DIST.chrome);
    const eagerBytes = eager.reduce((sum, file) => sum + statSync(file).size, 0);
    const eagerGzip = eager.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
    server.route('/bench-empty.html', '<!doctype html><html><body><p>Nothing to see here.</p></body></html>');
    const empty = await engineOn(session, server.url('/bench-empty.html'));
    await empty.page.close();

    const tenMb = rows.find((row) => row.mb === 10 && row.language === 'mixed' && row.density === 1);
    const results = {
      date: new Date().toISOString().slice(0, 10),
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Chromium ${session.context.browser()?.version() ?? ''}`,
      rows,
      append: {
        paragraphs: 1000,
        batches: 100,
        appendMs,
        onceMs: once.run.scanMs,
        ratio: appendMs / once.run.scanMs,
        marks: appendMarks,
        onceMarks: once.run.marks,
      },
      eagerScript: {
        files: eager.map((file) => file.slice(DIST.chrome.length + 1)),
        bytes: eagerBytes,
        gzipBytes: eagerGzip,
        initMsOnEmptyPage: empty.run.initMs,
        scanMsOnEmptyPage: empty.run.scanMs,
      },
      targets: tenMb && {
        engineRatio: { value: tenMb.engineRatio, target: '≤ 1.5', met: tenMb.engineRatio <= 1.5 },
        vsMarkJs: { value: tenMb.engineVsMarkJs, target: '≥ 100', met: (tenMb.engineVsMarkJs ?? 0) >= 100 },
        longestTaskMs: {
          value: Math.max(...rows.map((row) => row.longestTaskMs)),
          target: '≤ 50',
          met: rows.every((row) => row.longestTaskMs <= 50),
        },
        appendRatio: {
          value: appendMs / once.run.scanMs,
          target: '≤ 1.3',
          met: appendMs / once.run.scanMs <= 1.3,
        },
        eagerGzipKb: { value: eagerGzip / 1024, target: '≤ 12', met: eagerGzip / 1024 <= 12 },
        heapGrowthMb: { value: tenMb.heapGrowthMb, target: '≤ 10', met: (tenMb.heapGrowthMb ?? 0) <= 10 },
      },
    };
    console.log(
      `\nappend: ${appendMs.toFixed(1)} ms for 100 batches vs ${once.run.scanMs.toFixed(1)} ms once (${results.append.ratio.toFixed(2)}×), ${appendMarks}/${once.run.marks} marks`,
    );
    console.log(
      `eager script: ${eagerBytes} B, ${eagerGzip} B gzip; init ${empty.run.initMs.toFixed(2)} ms, scan of an empty page ${empty.run.scanMs.toFixed(2)} ms`,
    );
    console.log(
      '\n| page | floor ms (isolated world, first pass) | engine ms | engine ÷ floor | page-world floor ms (first / warm) | regex ÷ page-world warm floor | mark.js ÷ page-world first floor | mark.js ÷ engine | longest task ms | heap growth MB |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    for (const row of rows) {
      console.log(
        `| ${row.page} | ${row.floorMs.toFixed(1)} | ${row.engineMs.toFixed(1)} | ${row.engineRatio.toFixed(2)} | ${row.pageWorldColdFloorMs.toFixed(1)} / ${row.pageWorldWarmFloorMs.toFixed(1)} | ${row.referenceRatio.toFixed(2)} | ${row.markJsRatio === null ? '—' : row.markJsRatio.toFixed(0)} | ${row.engineVsMarkJs === null ? '—' : row.engineVsMarkJs.toFixed(0)} | ${row.longestTaskMs.toFixed(0)} | ${row.heapGrowthMb === null ? '—' : row.heapGrowthMb.toFixed(1)} |`,
      );
    }
    if (results.targets) console.log('\ntargets:', JSON.stringify(results.targets, null, 1));
    const beforeAfter = beforeDist ? await compareWithBefore(server, session, beforeDist) : undefined;
    if (!quick) {
      writeFileSync(
        join(ROOT, 'bench/results.json'),
        `${JSON.stringify(beforeAfter ? { ...results, beforeAfter } : results, null, 2)}\n`,
      );
    }
  } finally {
    await plain.close();
    await session.close();
    await server.close();
  }
}

interface BeforeAfter {
  page: string;
  beforeMs: number;
  afterMs: number;
  /** Median over the rounds of after ÷ before, each pair measured back to back. */
  ratio: number;
  beforeMarks: number;
  afterMarks: number;
}

/**
 * The engine against an earlier build of itself (the cost of a change, such as the topic rule: build the
 * commit before it to a directory and pass its dist/chrome with --before), on the same pages in the same
 * run. The two browsers take turns on each page, ROUNDS times; the median of the pairs' ratios is reported
 * (and the least work time of each), so that load from elsewhere on the machine hits both alike.
 */
const ROUNDS = 7;

async function compareWithBefore(
  server: Awaited<ReturnType<typeof startFixtureServer>>,
  after: ChromiumSession,
  dist: string,
): Promise<BeforeAfter[]> {
  const before = await launchChromium({ dist });
  const out: BeforeAfter[] = [];
  try {
    const pages: [Language, number][] = [
      ['en', 1],
      ['zh', 1],
      ['mixed', 0],
      ['mixed', 1],
    ];
    for (const [language, density] of pages) {
      const path = `/bench-before-after-${language}-${density}.html`;
      server.route(path, generatePage(language, MB, density));
      const runs = { before: [] as EngineRun[], after: [] as EngineRun[] };
      for (let round = 0; round < ROUNDS; round++) {
        for (const [name, session] of [
          ['before', before],
          ['after', after],
        ] as const) {
          const { page, run } = await engineOn(session, server.url(path));
          await page.close();
          runs[name].push(run);
        }
      }
      const least = (list: EngineRun[]) => list.reduce((a, b) => (b.scanMs < a.scanMs ? b : a));
      const b = least(runs.before);
      const a = least(runs.after);
      const ratios = runs.after.map((run, i) => run.scanMs / (runs.before[i] as EngineRun).scanMs);
      ratios.sort((x, y) => x - y);
      const row = {
        page: `${language} 1 MB, ${density}/100 words`,
        beforeMs: b.scanMs,
        afterMs: a.scanMs,
        ratio: ratios[Math.floor(ratios.length / 2)] as number,
        beforeMarks: b.marks,
        afterMarks: a.marks,
      };
      out.push(row);
      console.log(
        `before/after ${row.page.padEnd(22)} least ${row.beforeMs.toFixed(1)} → ${row.afterMs.toFixed(1)} ms, median ratio ${row.ratio.toFixed(3)}× (${ratios.map((r) => r.toFixed(2)).join(' ')}), marks ${row.beforeMarks} → ${row.afterMarks}`,
      );
    }
  } finally {
    await before.close();
  }
  return out;
}

await main();
