// Frames not worth scanning stay dormant (src/content/dormancy.ts): a tiny or hidden frame and an ad
// frame without text ask nothing and mark nothing, and each wakes and marks once it is shown, grown or
// given text. A frame of prose marks at once. In Firefox: the same pages as dormancy.chromium.test.ts.
import type { Frame, Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import {
  ADD_TEXT,
  ADDED_MARKS,
  DORMANT_FRAMES,
  FRAME_STATE,
  GROW_AND_SHOW,
  PROSE_MARKS,
  routeDormancyPages,
} from './dormancy';
import { markedTexts } from './harness/content-script';
import { useFirefox, useFixtureServer } from './harness/suite';

const server = useFixtureServer();
const firefox = useFirefox();
const WAIT = { timeout: 10_000 };

const frame = (page: Page, name: string): Frame => {
  const found = page.frames().find((f) => f.url().endsWith(`?${name}`));
  if (!found) throw new Error(`no ${name} frame`);
  return found;
};

async function openFrames(): Promise<Page> {
  const page = await firefox.open(server.url(routeDormancyPages(server)));
  await expect.poll(() => markedTexts(frame(page, 'visible')), WAIT).toEqual(PROSE_MARKS);
  for (const name of DORMANT_FRAMES) {
    await expect.poll(() => frame(page, name).evaluate(FRAME_STATE), WAIT).toBe('dormant');
  }
  return page;
}

test('tiny, hidden and text-free frames stay dormant and mark nothing; a frame of prose marks', async () => {
  const page = await openFrames();
  for (const name of DORMANT_FRAMES) expect(await markedTexts(frame(page, name))).toEqual([]);
  await page.close();
});

test('a dormant frame wakes and marks when it is grown, shown, or given text', async () => {
  const page = await openFrames();
  await page.evaluate(GROW_AND_SHOW);
  await frame(page, 'ad').evaluate(ADD_TEXT);
  await expect.poll(() => markedTexts(frame(page, 'tiny')), WAIT).toEqual(PROSE_MARKS);
  await expect.poll(() => markedTexts(frame(page, 'hidden')), WAIT).toEqual(PROSE_MARKS);
  await expect.poll(() => markedTexts(frame(page, 'ad')), WAIT).toEqual(ADDED_MARKS);
  await page.close();
});
