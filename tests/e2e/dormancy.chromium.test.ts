// Frames not worth scanning stay dormant (src/content/dormancy.ts): a tiny or hidden frame and an ad
// frame without text ask nothing and mark nothing, and each wakes and marks once it is shown, grown or
// given text. A frame of prose marks at once.
import type { Frame, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { markedTexts } from './harness/content-script';
import { useChromium, useFixtureServer } from './harness/suite';

const server = useFixtureServer();
const chromium = useChromium();
const WAIT = { timeout: 10_000 };

const PROSE = '<!doctype html><html><body><p>RLHF is how ChatGPT was tuned.</p></body></html>';
const AD =
  '<!doctype html><html><body style="margin:0"><div style="width:300px;height:250px"></div></body></html>';

const frame = (page: Page, name: string): Frame => {
  const found = page.frame({ name });
  if (!found) throw new Error(`no frame named ${name}`);
  return found;
};
const stateOf = (target: Frame) =>
  target.evaluate(() =>
    performance.getEntriesByName('aigc-lens:dormant').length > 0
      ? 'dormant'
      : performance.getEntriesByName('aigc-lens:content-ready').length > 0
        ? 'ready'
        : 'starting',
  );

async function openFrames(): Promise<Page> {
  server.route('/dormancy-prose.html', PROSE);
  server.route('/dormancy-ad.html', AD);
  server.route(
    '/dormancy-top.html',
    `<!doctype html><html><body><p>A page with frames.</p>
      <iframe name="visible" src="/dormancy-prose.html" style="width:400px;height:200px"></iframe>
      <iframe name="tiny" src="/dormancy-prose.html" style="width:1px;height:1px;border:0"></iframe>
      <iframe name="hidden" src="/dormancy-prose.html" style="display:none"></iframe>
      <iframe name="ad" src="/dormancy-ad.html" style="width:300px;height:250px;border:0"></iframe>
    </body></html>`,
  );
  const page = await chromium.open(server.url('/dormancy-top.html'));
  await expect.poll(() => markedTexts(frame(page, 'visible')), WAIT).toEqual(['ChatGPT', 'RLHF']);
  return page;
}

test('tiny, hidden and text-free frames stay dormant and mark nothing; a frame of prose marks', async () => {
  const page = await openFrames();
  for (const name of ['tiny', 'hidden', 'ad']) {
    await expect.poll(() => stateOf(frame(page, name)), WAIT).toBe('dormant');
    expect(await markedTexts(frame(page, name))).toEqual([]);
  }
  expect(chromium.errors).toEqual([]);
  await page.close();
});

test('a dormant frame wakes and marks when it is grown, shown, or given text', async () => {
  const page = await openFrames();
  for (const name of ['tiny', 'hidden', 'ad']) {
    await expect.poll(() => stateOf(frame(page, name)), WAIT).toBe('dormant');
  }
  await page.evaluate(() => {
    const style = (name: string) => (document.querySelector(`iframe[name=${name}]`) as HTMLElement).style;
    style('tiny').cssText = 'width:400px;height:200px';
    style('hidden').display = 'block';
  });
  await frame(page, 'ad').evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'A retrieval-augmented generation pipeline.';
    document.body.append(p);
  });
  await expect.poll(() => markedTexts(frame(page, 'tiny')), WAIT).toEqual(['ChatGPT', 'RLHF']);
  await expect.poll(() => markedTexts(frame(page, 'hidden')), WAIT).toEqual(['ChatGPT', 'RLHF']);
  await expect.poll(() => markedTexts(frame(page, 'ad')), WAIT).toEqual(['retrieval-augmented generation']);
  expect(chromium.errors).toEqual([]);
  await page.close();
});
