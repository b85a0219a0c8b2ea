// Renders assets/icons/icon.svg to the PNG sizes the manifest lists, with the same Chromium the tests use.
// Run by hand after changing the SVG (`npm run icons`); the PNGs are committed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from '../tests/e2e/harness/browsers';

export const ICON_SIZES = [16, 32, 48, 128] as const;

const dir = join(import.meta.dirname, '../assets/icons');
const svg = readFileSync(join(dir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: findBrowser('chromium'), args: ['--disable-gpu'] });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace('width="128" height="128"', `width="${size}" height="${size}"`);
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${sized}`);
    await page.screenshot({ path: join(dir, `icon-${size}.png`), omitBackground: true });
    await page.close();
    console.log(`icons: icon-${size}.png`);
  }
} finally {
  await browser.close();
}
