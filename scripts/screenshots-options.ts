// Screenshots of the options page for the README: English in the light theme, 简体 in the dark theme.
// Needs a build: `DIST_DIR=… npx tsx scripts/build.ts chrome` then `DIST_DIR=… npx tsx scripts/screenshots-options.ts`.
import { join } from 'node:path';
import { DEFAULT_SETTINGS, type Settings } from '../src/core/settings';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { assertBuilt, DIST, ROOT } from '../tests/e2e/harness/paths';

const shots: { file: string; colorScheme: 'light' | 'dark'; settings: Partial<Settings> }[] = [
  { file: 'options-en.png', colorScheme: 'light', settings: { language: 'en', theme: 'auto' } },
  {
    file: 'options-zh-dark.png',
    colorScheme: 'dark',
    settings: { language: 'zh-Hans', theme: 'dark', markStyle: 'tint' },
  },
];

assertBuilt(DIST.chrome);
for (const shot of shots) {
  const chromium = await launchChromium({ colorScheme: shot.colorScheme });
  try {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      disabledSites: [
        { host: 'mail.example.com', includeSubdomains: false },
        { host: 'bank.example', includeSubdomains: true },
      ],
      ...shot.settings,
    };
    await chromium.serviceWorker.evaluate(
      `chrome.storage.sync.set({ settings: ${JSON.stringify(settings)} })`,
    );
    const page = await chromium.open(chromium.extensionUrl('src/options/index.html'));
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.locator('tbody tr').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    const path = join(ROOT, 'docs/screenshots', shot.file);
    await page.screenshot({ path, fullPage: true });
    console.log(`screenshots: ${path}`);
  } finally {
    await chromium.close();
  }
}
