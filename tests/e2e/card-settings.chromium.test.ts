// The two card settings, end to end: chosen on the options page in each of its three languages, stored,
// and followed by an open page without a reload — hover cards that wait for a held Shift or Alt, and the
// card's text size (its width and type scale together).
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, test } from 'vitest';
import type { Settings } from '../../src/core/settings';
import { optionsStrings } from '../../src/ui/strings/options';
import { cardHosts, waitForCard } from './harness/card';
import { sendToActiveTab } from './harness/chromium';
import { waitForMarks } from './harness/content-script';
import { pointOf } from './harness/pointer';
import { clearStorage, storedSettings, writeSettings } from './harness/settings';
import { useChromium, useFixtureServer } from './harness/suite';

const server = useFixtureServer();
const chromium = useChromium();

const stored = async () => ((await storedSettings(chromium)) ?? {}) as Partial<Settings>;

beforeEach(async () => {
  await clearStorage(chromium);
});

async function openFixture(): Promise<Page> {
  const page = await chromium.open(server.url('/card-basic.html'));
  await page.bringToFront();
  await waitForMarks(page);
  return page;
}

describe('the options page offers both settings in every language', () => {
  for (const lang of ['en', 'zh-Hans', 'zh-Hant'] as const) {
    test(`${lang}: choosing a key to hold and a text size stores them`, async () => {
      await writeSettings(chromium, { language: lang });
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
    await writeSettings(chromium, { cardKey: 'shift' });
    await page.waitForTimeout(300);
    const term = await pointOf(page, '#search', 'ChatGPT');
    await page.mouse.move(term.x - 30, term.y + 40);
    await page.mouse.move(term.x, term.y, { steps: 4 });
    await page.waitForTimeout(900);
    expect(await cardHosts(page)).toBe(0);
    await page.keyboard.down('Shift');
    await expect.poll(() => cardHosts(page)).toBe(1);
    await page.keyboard.up('Shift');
    // Back to hovering alone: a rest opens the card again, no key needed.
    await page.mouse.move(700, 700, { steps: 3 });
    await expect.poll(() => cardHosts(page)).toBe(0);
    await writeSettings(chromium, { cardKey: 'none' });
    await page.waitForTimeout(300);
    await page.mouse.move(term.x - 30, term.y + 40);
    await page.mouse.move(term.x, term.y, { steps: 4 });
    await expect.poll(() => cardHosts(page)).toBe(1);
    expect(chromium.errors).toEqual([]);
    await page.close();
  });

  test('with Alt to hold, moving onto a term with Alt down opens its card', async () => {
    const page = await openFixture();
    await writeSettings(chromium, { cardKey: 'alt' });
    await page.waitForTimeout(300);
    const term = await pointOf(page, '#rlhf', 'RLHF');
    await page.keyboard.down('Alt');
    await page.mouse.move(term.x - 30, term.y + 40);
    await page.mouse.move(term.x, term.y, { steps: 4 });
    await expect.poll(() => cardHosts(page)).toBe(1);
    await page.keyboard.up('Alt');
    await page.close();
  });

  test('the text size scales the card: small, medium, large', async () => {
    const page = await openFixture();
    const widths: Record<string, number> = {};
    for (const size of ['small', 'medium', 'large'] as const) {
      await writeSettings(chromium, { cardTextSize: size });
      await page.waitForTimeout(300);
      await sendToActiveTab(chromium, { type: 'step-term', direction: 1 });
      widths[size] = (await waitForCard(page)).box.width;
      await page.keyboard.press('Escape');
      await expect.poll(() => cardHosts(page)).toBe(0);
    }
    expect(widths.medium).toBe(416);
    expect(widths.small).toBe(364);
    expect(widths.large).toBe(520);
    await page.close();
  });
});
