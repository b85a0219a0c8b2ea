// Phones in Firefox (the engine of Firefox for Android): a 390 × 844 viewport whose primary pointer is
// coarse and cannot hover, touch events on. A tap on a term opens a bottom sheet that fits the viewport;
// a tap outside closes it; a link under a tap still works; the popup's controls are finger-sized.
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { cardHosts } from './harness/card';
import { waitForMarks } from './harness/content-script';
import { pointOf } from './harness/pointer';
import { useFirefox, useFixtureServer } from './harness/suite';

const server = useFixtureServer();
// Pointer capabilities are bit flags: 1 coarse, 2 fine, 4 hover. A phone's finger: coarse, no hover.
const firefox = useFirefox({
  'ui.primaryPointerCapabilities': 1,
  'ui.allPointerCapabilities': 1,
  'dom.w3c_touch_events.enabled': 1,
});

const PHONE = { width: 390, height: 844 };

/**
 * The tab is sized before it navigates: turning touch on after a navigation makes puppeteer reload the
 * page, and under BiDi that reload now and then never reports its load (a 30 s navigation timeout, most
 * often on the file's first page); an extension page hung setViewport itself.
 */
async function openPhone(url: string): Promise<Page> {
  return firefox.open(url, (page) => page.setViewport({ ...PHONE, hasTouch: true }));
}

async function openPhoneFixture(path: string): Promise<Page> {
  const page = await openPhone(server.url(path));
  await waitForMarks(page);
  return page;
}

/** The card's box as the page can measure it: the host is 0 × 0, so probe with elementFromPoint. */
const hostAt = (page: Page, x: number, y: number) =>
  page.evaluate((px: number, py: number) => document.elementFromPoint(px, py)?.localName ?? '', x, y);

describe('Firefox phone: the card as a bottom sheet', () => {
  test('the emulation is a phone: 390 px wide, coarse pointer, no hover', async () => {
    const page = await openPhoneFixture('/card-phone.html');
    expect(
      await page.evaluate(() => [
        window.innerWidth,
        matchMedia('(pointer: coarse)').matches,
        matchMedia('(hover: none)').matches,
      ]),
    ).toEqual([PHONE.width, true, true]);
    await page.close();
  });

  test('a tap on a term opens a sheet across the bottom of the viewport; a tap outside closes it', async () => {
    const page = await openPhoneFixture('/card-phone.html');
    const term = await pointOf(page, '#rlhf', 'RLHF');
    await page.touchscreen.tap(term.x, term.y);
    await expect.poll(() => cardHosts(page), { timeout: 5000 }).toBe(1);
    // The sheet covers the bottom corners and the full width, and not the top of the viewport.
    await expect.poll(() => hostAt(page, 2, PHONE.height - 3), { timeout: 5000 }).toBe('aigc-lens-card');
    // Up to the classic scrollbar desktop Firefox draws (a phone's overlays the page).
    const right = await page.evaluate(() => document.documentElement.clientWidth);
    expect(await hostAt(page, right - 2, PHONE.height - 3)).toBe('aigc-lens-card');
    expect(await hostAt(page, PHONE.width / 2, 20)).not.toBe('aigc-lens-card');
    const after = await pointOf(page, '#rlhf', 'RLHF');
    expect(await hostAt(page, after.x, after.y)).not.toBe('aigc-lens-card');
    await page.touchscreen.tap(PHONE.width / 2, 20);
    await expect.poll(() => cardHosts(page), { timeout: 5000 }).toBe(0);
    expect(firefox.errors).toEqual([]);
    await page.close();
  });

  test('a term inside a link: the tap opens its card and the link is still followed', async () => {
    const page = await openPhoneFixture('/card-phone.html');
    const link = await pointOf(page, '#link', 'Stable Diffusion');
    await page.touchscreen.tap(link.x, link.y);
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 5000 }).toBe('#linked');
    await expect.poll(() => cardHosts(page), { timeout: 5000 }).toBe(1);
    await page.close();
  });
});

describe('Firefox phone: the popup', () => {
  test('every control is at least 44 px tall and the popup fits the phone’s width', async () => {
    const page = await openPhone(firefox.extensionUrl('src/popup/index.html'));
    await page.waitForFunction('document.querySelector(".open-tab") !== null', { timeout: 15_000 });
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.app-bar button, .app-bar label, [role="tab"]')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => {
          const rect = el.getBoundingClientRect();
          return {
            name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '',
            height: rect.height,
            right: rect.right,
          };
        }),
    );
    expect(sizes.length).toBeGreaterThan(5);
    for (const size of sizes) {
      expect(size.height, size.name).toBeGreaterThanOrEqual(44);
      expect(size.right, size.name).toBeLessThanOrEqual(PHONE.width);
    }
    await page.close();
  });
});
