// The dormancy tests, once for both browsers (dormancy.chromium/firefox.test.ts): a top page with a frame
// of prose, a 1×1 frame and a hidden frame of the same prose, and an ad frame with no text, each told apart
// by its query string. Frames not worth scanning stay dormant (src/content/dormancy.ts): they ask nothing
// and mark nothing, and each wakes and marks once it is shown, grown or given text.
import { expect, test } from 'vitest';
import { markedTexts } from './harness/content-script';
import type { FixtureServer } from './harness/server';

const PROSE_MARKS = ['ChatGPT', 'RLHF'];
const ADDED_MARKS = ['retrieval-augmented generation'];
/** The frames that must stay dormant, by the query string of their URL. */
const DORMANT_FRAMES = ['tiny', 'hidden', 'ad'] as const;

function routeDormancyPages(server: FixtureServer): string {
  server.route(
    '/dormancy-prose.html',
    '<!doctype html><html><body><p>RLHF is how ChatGPT was tuned.</p></body></html>',
  );
  server.route(
    '/dormancy-ad.html',
    '<!doctype html><html><body style="margin:0"><div style="width:300px;height:250px"></div></body></html>',
  );
  server.route(
    '/dormancy-top.html',
    `<!doctype html><html><body><p>A page with frames.</p>
      <iframe name="visible" src="/dormancy-prose.html?visible" style="width:400px;height:200px"></iframe>
      <iframe name="tiny" src="/dormancy-prose.html?tiny" style="width:1px;height:1px;border:0"></iframe>
      <iframe name="hidden" src="/dormancy-prose.html?hidden" style="display:none"></iframe>
      <iframe name="ad" src="/dormancy-ad.html?ad" style="width:300px;height:250px;border:0"></iframe>
    </body></html>`,
  );
  return '/dormancy-top.html';
}

/** In a frame: whether its content script is dormant, ready, or neither yet. */
const FRAME_STATE = `performance.getEntriesByName('aigc-lens:dormant').length > 0
  ? 'dormant'
  : performance.getEntriesByName('aigc-lens:content-ready').length > 0 ? 'ready' : 'starting'`;

/** In the top page: grows the tiny frame and shows the hidden one. */
const GROW_AND_SHOW = `(() => {
  const style = (name) => document.querySelector('iframe[name=' + name + ']').style;
  style('tiny').cssText = 'width:400px;height:200px';
  style('hidden').display = 'block';
})()`;

/** In the ad frame: adds a paragraph with a term. */
const ADD_TEXT = `(() => {
  const p = document.createElement('p');
  p.textContent = 'A retrieval-augmented generation pipeline.';
  document.body.append(p);
})()`;

/** A Playwright or Puppeteer frame, and a page with its frames: all the tests ask of either. */
interface FrameLike {
  url(): string;
  evaluate(script: string): Promise<unknown>;
}
interface PageLike extends FrameLike {
  frames(): FrameLike[];
  close(): Promise<void>;
}

const WAIT = { timeout: 10_000 };

const frameOf = (page: PageLike, name: string): FrameLike => {
  const found = page.frames().find((f) => f.url().endsWith(`?${name}`));
  if (!found) throw new Error(`no ${name} frame`);
  return found;
};

/**
 * The two tests, for a browser that opens a URL in a new page and, after each, says what went wrong in
 * its pages (nothing, where the harness cannot see it).
 */
export function dormancyTests(
  server: FixtureServer,
  open: (url: string) => Promise<PageLike>,
  errors: () => readonly string[] = () => [],
): void {
  async function openFrames(): Promise<PageLike> {
    const page = await open(server.url(routeDormancyPages(server)));
    await expect.poll(() => markedTexts(frameOf(page, 'visible')), WAIT).toEqual(PROSE_MARKS);
    for (const name of DORMANT_FRAMES) {
      await expect.poll(() => frameOf(page, name).evaluate(FRAME_STATE), WAIT).toBe('dormant');
    }
    return page;
  }

  test('tiny, hidden and text-free frames stay dormant and mark nothing; a frame of prose marks', async () => {
    const page = await openFrames();
    for (const name of DORMANT_FRAMES) expect(await markedTexts(frameOf(page, name))).toEqual([]);
    expect(errors()).toEqual([]);
    await page.close();
  });

  test('a dormant frame wakes and marks when it is grown, shown, or given text', async () => {
    const page = await openFrames();
    await page.evaluate(GROW_AND_SHOW);
    await frameOf(page, 'ad').evaluate(ADD_TEXT);
    await expect.poll(() => markedTexts(frameOf(page, 'tiny')), WAIT).toEqual(PROSE_MARKS);
    await expect.poll(() => markedTexts(frameOf(page, 'hidden')), WAIT).toEqual(PROSE_MARKS);
    await expect.poll(() => markedTexts(frameOf(page, 'ad')), WAIT).toEqual(ADDED_MARKS);
    expect(errors()).toEqual([]);
    await page.close();
  });
}
