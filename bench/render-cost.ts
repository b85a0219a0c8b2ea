// What the page lives through while the marks of a big page are drawn: Chromium's rendering updates rebuild
// every mark after any change (src/content/mark.ts), work that no CPU profile of a script shows. Each big
// page loads without the profiler, with an animation running (as on a page with a spinner, or while the
// reader scrolls: a frame is rendered whenever one is due), and we read the document pass's wall time and
// the long tasks from the content script's start on.

import type { FixtureServer } from '../tests/e2e/harness/server';
import type { Build } from './cost';
import { LONG_TASKS_SINCE_START, median, WATCH_LONG_TASKS } from './profile';

export interface RenderCostRow {
  page: string;
  runs: number;
  /** Medians over runs, ms. */
  passWallMs: number;
  longTasksMs: number;
  /** The longest over all runs, ms. */
  longestTaskMs: number;
}

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
    const samples = new Map<string, { passWallMs: number; longTasksMs: number; longestTaskMs: number }[]>(
      builds.map((build) => [build.label, []]),
    );
    for (let i = 0; i < runs; i++) {
      for (const build of builds) {
        const page = await build.session.context.newPage();
        await page.addInitScript(WATCH_LONG_TASKS);
        await page.addInitScript(ANIMATE);
        await page.goto(server.url(item.path), { timeout: 120_000 });
        if (item.until) await page.waitForFunction(item.until, undefined, { timeout: 120_000, polling: 50 });
        await page.waitForTimeout(1000);
        const [longestTaskMs, longTasksMs] = (await page.evaluate(LONG_TASKS_SINCE_START)) as [
          number,
          number,
        ];
        const passWallMs = (await page.evaluate(PASS_WALL_MS)) as number;
        samples.get(build.label)?.push({ passWallMs, longTasksMs, longestTaskMs });
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
      };
      out.get(build.label)?.push(row);
      console.log(
        `[${build.label}] ${row.page}, animated: document pass ${row.passWallMs.toFixed(0)} ms wall, long tasks ${row.longTasksMs.toFixed(0)} ms in all, longest ${row.longestTaskMs.toFixed(0)} ms (medians of ${row.runs})`,
      );
    }
  }
  return out;
}
