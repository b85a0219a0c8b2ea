// The options page's preview draws each category in the colours the marks get on pages: for every mark
// style, the computed colours of the preview's spans equal those of the content script's ::highlight()
// rules on a real page, for every category the page marks.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MarkStyle } from '../../src/core/settings';
import { HIGHLIGHT_NAMES } from './harness/page-checks';
import { writeSettings } from './harness/settings';
import { useChromium, useFixtureServer } from './harness/suite';

const server = useFixtureServer();
const chromium = useChromium();
const STYLES = ['dotted', 'solid', 'tint'] as const;

/** The property a style draws with: an underline's colour, or a tint's background. */
const property = (style: MarkStyle) => (style === 'tint' ? 'backgroundColor' : 'textDecorationColor');

let page: Page;
let options: Page;

const setStyle = (markStyle: MarkStyle) => writeSettings(chromium, { markStyle, density: 'all' });

beforeAll(async () => {
  await setStyle('dotted');
  page = await chromium.open(server.url('/plain.html'));
  options = await chromium.open(chromium.extensionUrl('src/options/index.html'));
});
afterAll(async () => {
  await page?.close();
  await options?.close();
});

describe('the preview is drawn in the pages’ colours', () => {
  test.each(STYLES)('%s marks', async (style) => {
    await setStyle(style);
    // The page: the highlights the content script registered, and the colour its stylesheet gives each.
    await expect
      .poll(() => page.evaluate(HIGHLIGHT_NAMES) as Promise<string[]>, { timeout: 10_000 })
      .toContain(`aigc-lens-${style}-model`);
    const registered = (await page.evaluate(HIGHLIGHT_NAMES)) as string[];
    const onPage = (await page.evaluate(
      ({ names, prop }) =>
        Object.fromEntries(
          names.map((name) => [
            name.split('-').pop(),
            getComputedStyle(document.body, `::highlight(${name})`)[prop as 'color'],
          ]),
        ),
      { names: registered.filter((name) => name.startsWith(`aigc-lens-${style}-`)), prop: property(style) },
    )) as Record<string, string>;
    // The preview: each marked span's computed colour, by category.
    await expect.poll(() => options.locator(`.sample.mark-${style} .mark`).count()).toBeGreaterThan(3);
    const inPreview = (await options.evaluate(
      (prop) =>
        Object.fromEntries(
          [...document.querySelectorAll<HTMLElement>('.sample .mark')].map((span) => [
            [...span.classList].find((name) => name.startsWith('cat-'))?.slice(4),
            getComputedStyle(span)[prop as 'color'],
          ]),
        ),
      property(style),
    )) as Record<string, string>;
    const shared = Object.keys(onPage).filter((category) => category in inPreview);
    // plain.html marks models, techniques, hardware and concepts; the preview's samples do too.
    expect(shared.length).toBeGreaterThanOrEqual(3);
    for (const category of shared) expect(inPreview[category], `${style} ${category}`).toBe(onPage[category]);
    // A real colour, not a default that would match on both sides.
    for (const category of shared) expect(onPage[category]).not.toMatch(/^rgba?\(0, 0, 0(, 0)?\)$/);
  });
});
