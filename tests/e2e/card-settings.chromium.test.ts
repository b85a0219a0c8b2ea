// The two card settings, end to end: chosen on the options page in each of its three languages, stored,
// and followed by an open page without a reload — hover cards that wait for a held Shift or Alt, and the
// card's text size (its width and type scale together).
import type { CDPSession, Page } from 'playwright-core';
import { beforeEach, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { optionsStrings } from '../../src/ui/strings/options';
import { CONTENT_MARKS, MARKED_TEXTS } from './harness/page-checks';
import { pointOf } from './harness/pointer';
import { useChromium, useFixtureServer } from './harness/suite';

const server = useFixtureServer();
const chromium = useChromium();

interface DomNode {
  nodeId: number;
  localName?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

async function setSettings(patch: Partial<Settings>): Promise<void> {
  const settings = { ...DEFAULT_SETTINGS, ...patch };
  await chromium.serviceWorker.evaluate(`chrome.storage.sync.set({ settings: ${JSON.stringify(settings)} })`);
}

const stored = () =>
  chromium.serviceWorker.evaluate(
    `chrome.storage.sync.get('settings').then(({ settings }) => settings ?? {})`,
  ) as Promise<Partial<Settings>>;

beforeEach(async () => {
  await chromium.serviceWorker.evaluate('chrome.storage.sync.clear()');
});

async function openFixture(): Promise<Page> {
  const page = await chromium.open(server.url('/card-basic.html'));
  await page.bringToFront();
  await page.waitForFunction(`${CONTENT_MARKS}.includes('aigc-lens:content-ready')`);
  await expect.poll(async () => ((await page.evaluate(MARKED_TEXTS)) as string[]).length).toBeGreaterThan(0);
  return page;
}

const hostCount = (page: Page) => page.evaluate(() => document.querySelectorAll('aigc-lens-card').length);

/** The card dialog's width (inside its closed shadow root), or null. */
async function cardWidth(cdp: CDPSession): Promise<number | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  let dialog: DomNode | undefined;
  const walk = (node: DomNode, inCard: boolean) => {
    const here = inCard || node.localName === 'aigc-lens-card';
    const attrs = node.attributes ?? [];
    if (here && attrs[attrs.indexOf('role') + 1] === 'dialog' && attrs.includes('role')) dialog ??= node;
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child, here);
  };
  walk(root, false);
  if (!dialog) return null;
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: dialog.nodeId })) as {
    model: { width: number };
  };
  return model.width;
}

describe('the options page offers both settings in every language', () => {
  for (const lang of ['en', 'zh-Hans', 'zh-Hant'] as const) {
    test(`${lang}: choosing a key to hold and a text size stores them`, async () => {
      await setSettings({ language: lang });
      const t = optionsStrings[lang];
      const page = await chromium.open(chromium.extensionUrl('src/options/index.html'));
      const keyGroup = page.getByRole('group', { name: t.cardKeyLegend });
      await keyGroup.waitFor();
      await keyGroup.getByRole('radio', { name: t.cardKeyShift }).check();
      await expect.poll(async () => (await stored()).cardKey).toBe('shift');
      await keyGroup.getByRole('radio', { name: t.cardKeyAlt }).check();
      await expect.poll(async () => (await stored()).cardKey).toBe('alt');
      const sizeGroup = page.getByRole('group', { name: t.cardTextSizeLegend });
      await sizeGroup.getByRole('radio', { name: t.cardTextLarge, exact: true }).check();
      await expect.poll(async () => (await stored()).cardTextSize).toBe('large');
      // The preview's sample card follows the size.
      expect(await page.locator('.card-sample .card').getAttribute('class')).toContain('size-large');
      await page.close();
    });
  }
});

describe('an open page follows them without a reload', () => {
  test('with Shift to hold, a resting pointer opens nothing until Shift is pressed', async () => {
    const page = await openFixture();
    await setSettings({ cardKey: 'shift' });
    await page.waitForTimeout(300);
    const term = await pointOf(page, '#search', 'ChatGPT');
    await page.mouse.move(term.x - 30, term.y + 40);
    await page.mouse.move(term.x, term.y, { steps: 4 });
    await page.waitForTimeout(900);
    expect(await hostCount(page)).toBe(0);
    await page.keyboard.down('Shift');
    await expect.poll(() => hostCount(page)).toBe(1);
    await page.keyboard.up('Shift');
    // Back to hovering alone: a rest opens the card again, no key needed.
    await page.mouse.move(700, 700, { steps: 3 });
    await expect.poll(() => hostCount(page)).toBe(0);
    await setSettings({ cardKey: 'none' });
    await page.waitForTimeout(300);
    await page.mouse.move(term.x - 30, term.y + 40);
    await page.mouse.move(term.x, term.y, { steps: 4 });
    await expect.poll(() => hostCount(page)).toBe(1);
    expect(chromium.errors).toEqual([]);
    await page.close();
  });

  test('with Alt to hold, moving onto a term with Alt down opens its card', async () => {
    const page = await openFixture();
    await setSettings({ cardKey: 'alt' });
    await page.waitForTimeout(300);
    const term = await pointOf(page, '#rlhf', 'RLHF');
    await page.keyboard.down('Alt');
    await page.mouse.move(term.x - 30, term.y + 40);
    await page.mouse.move(term.x, term.y, { steps: 4 });
    await expect.poll(() => hostCount(page)).toBe(1);
    await page.keyboard.up('Alt');
    await page.close();
  });

  test('the text size scales the card: small, medium, large', async () => {
    const page = await openFixture();
    const cdp = await page.context().newCDPSession(page);
    const widths: Record<string, number> = {};
    for (const size of ['small', 'medium', 'large'] as const) {
      await setSettings({ cardTextSize: size });
      await page.waitForTimeout(300);
      await chromium.serviceWorker.evaluate(async () => {
        const chrome = (
          globalThis as unknown as {
            chrome: {
              tabs: {
                query(q: object): Promise<{ id?: number }[]>;
                sendMessage(id: number, m: unknown, o: object): Promise<unknown>;
              };
            };
          }
        ).chrome;
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return chrome.tabs.sendMessage(tab?.id ?? -1, { type: 'step-term', direction: 1 }, { frameId: 0 });
      });
      await expect.poll(() => cardWidth(cdp)).not.toBeNull();
      widths[size] = (await cardWidth(cdp)) ?? 0;
      await page.keyboard.press('Escape');
      await expect.poll(() => hostCount(page)).toBe(0);
    }
    expect(widths.medium).toBe(416);
    expect(widths.small).toBe(364);
    expect(widths.large).toBe(520);
    await page.close();
  });
});
