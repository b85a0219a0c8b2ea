// What a user pays for AIGC Lens, from V8 CPU profiles: every sample whose stack holds a frame of one of
// the extension's scripts counts, from navigation to a settle time after load, in a fresh page per run.
import type { CDPSession, Page } from 'playwright-core';
import type { ChromiumSession } from '../tests/e2e/harness/chromium';

/** CDP's Profiler.Profile, the parts read here. */
interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Attribution {
  /** Milliseconds of samples with an extension frame anywhere on the stack. */
  totalMs: number;
  /** The same, by the script URL of the outermost extension frame (the part after the extension id). */
  byScript: Record<string, number>;
  /** Self time of functions, in samples with an extension frame on the stack. */
  selfMs: Map<string, number>;
}

const EXTENSION_URL = /^(?:chrome|moz)-extension:\/\/[^/]+\//;

/** Pure: the extension's share of a profile. */
export function attribute(profile: CpuProfile): Attribution {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  // Per node: the outermost extension script on its stack, or '' for none (memoised).
  const ours = new Map<number, string>();
  const scriptOf = (id: number): string => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const outer = up === undefined ? '' : scriptOf(up);
    const url = byId.get(id)?.callFrame.url ?? '';
    const script = outer || (EXTENSION_URL.test(url) ? url.replace(EXTENSION_URL, '') : '');
    ours.set(id, script);
    return script;
  };
  const byScript: Record<string, number> = {};
  const selfMs = new Map<string, number>();
  let totalMs = 0;
  // timeDeltas[i] is the time from sample i-1 to sample i: sample i stands for the interval after it.
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i] as number;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const script = scriptOf(id);
    if (!script) continue;
    totalMs += ms;
    byScript[script] = (byScript[script] ?? 0) + ms;
    const frame = byId.get(id)?.callFrame;
    const name = frame
      ? `${frame.functionName || '(anonymous)'} ${frame.url.replace(EXTENSION_URL, '')}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`
      : '?';
    selfMs.set(name, (selfMs.get(name) ?? 0) + ms);
  }
  return { totalMs, byScript, selfMs };
}

/** Sampling interval in microseconds (CDP's default is 1,000). */
export const SAMPLING_US = 100;

export async function startProfiler(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
  return cdp;
}

export async function stopProfiler(cdp: CDPSession): Promise<CpuProfile> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await cdp.detach();
  return profile;
}

/**
 * Waits until `expression` holds in the page, asking every 50 ms with a plain evaluation, as the e2e
 * harness does (tests/e2e/harness/content-script.ts, with vitest's expect.poll, which the bench runs
 * without). Not Playwright's waitForFunction: it installs Playwright's injected script in the page, which
 * adds non-passive pointer listeners to the window (its hit-target interceptors). In Chromium that makes
 * the next frame recompute the whole page's hit-test data (docs/browser-quirks.md): a rendering update of
 * 100–150 ms on the 10 MB pages after the content script's start, in the window where the bench counts
 * the page's long tasks with us.
 */
export async function waitInPage(page: Page, expression: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`bench: timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Loads `url` in a fresh page under the profiler and attributes the samples until `settleMs` after the
 * load event (or until `until` holds in the page, then `settleMs`).
 */
export async function profileLoad(
  session: ChromiumSession,
  url: string,
  options: { settleMs: number; until?: string; timeoutMs?: number },
): Promise<{ attribution: Attribution; longestTaskMs: number; longTasksMs: number; page: Page }> {
  const page = await session.context.newPage();
  await page.addInitScript(WATCH_LONG_TASKS);
  const cdp = await startProfiler(page);
  await page.goto(url, { timeout: options.timeoutMs ?? 120_000 });
  if (options.until) await waitInPage(page, options.until, options.timeoutMs);
  await page.waitForTimeout(options.settleMs);
  const attribution = attribute(await stopProfiler(cdp));
  const [longestTaskMs, longTasksMs] = (await page.evaluate(LONG_TASKS_SINCE_START)) as [number, number];
  return { attribution, longestTaskMs, longTasksMs, page };
}

/** Long tasks of the top frame, watched from the start in the page's world. */
export const WATCH_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
`;

/**
 * The longest of them from the content script's start on (the page's own parsing comes before), and
 * their sum. Rendering work that our marks cause (mark.ts) is in these tasks and in no CPU profile of a
 * script, so the sum is shown beside the extension's CPU.
 */
export const LONG_TASKS_SINCE_START = `(() => {
  const start = performance.getEntriesByName('aigc-lens:content-start')[0]?.startTime ?? Infinity;
  const since = window.__longTasks.filter(([t, d]) => t + d >= start).map(([, d]) => d);
  return [Math.max(0, ...since), since.reduce((sum, d) => sum + d, 0)];
})()`;

/**
 * The floor: one pass over every text node reading every character, in a world that has read none yet
 * (a fresh isolated world that CDP creates after a fresh load), timed inside that world.
 */
export const FLOOR_PASS = `(() => {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let sum = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const s = node.data;
    for (let i = 0; i < s.length; i++) sum += s.charCodeAt(i);
  }
  globalThis.__floorSum = sum;
  return performance.now() - t0;
})()`;

export async function freshWorldFloor(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: `bench-floor-${Math.random()}`,
  })) as { executionContextId: number };
  const { result } = (await cdp.send('Runtime.evaluate', {
    expression: FLOOR_PASS,
    contextId: executionContextId,
    returnByValue: true,
  })) as { result: { value: number } };
  await cdp.detach();
  return result.value;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** The `count` functions with the most self time, as "ms name" lines (median ms over the runs). */
export function topSelf(attributions: readonly Attribution[], count: number): string[] {
  const names = new Set(attributions.flatMap((a) => [...a.selfMs.keys()]));
  const medians = [...names].map((name): [string, number] => [
    name,
    median(attributions.map((a) => a.selfMs.get(name) ?? 0)),
  ]);
  return medians
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `${ms.toFixed(2).padStart(7)} ms  ${name}`);
}
