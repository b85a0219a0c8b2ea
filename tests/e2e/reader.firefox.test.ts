// The reader's tab page in Firefox ESR: the whole article renders, the language switch works and persists,
// and the term popover opens under a resting mouse and closes when it leaves.
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { allTextIds } from '../../src/article/article';
import { CLOSE_DELAY_MS } from '../../src/core/hover-intent';
import { useFirefox } from './harness/suite';

const firefox = useFirefox();

async function openReader(): Promise<Page> {
  const page = await firefox.open(firefox.extensionUrl('src/reader/index.html'));
  await page.waitForFunction(() => document.querySelectorAll('.article .section').length === 10, {
    timeout: 15_000,
  });
  return page;
}

const h1 = (page: Page) => page.$eval('h1', (el) => el.textContent ?? '');

describe('Firefox: the reader tab page', () => {
  test('renders all ten sections with every sentence, then switches language and remembers it', async () => {
    const page = await openReader();
    const sections = await page.$$eval('.article .section', (els) => els.map((el) => el.id));
    expect(sections).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q7', 'q8', 'q9', 'q10', 'sum']);
    expect(await page.$$eval('.article [data-sid]', (els) => els.length)).toBe(allTextIds().length);
    // A fresh profile in an en-US browser: English first.
    expect(await h1(page)).toContain('ChatGPT and AIGC');
    expect(await page.$$eval('#q4 ul.answer-list > li', (els) => els.length)).toBe(2);

    await page.click('.language-switch input[value="zh-Hant"]');
    await page.waitForFunction(() =>
      document.querySelector('h1')?.textContent?.includes('ChatGPT 與 AIGC 簡問亂答'),
    );
    expect(await page.$eval('.search-input', (el) => el.getAttribute('aria-label'))).toBe('在文中搜尋');
    expect(await page.$eval('html', (el) => el.lang)).toBe('zh-Hant');
    await page.close();

    const again = await openReader();
    expect(await h1(again)).toContain('ChatGPT 與 AIGC 簡問亂答');
    await again.click('.language-switch input[value="bilingual"]');
    await again.waitForFunction(() => document.querySelectorAll('.block.pair').length > 0);
    expect(await again.$$eval('.article [data-sid]', (els) => els.length)).toBe(allTextIds().length * 2);
    expect(firefox.errors).toEqual([]);
    await again.close();
  });

  test('the term popover: a dwell opens it and leaving closes it; a click pins it until Escape', async () => {
    const page = await openReader();
    const open = () => page.evaluate(() => document.querySelectorAll('.term-popover').length);
    await page.hover('#q8 .term');
    await expect.poll(open, { timeout: 5_000 }).toBe(1);
    // Onto the page's margin, off every term and the popover: it closes after the grace period.
    await page.mouse.move(2, 400);
    await expect.poll(open, { timeout: 5_000 }).toBe(0);

    await page.click('#q8 .term');
    await expect.poll(open, { timeout: 5_000 }).toBe(1);
    await page.mouse.move(2, 400);
    // A pinned popover must outlast the grace period: wait well past it, then check it is still open.
    await new Promise((resolve) => setTimeout(resolve, CLOSE_DELAY_MS * 3));
    expect(await open()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(open, { timeout: 5_000 }).toBe(0);
    expect(firefox.errors).toEqual([]);
    await page.close();
  });
});
