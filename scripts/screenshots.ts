// Takes the README's screenshots of the built extension (dist/chrome, or $DIST_DIR/chrome) in headless
// Chromium: the popup in English and Chinese (light), the tab page in English (dark), bilingual and
// Traditional Chinese.
// Run: npm run build && npx tsx scripts/screenshots.ts   (needs Chromium and fonts-noto-cjk)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { assertBuilt, DIST, ROOT } from '../tests/e2e/harness/paths';

const OUT = join(ROOT, 'docs/screenshots');

type Setup = { language: string; theme: string };

async function shoot(
  name: string,
  path: string,
  size: { width: number; height: number },
  settings: Setup,
  prepare: (page: Page) => Promise<void> = async () => {},
): Promise<void> {
  const session = await launchChromium({ colorScheme: settings.theme === 'dark' ? 'dark' : 'light' });
  try {
    await session.serviceWorker.evaluate(
      (s) =>
        (
          globalThis as unknown as { chrome: { storage: { sync: { set(i: object): Promise<void> } } } }
        ).chrome.storage.sync.set({ settings: { version: 1, ...s } }),
      settings,
    );
    const page = await session.context.newPage();
    // Twice the pixels, so the PNGs stay sharp on high-density screens.
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { ...size, deviceScaleFactor: 2, mobile: false });
    await page.setViewportSize(size);
    await page.goto(session.extensionUrl(path));
    await page.locator('.article .section').nth(9).waitFor();
    await prepare(page);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, `${name}.png`) });
    console.log(`screenshots: docs/screenshots/${name}.png`);
  } finally {
    await session.close();
  }
}

assertBuilt(DIST.chrome);
mkdirSync(OUT, { recursive: true });
const popup = { width: 400, height: 600 };
const wide = { width: 1280, height: 800 };

await shoot('popup-en', 'src/popup/index.html', popup, { language: 'en', theme: 'light' }, async (page) => {
  // The paragraph just below the bar, so the popover opens beneath its term.
  await page.evaluate(() => document.querySelector('[data-sid="a2.p1.s1"]')?.scrollIntoView());
  await page.locator('#q2 .term[data-term="generative-ai"]').first().hover();
  await page.getByRole('dialog').waitFor();
});
await shoot(
  'popup-zh',
  'src/popup/index.html',
  popup,
  { language: 'zh-Hans', theme: 'light' },
  async (page) => {
    await page.evaluate(() => document.getElementById('q7')?.scrollIntoView());
  },
);
await shoot(
  'reader-en-dark',
  'src/reader/index.html#q7',
  wide,
  { language: 'en', theme: 'dark' },
  async (page) => {
    await page.locator('.search-input').fill('probabilistic');
    await page.locator('.search-status').filter({ hasText: 'of' }).waitFor();
    await page.evaluate(() => document.getElementById('q7')?.scrollIntoView());
  },
);
await shoot('reader-bilingual', 'src/reader/index.html#q4', wide, { language: 'bilingual', theme: 'light' });
// Traditional Chinese: Taiwan wording and corner quotes; a7.p2.s3 carries the editor's [sic] mark.
await shoot('reader-zh-hant', 'src/reader/index.html#q7', wide, { language: 'zh-Hant', theme: 'light' });
