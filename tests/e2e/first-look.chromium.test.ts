// The first look in Chromium (src/core/first-look.ts): a sub-frame whose text holds no alias asks the
// background nothing, while a sub-frame with a term, and the top frame, ask; each frame is ready either way.
import { expect, test } from 'vitest';
import { useChromium, useFixtureServer } from './harness/suite';

const server = useFixtureServer();
const chromium = useChromium();

const READY = `performance.getEntriesByName('aigc-lens:content-ready').length > 0`;

/** In the service worker: records the frame of every probe-text question (a listener beside the router's). */
const RECORD_QUESTIONS = `(() => {
  globalThis.__questions = [];
  chrome.runtime.onMessage.addListener((message, sender) => {
    if (message?.type === 'probe-text') globalThis.__questions.push(sender.url);
  });
})()`;

test('a frame whose text holds no alias asks nothing; one with a term, and the top frame, ask', async () => {
  server.route('/first-look-plain.html', '<!doctype html><p>The weather was fine all week in the hills.</p>');
  server.route('/first-look-term.html', '<!doctype html><p>RLHF is how ChatGPT was tuned.</p>');
  server.route(
    '/first-look-top.html',
    `<!doctype html><p>A page about gardens, with two frames.</p>
      <iframe src="/first-look-plain.html" style="width:400px;height:200px"></iframe>
      <iframe src="/first-look-term.html" style="width:400px;height:200px"></iframe>`,
  );
  await chromium.serviceWorker.evaluate(RECORD_QUESTIONS);
  const page = await chromium.open(server.url('/first-look-top.html'));
  const frame = (path: string) => page.frames().find((f) => f.url().endsWith(path));
  for (const path of ['/first-look-top.html', '/first-look-plain.html', '/first-look-term.html']) {
    await expect.poll(() => frame(path)?.evaluate(READY), { timeout: 10_000 }).toBe(true);
  }
  await expect
    .poll(() => frame('/first-look-term.html')?.evaluate(`CSS.highlights.size`), { timeout: 10_000 })
    .toBeGreaterThan(0);
  const asked = (await chromium.serviceWorker.evaluate('globalThis.__questions')) as string[];
  expect(asked.some((url) => url.endsWith('/first-look-top.html'))).toBe(true);
  expect(asked.some((url) => url.endsWith('/first-look-term.html'))).toBe(true);
  expect(asked.filter((url) => url.endsWith('/first-look-plain.html'))).toEqual([]);
  expect(chromium.errors).toEqual([]);
  await page.close();
});
