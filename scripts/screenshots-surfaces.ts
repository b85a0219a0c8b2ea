// Screenshots of the reading surfaces for the README: the side panel in Chromium and the sidebar page in
// Firefox beside a page whose term is hovered, the bottom sheet on a phone-sized Chromium, and the
// accessible list of the terms in view. Usage: npm run build, then npx tsx scripts/screenshots-surfaces.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { launchFirefox } from '../tests/e2e/harness/firefox';
import { assertBuilt, DIST, ROOT } from '../tests/e2e/harness/paths';
import { pointOf } from '../tests/e2e/harness/pointer';
import { startFixtureServer } from '../tests/e2e/harness/server';

const out = join(ROOT, 'docs/screenshots');
mkdirSync(out, { recursive: true });
assertBuilt(DIST.chrome);
assertBuilt(DIST.firefox);
const PANEL = 'src/sidepanel/index.html';
const READY = `performance.getEntriesByType('mark').some((m) => m.name === 'aigc-lens:content-ready')`;
const MARKED = `[...CSS.highlights.keys()].some((k) => k.startsWith('aigc-lens'))`;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Pointer {
  mouse: { move(x: number, y: number, options?: { steps?: number }): Promise<unknown> };
  evaluate(script: string): Promise<unknown>;
}

async function dwell(page: Pointer, selector: string, text: string): Promise<void> {
  const point = await pointOf(page, selector, text);
  await page.mouse.move(point.x - 30, point.y + 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

const server = await startFixtureServer();
try {
  // Chromium: the side panel beside a tab where the reader rests on "Stable Diffusion".
  {
    const chromium = await launchChromium();
    try {
      const fixture = await chromium.open(server.url('/card-basic.html'));
      await fixture.waitForFunction(READY);
      await fixture.waitForFunction(MARKED);
      const panel = await chromium.open(chromium.extensionUrl(PANEL));
      await panel.setViewportSize({ width: 360, height: 640 });
      await fixture.bringToFront();
      await panel.locator('.panel-term[data-term="stable-diffusion"]').waitFor();
      await dwell(fixture, '#link-para', 'Stable Diffusion');
      await panel.locator('.panel-term.is-current').waitFor();
      await panel.screenshot({ path: join(out, 'sidepanel-chrome.png') });

      // The accessible list of the terms in view, opened as the command and the popup's button open it.
      await fixture.mouse.move(900, 700);
      await fixture.keyboard.press('Escape');
      await chromium.serviceWorker.evaluate(async () => {
        const api = (
          globalThis as unknown as {
            chrome: {
              tabs: {
                query(q: object): Promise<{ id?: number }[]>;
                sendMessage(id: number, m: unknown, o: object): Promise<unknown>;
              };
            };
          }
        ).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        await api.tabs.sendMessage(tab?.id ?? -1, { type: 'term-list' }, { frameId: 0 });
      });
      await fixture.waitForFunction('document.querySelector("aigc-lens-list") !== null');
      await wait(300);
      await fixture.screenshot({ path: join(out, 'term-list.png') });
    } finally {
      await chromium.close();
    }
  }

  // Chromium as a phone: the card as a bottom sheet after a tap.
  {
    const chromium = await launchChromium({ hasTouch: true });
    try {
      const page: Page = await chromium.open(server.url('/card-phone.html'));
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setDeviceMetricsOverride', {
        width: 390,
        height: 844,
        deviceScaleFactor: 2,
        mobile: true,
      });
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [
          { name: 'pointer', value: 'coarse' },
          { name: 'hover', value: 'none' },
        ],
      });
      await page.waitForFunction(READY);
      await page.waitForFunction(MARKED);
      const term = await pointOf(page, '#search', 'ChatGPT');
      await page.touchscreen.tap(term.x, term.y);
      await page.waitForFunction('document.querySelector("aigc-lens-card") !== null');
      await wait(600);
      // Through the same CDP session: Playwright's own screenshot would apply its desktop viewport again.
      const { data } = (await cdp.send('Page.captureScreenshot', { format: 'png' })) as { data: string };
      writeFileSync(join(out, 'sheet-phone.png'), Buffer.from(data, 'base64'));
    } finally {
      await chromium.close();
    }
  }

  // Firefox: the sidebar page beside a tab where the reader rests on "RLHF".
  {
    const firefox = await launchFirefox();
    try {
      const fixture = await firefox.open(server.url('/card-basic.html'));
      await fixture.waitForFunction(READY, { timeout: 15_000 });
      await fixture.waitForFunction(MARKED, { timeout: 15_000 });
      const panel = await firefox.open(firefox.extensionUrl(PANEL));
      await panel.waitForFunction('document.querySelector(".panel-bar") !== null', { timeout: 15_000 });
      await panel.setViewport({ width: 360, height: 640 });
      await fixture.bringToFront();
      await panel.waitForFunction('document.querySelector(".panel-term[data-term=rlhf]") !== null', {
        timeout: 15_000,
      });
      await dwell(fixture, '#rlhf', 'RLHF');
      await panel.waitForFunction('document.querySelector(".panel-term.is-current") !== null', {
        timeout: 15_000,
      });
      // Not brought to the front: the panel follows the active tab, which must stay the page.
      await wait(300);
      await panel.screenshot({ path: join(out, 'sidepanel-firefox.png') });
    } finally {
      await firefox.close();
    }
  }
} finally {
  await server.close();
}
console.log('screenshots: sidepanel-chrome.png, term-list.png, sheet-phone.png, sidepanel-firefox.png');
