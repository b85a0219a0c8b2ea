// What the page lives through while the marks of a big page are drawn: Chromium's rendering updates rebuild
// every mark after any change (src/content/mark.ts), work that no CPU profile of a script shows. Each big
// page loads without the profiler, with an animation running (as on a page with a spinner, or while the
// reader scrolls: a frame is rendered whenever one is due), and we read the document pass's wall time and
// the long tasks from the content script's start on. Then the page is scrolled 300 px a frame for 90
// frames (45 screens): past DRAW_ALL_LIMIT marks, the marks are drawn as their blocks come near, and
// each change costs a rendering update again.

import type { FixtureServer } from '../tests/e2e/harness/server';
import type { Build } from './cost';
import { LONG_TASKS_SINCE_START, median, WATCH_LONG_TASKS, waitInPage } from './profile';

export interface RenderCostRow {
  page: string;
  runs: number;
  /** Medians over runs, ms. */
  passWallMs: number;
  longTasksMs: number;
  /** The longest over all runs, ms. */
  longestTaskMs: number;
  /** While scrolling: long tasks (median count over runs) and the longest over all runs, ms. */
  scrollLongTasks: number;
  scrollLongestTaskMs: number;
}

/** Scrolls 300 px a frame for 90 frames; resolves to the long tasks that began meanwhile. */
const SCROLL = `new Promise((resolve) => {
  const since = performance.now();
  let frames = 0;
  const step = () => {
    if (++frames > 90) {
      setTimeout(() => resolve(window.__longTasks.filter(([t]) => t >= since).map(([, d]) => d)), 200);
      return;
    }
    scrollBy(0, 300);
    requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
})`;

/** A frame loop from the page's first script: a frame is rendered whenever one is due. */
const ANIMATE = `
  const spin = () => requestAnimationFrame(spin);
  requestAnimationFrame(spin);
`;

const PASS_WALL_MS = `performance.getEntriesByName('aigc-lens:scan').find((m) => m.detail?.pass === 'document')?.duration ?? -1`;

export async function renderCost(
  builds: readonly Build[],
  server: FixtureServer,
  cases: readonly { name: string; path: string; until?: string }[],
  runs: number,
): Promise<Map<string, RenderCostRow[]>> {
  const out = new Map<string, RenderCostRow[]>(builds.map((build) => [build.label, []]));
  for (const item of cases) {
    const samples = new Map<
      string,
      { passWallMs: number; longTasksMs: number; longestTaskMs: number; scrollTasks: number[] }[]
    >(builds.map((build) => [build.label, []]));
    for (let i = 0; i < runs; i++) {
      for (const build of builds) {
        const page = await build.session.context.newPage();
        await page.addInitScript(WATCH_LONG_TASKS);
        await page.addInitScript(ANIMATE);
        await page.goto(server.url(item.path), { timeout: 120_000 });
        if (item.until) await waitInPage(page, item.until);
        await page.waitForTimeout(1000);
        const [longestTaskMs, longTasksMs] = (await page.evaluate(LONG_TASKS_SINCE_START)) as [
          number,
          number,
        ];
        const passWallMs = (await page.evaluate(PASS_WALL_MS)) as number;
        const scrollTasks = (await page.evaluate(SCROLL)) as number[];
        samples.get(build.label)?.push({ passWallMs, longTasksMs, longestTaskMs, scrollTasks });
        await page.close();
      }
    }
    for (const build of builds) {
      const list = samples.get(build.label) ?? [];
      const row: RenderCostRow = {
        page: item.name,
        runs: list.length,
        passWallMs: median(list.map((s) => s.passWallMs)),
        longTasksMs: median(list.map((s) => s.longTasksMs)),
        longestTaskMs: Math.max(0, ...list.map((s) => s.longestTaskMs)),
        scrollLongTasks: median(list.map((s) => s.scrollTasks.length)),
        scrollLongestTaskMs: Math.max(0, ...list.flatMap((s) => s.scrollTasks)),
      };
      out.get(build.label)?.push(row);
      console.log(
        `[${build.label}] ${row.page}, animated: document pass ${row.passWallMs.toFixed(0)} ms wall, long tasks ${row.longTasksMs.toFixed(0)} ms in all, longest ${row.longestTaskMs.toFixed(0)} ms; scrolling 45 screens: ${row.scrollLongTasks} long tasks, longest ${row.scrollLongestTaskMs.toFixed(0)} ms (medians of ${row.runs})`,
      );
    }
  }
  return out;
}
