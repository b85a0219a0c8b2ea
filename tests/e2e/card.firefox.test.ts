// The term card in Firefox ESR, pointer path: a dwell opens it (its host appears), a fly-over does not, leaving closes it.
// The shadow root is closed, so the page sees only the host element; that is what is checked here.
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { CONTENT_MARKS, MARKED_TEXTS } from './harness/page-checks';
import { pointOf } from './harness/pointer';
import { useFirefox, useFixtureServer } from './harness/suite';

const server = useFixtureServer();
const firefox = useFirefox();

const hostCount = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('aigc-lens-card').length) as Promise<number>;

async function openFixture(): Promise<Page> {
  const page = await firefox.open(server.url('/card-basic.html'));
  await page.waitForFunction(`${CONTENT_MARKS}.includes('aigc-lens:content-ready')`, { timeout: 15_000 });
  await page.waitForFunction(`${MARKED_TEXTS}.length > 0`, { timeout: 15_000 });
  return page;
}

async function poll(check: () => Promise<boolean>, timeout = 5000): Promise<boolean> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}

describe('Firefox: the card on the pointer path', () => {
  test('a dwell opens the card (one host element, shadow root closed); leaving closes it and removes the host', async () => {
    const page = await openFixture();
    expect(await hostCount(page)).toBe(0);
    const term = await pointOf(page, '#search', 'ChatGPT');
    await page.mouse.move(term.x - 30, term.y + 40);
    await page.mouse.move(term.x, term.y, { steps: 4 });
    expect(await poll(async () => (await hostCount(page)) === 1)).toBe(true);
    expect(
      await page.evaluate(() => {
        const host = document.querySelector('aigc-lens-card');
        return host?.parentElement === document.documentElement && host.shadowRoot === null;
      }),
    ).toBe(true);
    await page.mouse.move(780, 580, { steps: 3 });
    expect(await poll(async () => (await hostCount(page)) === 0)).toBe(true);
    expect(firefox.errors).toEqual([]);
    await page.close();
  });

  test('a fast fly-over opens nothing', async () => {
    const page = await openFixture();
    const term = await pointOf(page, '#search', 'ChatGPT');
    await page.mouse.move(term.x - 200, term.y);
    await page.mouse.move(term.x + 200, term.y, { steps: 10 });
    await page.mouse.move(term.x + 200, term.y + 300, { steps: 5 });
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(await hostCount(page)).toBe(0);
    await page.close();
  });

  test('the card renders with its stylesheet: it has a size and sits next to the term', async () => {
    const page = await openFixture();
    const term = await pointOf(page, '#search', 'ChatGPT');
    await page.mouse.move(term.x - 30, term.y + 40);
    await page.mouse.move(term.x, term.y, { steps: 4 });
    expect(await poll(async () => (await hostCount(page)) === 1)).toBe(true);
    // The page cannot look inside; elementFromPoint below the term hits the host when the card is there.
    const below = { x: term.x + 100, y: term.y + 60 };
    expect(
      await poll(
        async () =>
          (await page.evaluate(
            (x: number, y: number) => document.elementFromPoint(x, y)?.localName,
            below.x,
            below.y,
          )) === 'aigc-lens-card',
      ),
    ).toBe(true);
    await page.close();
  });
});
