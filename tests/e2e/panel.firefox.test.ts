// The sidebar page in Firefox ESR, opened as an extension page next to a real tab: it lists the tab's
// terms, follows a hover on the page to the term's passage, reveals a term on the page, switches with the
// active tab; the popup's button opens the real sidebar.
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { waitForMarks } from './harness/content-script';
import { dwellOn } from './harness/pointer';
import { useFirefox, useFixtureServer } from './harness/suite';

const server = useFixtureServer();
const firefox = useFirefox();

const PANEL = 'src/sidepanel/index.html';

async function openFixture(path: string): Promise<Page> {
  const page = await firefox.open(server.url(path));
  await waitForMarks(page);
  return page;
}

async function openPanelBeside(fixture: Page): Promise<Page> {
  const panel = await firefox.open(firefox.extensionUrl(PANEL));
  await panel.waitForFunction('document.querySelector(".panel-bar") !== null', { timeout: 15_000 });
  await panel.setViewport({ width: 320, height: 480 });
  await fixture.bringToFront();
  return panel;
}

const listedTerms = (panel: Page) =>
  panel.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.panel-term')].map((item) => item.dataset.term ?? ''),
  );

const currentTerm = (panel: Page) =>
  panel.evaluate(() => document.querySelector<HTMLElement>('.panel-term[aria-current="true"]')?.dataset.term);

describe('Firefox: the sidebar page', () => {
  test('lists the tab’s terms; a hover on the page scrolls the panel to the term’s passage; a name reveals the term', async () => {
    const fixture = await openFixture('/card-basic.html');
    const panel = await openPanelBeside(fixture);
    await expect.poll(() => listedTerms(panel), { timeout: 10_000 }).toContain('nvlink');
    expect((await listedTerms(panel))[0]).toBe('microsoft');

    await dwellOn(fixture, '#link-para', 'Stable Diffusion');
    await expect.poll(() => currentTerm(panel), { timeout: 5000 }).toBe('stable-diffusion');
    expect(await panel.evaluate(() => window.scrollY)).toBeGreaterThan(0);

    await panel.evaluate(() =>
      document.querySelector<HTMLButtonElement>('.panel-term[data-term="nvlink"] .term-name')?.click(),
    );
    await expect.poll(() => fixture.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(1000);
    expect(firefox.errors).toEqual([]);
    await panel.close();
    await fixture.close();
  });

  test('switching tabs switches the list', async () => {
    const english = await openFixture('/card-basic.html');
    const chinese = await openFixture('/card-zh.html');
    const panel = await openPanelBeside(english);
    await expect.poll(() => listedTerms(panel), { timeout: 10_000 }).toContain('nvlink');
    await chinese.bringToFront();
    await expect.poll(() => listedTerms(panel), { timeout: 10_000 }).not.toContain('nvlink');
    expect((await listedTerms(panel)).length).toBeGreaterThan(0);
    for (const page of [panel, chinese, english]) await page.close();
  });

  test('the popup’s button opens the real sidebar (the click is the user action)', async () => {
    const popup = await firefox.open(firefox.extensionUrl('src/popup/index.html'));
    await popup.waitForFunction('document.querySelector(".open-panel") !== null', { timeout: 15_000 });
    const isOpen = () =>
      popup.evaluate(() =>
        (
          globalThis as unknown as { browser: { sidebarAction: { isOpen(d: object): Promise<boolean> } } }
        ).browser.sidebarAction.isOpen({}),
      );
    expect(await isOpen()).toBe(false);
    await popup.click('.open-panel');
    await expect.poll(isOpen, { timeout: 10_000 }).toBe(true);
    await popup.close();
  });
});
