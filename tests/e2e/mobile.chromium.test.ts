// Phones in Chromium: a 390 × 844 mobile viewport with touch and `pointer: coarse`. A tap on a term opens
// its card as a bottom sheet that fits the viewport and leaves the term in sight; a swipe down or a tap
// outside closes it; links and buttons under a tap still work; the popup's controls are finger-sized.
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { cardHosts, readCard } from './harness/card';
import { waitForMarks } from './harness/content-script';
import { pointOf } from './harness/pointer';
import { useChromium, useFixtureServer } from './harness/suite';

const server = useFixtureServer();
const chromium = useChromium({ hasTouch: true });

const PHONE = { width: 390, height: 844 };

/** A phone: mobile metrics, touch, and the media features a phone reports. */
async function asPhone(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { ...PHONE, deviceScaleFactor: 3, mobile: true });
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  await cdp.send('Emulation.setEmulatedMedia', {
    features: [
      { name: 'pointer', value: 'coarse' },
      { name: 'hover', value: 'none' },
    ],
  });
  return cdp;
}

async function openPhoneFixture(path: string): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await chromium.open(server.url(path));
  const cdp = await asPhone(page);
  await waitForMarks(page);
  return { page, cdp };
}

/** The card's dialog box in viewport pixels, or null. */
const cardBox = async (page: Page) => (await readCard(page))?.box ?? null;

async function swipe(cdp: CDPSession, from: { x: number; y: number }, dy: number): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  for (let step = 1; step <= 5; step++) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x: from.x, y: from.y + (dy * step) / 5 }],
    });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

describe('phone: the card as a bottom sheet', () => {
  test('the emulation is a phone: 390 px wide, coarse pointer, no hover', async () => {
    const { page } = await openPhoneFixture('/card-phone.html');
    expect(
      await page.evaluate(() => [
        window.innerWidth,
        matchMedia('(pointer: coarse)').matches,
        matchMedia('(hover: none)').matches,
      ]),
    ).toEqual([390, true, true]);
    await page.close();
  });

  test('a tap on a term opens a sheet across the bottom that fits the viewport and leaves the term visible; a tap outside closes it', async () => {
    const { page } = await openPhoneFixture('/card-phone.html');
    const term = await pointOf(page, '#rlhf', 'RLHF');
    await page.touchscreen.tap(term.x, term.y);
    await expect.poll(() => cardHosts(page)).toBe(1);
    let box = await cardBox(page);
    await expect
      .poll(async () => {
        box = await cardBox(page);
        return box?.width;
      })
      .toBe(PHONE.width);
    if (!box) throw new Error('no card');
    expect(box.x).toBe(0);
    // Its entrance animation starts 3 px low.
    await expect
      .poll(async () => {
        box = await cardBox(page);
        return Math.round((box?.y ?? 0) + (box?.height ?? 0));
      })
      .toBe(PHONE.height);
    if (!box) throw new Error('no card');
    expect(box.height).toBeLessThanOrEqual(PHONE.height * 0.6 + 1);
    // The term is still in sight above the sheet (the page scrolled it clear if needed).
    const sheetTop = box.y;
    await expect.poll(async () => (await pointOf(page, '#rlhf', 'RLHF')).y).toBeLessThan(sheetTop);
    expect((await pointOf(page, '#rlhf', 'RLHF')).y).toBeGreaterThan(0);

    const filler = await pointOf(page, '#filler', 'paragraph');
    const fillerNow = filler.y < box.y ? filler : await pointOf(page, '#search', 'Microsoft');
    await page.touchscreen.tap(fillerNow.x, fillerNow.y);
    await expect.poll(() => cardHosts(page)).toBe(0);
    expect(chromium.errors).toEqual([]);
    await page.close();
  });

  test('a swipe down on the sheet’s head closes it', async () => {
    const { page, cdp } = await openPhoneFixture('/card-phone.html');
    const term = await pointOf(page, '#search', 'ChatGPT');
    await page.touchscreen.tap(term.x, term.y);
    await expect.poll(async () => (await cardBox(page))?.width).toBe(PHONE.width);
    const box = await cardBox(page);
    if (!box) throw new Error('no card');
    // The head's text, away from its buttons at the right.
    await swipe(cdp, { x: 60, y: box.y + 28 }, 120);
    await expect.poll(() => cardHosts(page)).toBe(0);
    await page.close();
  });

  test('links and buttons under a tap keep working, a sheet open or not', async () => {
    const { page } = await openPhoneFixture('/card-phone.html');
    await page.evaluate(() => {
      const w = window as unknown as { clicks: number };
      w.clicks = 0;
      document.getElementById('before')?.addEventListener('click', () => {
        w.clicks++;
      });
    });
    const term = await pointOf(page, '#search', 'ChatGPT');
    await page.touchscreen.tap(term.x, term.y);
    await expect.poll(async () => (await cardBox(page))?.width).toBe(PHONE.width);
    const button = await page.locator('#before').boundingBox();
    if (!button) throw new Error('no button');
    await page.touchscreen.tap(button.x + button.width / 2, button.y + button.height / 2);
    await expect.poll(() => page.evaluate(() => (window as unknown as { clicks: number }).clicks)).toBe(1);
    await expect.poll(() => cardHosts(page)).toBe(0);
    // A term inside a link: the tap opens its card and the link is still followed.
    const link = await pointOf(page, '#link', 'Stable Diffusion');
    await page.touchscreen.tap(link.x, link.y);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#linked');
    await expect.poll(() => cardHosts(page)).toBe(1);
    expect(chromium.errors).toEqual([]);
    await page.close();
  });
});

describe('phone: a page without a viewport tag', () => {
  test('is laid out 980 px wide, as phones do; the sheet spans that layout width, never beyond', async () => {
    const { page } = await openPhoneFixture('/card-basic.html');
    expect(await page.evaluate(() => window.innerWidth)).toBe(980);
    const term = await pointOf(page, '#search', 'ChatGPT');
    await page.touchscreen.tap(term.x, term.y);
    await expect.poll(async () => (await cardBox(page))?.width).toBe(980);
    const box = await cardBox(page);
    expect(box?.x).toBe(0);
    const height = await page.evaluate(() => window.innerHeight);
    await expect
      .poll(async () => {
        const now = await cardBox(page);
        return Math.round((now?.y ?? 0) + (now?.height ?? 0));
      })
      .toBe(height);
    await page.close();
  });
});

describe('phone: the popup', () => {
  test('every control is at least 44 px tall and the popup fits the phone’s width', async () => {
    const page = await chromium.open(chromium.extensionUrl('src/popup/index.html'));
    await asPhone(page);
    await page.locator('.open-tab').waitFor();
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
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });
});
