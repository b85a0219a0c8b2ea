// The side panel in Chromium, opened as an extension page at a side panel's size next to a real tab: it
// lists the tab's terms in reading order, follows hovers on the page to the term's passage, reveals a
// term on the page, switches with the active tab, says why a page cannot be read; the popup's button
// opens the real side panel.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { runAxe } from './harness/axe';
import { sendToActiveTab } from './harness/chromium';
import { waitForMarks } from './harness/content-script';
import { dwellOn } from './harness/pointer';
import { useChromium, useFixtureServer } from './harness/suite';

const server = useFixtureServer();
const chromium = useChromium();

const PANEL = 'src/sidepanel/index.html';

async function openFixture(path: string): Promise<Page> {
  const page = await chromium.open(server.url(path));
  await waitForMarks(page);
  return page;
}

/** The panel page at Chrome's default side-panel width, with the fixture tab active beside it. */
async function openPanelBeside(fixture: Page): Promise<Page> {
  const panel = await chromium.open(chromium.extensionUrl(PANEL));
  await panel.setViewportSize({ width: 320, height: 480 });
  await fixture.bringToFront();
  return panel;
}

const listedTerms = (panel: Page) =>
  panel
    .locator('.panel-term')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.term));

describe('side panel', () => {
  test('lists the tab’s terms in reading order; a hover on the page scrolls the panel to that term’s passage and marks it', async () => {
    const fixture = await openFixture('/card-basic.html');
    const panel = await openPanelBeside(fixture);
    await expect.poll(() => listedTerms(panel), { timeout: 10_000 }).toContain('nvlink');
    // The content script's own answer, in page order: the panel lists exactly that.
    const answer = (await sendToActiveTab(chromium, { type: 'page-terms' })) as {
      terms: { termId: string }[];
    };
    const terms = await listedTerms(panel);
    expect(terms).toEqual(answer.terms.map((term) => term.termId));
    // card-basic.html: Microsoft opens the page, NVLink sits far below the fold.
    expect(terms[0]).toBe('microsoft');
    expect(terms.at(-1)).toBe('nvlink');
    expect(await panel.evaluate(() => window.scrollY)).toBe(0);

    await dwellOn(fixture, '#link-para', 'Stable Diffusion');
    const item = panel.locator('.panel-term[data-term="stable-diffusion"]');
    await expect.poll(() => item.getAttribute('aria-current')).toBe('true');
    expect(await panel.locator('.panel-term.is-current').count()).toBe(1);
    // Scrolled so that the term's entry (its passage under its name) is at the top, below the sticky bar.
    expect(await panel.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const top = await item.evaluate((el) => el.getBoundingClientRect().top);
    const bar = await panel.locator('.panel-bar').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThanOrEqual(bar - 1);
    expect(top).toBeLessThan(bar + 80);
    expect(await item.locator('.passage mark').first().textContent()).toMatch(/Stable Diffusion/i);

    // Another term: the mark moves with it.
    await dwellOn(fixture, '#rlhf', 'RLHF');
    await expect
      .poll(() => panel.locator('.panel-term[data-term="rlhf"]').getAttribute('aria-current'))
      .toBe('true');
    expect(await item.getAttribute('aria-current')).toBeNull();
    expect(chromium.errors).toEqual([]);
    await panel.close();
    await fixture.close();
  });

  test('the passage follows the spot: ChatGPT next to GPUs gets a passage on cost, next to search engines one on search', async () => {
    const fixture = await openFixture('/card-basic.html');
    const panel = await openPanelBeside(fixture);
    const item = panel.locator('.panel-term[data-term="chatgpt"]');
    await item.waitFor({ timeout: 10_000 });
    await dwellOn(fixture, '#search', 'ChatGPT');
    await expect.poll(() => item.getAttribute('aria-current')).toBe('true');
    const onSearch = await item.locator('.passage').getAttribute('data-sentence');
    await fixture.mouse.move(700, 700, { steps: 3 });
    await dwellOn(fixture, '#cost', 'ChatGPT');
    await expect.poll(() => item.locator('.passage').getAttribute('data-sentence')).not.toBe(onSearch);
    await panel.close();
    await fixture.close();
  });

  test('a term’s name in the panel scrolls the page to its next occurrence and flashes it', async () => {
    const fixture = await openFixture('/card-basic.html');
    const panel = await openPanelBeside(fixture);
    const name = panel.locator('.panel-term[data-term="nvlink"] .term-name');
    await name.waitFor({ timeout: 10_000 });
    expect(await fixture.evaluate(() => window.scrollY)).toBe(0);
    await name.click();
    await expect.poll(() => fixture.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(1000);
    expect(await fixture.evaluate(() => CSS.highlights.has('aigc-lens-flash'))).toBe(true);
    await panel.close();
    await fixture.close();
  });

  test('switching tabs switches the list; a page the extension cannot read says why', async () => {
    const english = await openFixture('/card-basic.html');
    const chinese = await openFixture('/card-zh.html');
    const panel = await openPanelBeside(english);
    await expect.poll(() => listedTerms(panel), { timeout: 10_000 }).toContain('nvlink');
    const englishTerms = await listedTerms(panel);
    await chinese.bringToFront();
    await expect
      .poll(async () => JSON.stringify(await listedTerms(panel)))
      .not.toBe(JSON.stringify(englishTerms));
    expect((await listedTerms(panel)).length).toBeGreaterThan(0);

    const restricted = await chromium.open('chrome://version/');
    await restricted.bringToFront();
    await panel.locator('.status.explain').waitFor({ timeout: 10_000 });
    expect(await panel.locator('.panel-term').count()).toBe(0);
    expect(await panel.locator('.status.explain').textContent()).toMatch(/AIGC Lens/);
    await english.bringToFront();
    await expect.poll(() => listedTerms(panel), { timeout: 10_000 }).toContain('nvlink');
    for (const page of [restricted, panel, chinese, english]) await page.close();
  });

  test('opened as a tab of its own and left in front, it follows the last page used, not itself', async () => {
    const fixture = await openFixture('/card-basic.html');
    const panel = await chromium.open(chromium.extensionUrl(PANEL));
    await panel.setViewportSize({ width: 320, height: 480 });
    await panel.bringToFront();
    await expect.poll(() => listedTerms(panel), { timeout: 10_000 }).toContain('nvlink');
    await dwellOn(fixture, '#rlhf', 'RLHF');
    await expect
      .poll(() => panel.locator('.panel-term[data-term="rlhf"]').getAttribute('aria-current'))
      .toBe('true');
    await panel.close();
    await fixture.close();
  });

  test('has no axe violations', async () => {
    const fixture = await openFixture('/card-basic.html');
    const panel = await openPanelBeside(fixture);
    await panel.locator('.panel-term').first().waitFor({ timeout: 10_000 });
    const violations = await runAxe(panel);
    expect(violations).toEqual([]);
    await panel.close();
    await fixture.close();
  });

  test('the popup’s button opens the real side panel (the click is the user gesture)', async () => {
    const fixture = await openFixture('/card-basic.html');
    const popup = await chromium.open(chromium.extensionUrl('src/popup/index.html'));
    const button = popup.getByRole('button', { name: 'Open in the side panel' });
    await button.waitFor();
    const panels = () =>
      chromium.serviceWorker.evaluate(async () => {
        const chrome = (
          globalThis as unknown as {
            chrome: { runtime: { getContexts(filter: object): Promise<{ documentUrl?: string }[]> } };
          }
        ).chrome;
        const contexts = await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] });
        return contexts.map((context) => new URL(context.documentUrl ?? 'about:blank').pathname);
      });
    expect(await panels()).toEqual([]);
    await button.click();
    await expect.poll(panels, { timeout: 10_000 }).toEqual([`/${PANEL}`]);
    expect(chromium.errors).toEqual([]);
    await popup.close();
    await fixture.close();
  });
});
