// Settings reach an open page at once: the content script's CSS highlights follow every change made in
// storage (as the options page or the toggle-site command makes it), without a reload.
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { clearStorage, writeSettings, writeStoredSettings } from './harness/settings';
import { useChromium, useFixtureServer } from './harness/suite';

const server = useFixtureServer();
const chromium = useChromium();
let page: Page;

/** Our highlights in the page: name → number of ranges (names start with `aigc-lens`; the flash is left out). */
const HIGHLIGHTS = `(() => {
  const out = {};
  for (const [name, highlight] of CSS.highlights) {
    if (name.startsWith('aigc-lens') && name !== 'aigc-lens-flash' && highlight.size > 0) out[name] = highlight.size;
  }
  return out;
})()`;
const highlights = () => page.evaluate(HIGHLIGHTS) as Promise<Record<string, number>>;
const total = async () => Object.values(await highlights()).reduce((sum, n) => sum + n, 0);
const names = async () => Object.keys(await highlights()).sort();
/**
 * A first scan, or the rescan a change starts (it clears the marks first): on a loaded machine, more than
 * poll's 1 s default.
 */
const RESCAN = { timeout: 10_000 };

const setSettings = (patch: Partial<Settings>) => writeSettings(chromium, patch);

beforeEach(async () => {
  await clearStorage(chromium);
  page = await chromium.open(server.url('/plain.html'));
  await expect.poll(total, RESCAN).toBeGreaterThan(0);
});
afterEach(async () => {
  await page?.close();
});

describe('an open page follows the settings without a reload', () => {
  test('turning a category off removes its marks and keeps the others', async () => {
    expect((await names()).some((name) => name.endsWith('-model'))).toBe(true);
    await setSettings({ categories: { ...DEFAULT_SETTINGS.categories, model: false } });
    // A change clears the marks and scans again: wait for the rescan's result, not for the marks to go.
    await expect
      .poll(async () => {
        const now = await names();
        return (
          !now.some((name) => name.endsWith('-model')) && now.some((name) => name.endsWith('-technique'))
        );
      }, RESCAN)
      .toBe(true);
    await setSettings({});
    await expect.poll(async () => (await names()).some((name) => name.endsWith('-model')), RESCAN).toBe(true);
  });

  test('disabling the site clears every mark; enabling it brings them back', async () => {
    await setSettings({ disabledSites: [{ host: '127.0.0.1', includeSubdomains: false }] });
    await expect.poll(total, RESCAN).toBe(0);
    await setSettings({});
    await expect.poll(total, RESCAN).toBeGreaterThan(0);
  });

  test('the global switch', async () => {
    await setSettings({ enabled: false });
    await expect.poll(total, RESCAN).toBe(0);
    await setSettings({ enabled: true });
    await expect.poll(total, RESCAN).toBeGreaterThan(0);
  });

  test('the mark style changes the highlights the page draws; none draws nothing', async () => {
    await setSettings({ markStyle: 'solid' });
    await expect.poll(async () => (await names()).every((name) => name.includes('solid')), RESCAN).toBe(true);
    await setSettings({ markStyle: 'none' });
    await expect.poll(total, RESCAN).toBe(0);
  });

  test('density: every occurrence marks more than the first on the page', async () => {
    // The default marks a term once per block; the fixture names RAG twice in one paragraph.
    const perBlock = await total();
    await setSettings({ density: 'all' });
    // A change clears the marks and scans again: wait for the new count, not for any count.
    await expect.poll(total, RESCAN).toBeGreaterThan(perBlock);
    const all = await total();
    await setSettings({ density: 'first-per-page' });
    await expect
      .poll(async () => {
        const now = await total();
        return now > 0 && now < all;
      }, RESCAN)
      .toBe(true);
  });

  test('garbage written into storage: the page keeps working with the defaults', async () => {
    const before = await total();
    await writeStoredSettings(chromium, 'garbage');
    await page.waitForTimeout(300);
    expect(await total()).toBe(before);
    await page.reload();
    await expect.poll(total, RESCAN).toBe(before);
    expect(chromium.errors).toEqual([]);
  });
});
