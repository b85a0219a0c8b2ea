// Cards for terms in a frame too small to hold them (a 300 × 100 frame): the top frame shows the card, at
// the term's place in its own coordinates, whole and inside its viewport; the small frame shows none.
import type { Frame, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { readCards } from './harness/card';
import { waitForContentScript, waitForMarks } from './harness/content-script';
import { pointOf } from './harness/pointer';
import { useChromium, useFixtureServer } from './harness/suite';

const server = useFixtureServer();
const chromium = useChromium();

const topCardBoxes = async (page: Page) => (await readCards(page)).map((card) => card.box);

async function openFramed(): Promise<{ page: Page; frame: Frame }> {
  const page = await chromium.open(server.url('/frame-small.html'));
  await waitForContentScript(page);
  const frame = page.frames().find((f) => f.url().endsWith('/frame-small-inner.html'));
  if (!frame) throw new Error('no frame');
  await waitForMarks(frame);
  return { page, frame };
}

describe('a term in a 300 × 100 frame', () => {
  test('its card opens in the top frame next to the term, whole and inside the viewport; the frame shows none', async () => {
    const { page, frame } = await openFramed();
    expect(await frame.evaluate(() => [window.innerWidth, window.innerHeight])).toEqual([300, 100]);
    // The term's centre in the frame, then in the page (past the frame's 3 px border and 5 px padding).
    const inFrame = await pointOf(frame, '#ad', 'RLHF');
    const box = await page.locator('#small').boundingBox();
    if (!box) throw new Error('no frame box');
    const term = { x: box.x + 8 + inFrame.x, y: box.y + 8 + inFrame.y };
    await page.mouse.move(term.x - 30, term.y + 30);
    await page.mouse.move(term.x, term.y, { steps: 4 });
    await expect.poll(async () => (await topCardBoxes(page)).length, { timeout: 5000 }).toBe(1);
    expect(await frame.evaluate(() => document.querySelectorAll('aigc-lens-card').length)).toBe(0);
    const [card] = await topCardBoxes(page);
    if (!card) throw new Error('no card');
    const viewport = page.viewportSize() ?? { width: 0, height: 0 };
    // Whole: taller and wider than the frame itself could have shown, and inside the top viewport.
    expect(card.height).toBeGreaterThan(100);
    expect(card.width).toBeGreaterThan(300);
    expect(card.x).toBeGreaterThanOrEqual(0);
    expect(card.y).toBeGreaterThanOrEqual(0);
    expect(card.x + card.width).toBeLessThanOrEqual(viewport.width);
    expect(card.y + card.height).toBeLessThanOrEqual(viewport.height);
    // At the term: just below it (or just above, when flipped), starting near its left edge.
    const gapBelow = card.y - (term.y + 9);
    const gapAbove = term.y - 9 - (card.y + card.height);
    expect(Math.min(Math.abs(gapBelow), Math.abs(gapAbove))).toBeLessThan(12);
    expect(Math.abs(card.x - (term.x - 20))).toBeLessThan(40);
    // Esc in the top document closes it.
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await topCardBoxes(page)).length).toBe(0);
    expect(chromium.errors).toEqual([]);
    await page.close();
  });

  test('a page’s own posts open no card: the request itself must come through the extension', async () => {
    const { page } = await openFramed();
    await page.evaluate(() => window.postMessage({ aigcLensFrame: 'forged' }, '*'));
    await page.waitForTimeout(400);
    expect((await topCardBoxes(page)).length).toBe(0);
    await page.close();
  });
});
