// Firefox: a card for a term in a 300 × 100 frame opens in the top document, not clipped by the frame.
import { describe, expect, test } from 'vitest';
import { cardHosts } from './harness/card';
import { waitForContentScript } from './harness/content-script';
import { HIGHLIGHT_NAMES } from './harness/page-checks';
import { useFirefox, useFixtureServer } from './harness/suite';

const server = useFixtureServer();
const firefox = useFirefox();

describe('Firefox: a term in a 300 × 100 frame', () => {
  test('its card opens in the top document, below the frame’s own edge', async () => {
    const page = await firefox.open(server.url('/frame-small.html'));
    await waitForContentScript(page);
    const frame = page.frames().find((f) => f.url().endsWith('/frame-small-inner.html'));
    if (!frame) throw new Error('no frame');
    await expect.poll(() => frame.evaluate(HIGHLIGHT_NAMES), { timeout: 15_000 }).not.toEqual([]);
    const box = await page.evaluate(() => {
      const rect = document.getElementById('small')?.getBoundingClientRect();
      return rect ? { x: rect.x, y: rect.y, bottom: rect.bottom } : null;
    });
    if (!box) throw new Error('no frame box');
    const inFrame = (await frame.evaluate(`(() => {
      const node = document.getElementById('ad').firstChild;
      const at = node.nodeValue.indexOf('RLHF');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 4);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    })()`)) as { x: number; y: number };
    const term = { x: box.x + 8 + inFrame.x, y: box.y + 8 + inFrame.y };
    await page.mouse.move(term.x - 30, term.y + 30);
    await page.mouse.move(term.x, term.y, { steps: 4 });
    await expect.poll(() => cardHosts(page), { timeout: 8000 }).toBe(1);
    expect(await cardHosts(frame)).toBe(0);
    // Below the frame's bottom edge the top document's card is hit: the frame could not have drawn there.
    await expect
      .poll(
        () =>
          page.evaluate(
            (x: number, y: number) => document.elementFromPoint(x, y)?.localName,
            term.x + 40,
            box.bottom + 40,
          ),
        { timeout: 5000 },
      )
      .toBe('aigc-lens-card');
    expect(firefox.errors).toEqual([]);
    await page.close();
  });
});
