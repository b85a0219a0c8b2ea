// The term card in Firefox ESR, pointer path: a dwell opens it (its host appears), a fly-over does not, leaving closes it.
// The shadow root is closed, so the page sees only the host element; that is what is checked here.
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { cardHosts } from './harness/card';
import { waitForMarks } from './harness/content-script';
import { dwellOn, pointOf } from './harness/pointer';
import { useFirefox, useFixtureServer } from './harness/suite';

const server = useFixtureServer();
const firefox = useFirefox();

async function openFixture(): Promise<Page> {
  const page = await firefox.open(server.url('/card-basic.html'));
  await waitForMarks(page);
  return page;
}

describe('Firefox: the card on the pointer path', () => {
  test('a dwell opens the card (one host element, shadow root closed); leaving closes it and removes the host', async () => {
    const page = await openFixture();
    expect(await cardHosts(page)).toBe(0);
    await dwellOn(page, '#search', 'ChatGPT');
    await expect.poll(() => cardHosts(page), { timeout: 5000 }).toBe(1);
    expect(
      await page.evaluate(() => {
        const host = document.querySelector('aigc-lens-card');
        return host?.parentElement === document.documentElement && host.shadowRoot === null;
      }),
    ).toBe(true);
    await page.mouse.move(780, 580, { steps: 3 });
    await expect.poll(() => cardHosts(page), { timeout: 5000 }).toBe(0);
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
    expect(await cardHosts(page)).toBe(0);
    await page.close();
  });

  test('the card renders with its stylesheet: it has a size and sits next to the term', async () => {
    const page = await openFixture();
    const term = await pointOf(page, '#search', 'ChatGPT');
    await dwellOn(page, '#search', 'ChatGPT');
    await expect.poll(() => cardHosts(page), { timeout: 5000 }).toBe(1);
    // The page cannot look inside; elementFromPoint below the term hits the host when the card is there.
    const below = { x: term.x + 100, y: term.y + 60 };
    await expect
      .poll(
        () =>
          page.evaluate(
            (x: number, y: number) => document.elementFromPoint(x, y)?.localName,
            below.x,
            below.y,
          ),
        { timeout: 5000 },
      )
      .toBe('aigc-lens-card');
    await page.close();
  });
});
