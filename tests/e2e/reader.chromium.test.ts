// The reader in Chromium: popup and tab page in every language, search, deep links, contents, term popovers,
// reading position, accessibility; the popup's "On this page" panel, the badge and the open-reader message.

import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { allTextIds, sentenceText } from '../../src/article/article';
import { matcherData } from '../../src/article/generated/matcher-data';
import { glossary } from '../../src/article/glossary';
import type { Lang } from '../../src/article/types';
import { CLOSE_DELAY_MS } from '../../src/core/hover-intent';
import { createMatcher } from '../../src/core/matcher';
import type { LanguageSetting, Theme } from '../../src/core/settings';
import { findInText } from '../../src/reading/search';
import { fill } from '../../src/ui/format';
import { resolveLanguage } from '../../src/ui/language';
import { reader } from '../../src/ui/strings/reader';
import { typeset } from '../../src/ui/typeset';
import { runAxe } from './harness/axe';
import { storedSettings, writeSettings } from './harness/settings';
import { useChromium, useFixtureServer } from './harness/suite';

/** The slice of the extension API these tests call inside the browser (the repo has no @types/chrome). */
type Stored = Record<string, { language?: unknown } | string | undefined>;
interface StorageArea {
  get(key: string): Promise<Stored>;
  set(items: Record<string, unknown>): Promise<void>;
}
declare const chrome: {
  storage: { local: StorageArea };
  tabs: {
    query(info: { active: boolean; lastFocusedWindow: boolean }): Promise<Array<{ id?: number }>>;
    getCurrent(): Promise<{ id?: number } | undefined>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const server = useFixtureServer();
const chromium = useChromium();

const POPUP = 'src/popup/index.html';
const READER = 'src/reader/index.html';
const PAGES = [
  ['popup', POPUP],
  ['tab page', READER],
] as const;
const CHOICES: readonly LanguageSetting[] = ['zh-Hans', 'zh-Hant', 'en', 'bilingual'];
const SECTION_IDS = ['q1', 'q2', 'q3', 'q4', 'q5', 'q7', 'q8', 'q9', 'q10', 'sum'];

const setSettings = (patch: { language?: LanguageSetting; theme?: Theme; enabled?: boolean }) =>
  writeSettings(chromium, patch);

const storedLanguage = async () =>
  ((await storedSettings(chromium)) as { language?: string } | undefined)?.language;

async function openReader(path: string, size?: { width: number; height: number }): Promise<Page> {
  const page = await chromium.open(chromium.extensionUrl(path));
  if (size) await page.setViewportSize(size);
  await page.locator('.article .section').nth(9).waitFor();
  return page;
}

const openPopup = (suffix = '') => openReader(POPUP + suffix, { width: 400, height: 600 });

/** Every hit of a query over the texts the reader shows, as the reader finds them. */
function expectedHits(query: string, langs: readonly Lang[]): number {
  let count = 0;
  for (const lang of langs)
    for (const id of allTextIds())
      count += findInText(typeset(sentenceText(id, lang), lang), query, lang).length;
  return count;
}

async function search(page: Page, query: string): Promise<string> {
  await page.locator('.search-input').fill(query);
  const status = page.locator('.search-status');
  await expect.poll(() => status.textContent(), { timeout: 5000 }).not.toBe('');
  return (await status.textContent()) ?? '';
}

describe('renders the whole article in each language', () => {
  for (const [name, path] of PAGES) {
    for (const choice of CHOICES) {
      test(`${name}, ${choice}: ten sections in order, A4's list, every sentence with data-sid, UI in the language`, async () => {
        await setSettings({ language: choice });
        const page = await openReader(path, name === 'popup' ? { width: 400, height: 600 } : undefined);
        const language = resolveLanguage(choice, 'en-US');
        expect(await page.locator('.article .section').evaluateAll((els) => els.map((el) => el.id))).toEqual(
          SECTION_IDS,
        );
        const h1 = (await page.locator('h1').textContent()) ?? '';
        for (const lang of language.article)
          expect(h1).toContain(typeset(sentenceText('meta.title', lang), lang));
        expect(await page.locator('#q4 ul.answer-list > li').count()).toBe(2);
        // Every text of the article once per shown language, each in an element of that language.
        const sids = await page
          .locator('.article [data-sid]')
          .evaluateAll((els) =>
            els.map((el) => `${el.closest('[lang]')?.getAttribute('lang')}|${el.getAttribute('data-sid')}`),
          );
        const expected = language.article.flatMap((lang) => allTextIds().map((id) => `${lang}|${id}`));
        expect(sids.sort()).toEqual(expected.sort());
        expect(await page.locator('.article').textContent()).toContain(
          typeset(sentenceText('a9.p1.s1', language.article[0] as Lang), language.article[0] as Lang),
        );
        expect(await page.locator('html').getAttribute('lang')).toBe(language.ui);
        expect(await page.locator('.search-input').getAttribute('aria-label')).toBe(
          reader[language.ui].searchLabel,
        );
        expect(await page.locator('.byline').textContent()).toContain(reader[language.ui].author);
        expect(await page.locator('.disclaimer').textContent()).toContain(
          sentenceText('meta.disclaimer', language.article[0] as Lang),
        );
        if (name === 'popup') {
          // The popup fits its frame: nothing wider than 400 px.
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
        }
        await page.close();
      });
    }
  }
});

describe('language switch', () => {
  test('changes the article and the UI at once, and persists across reopening', async () => {
    await setSettings({ language: 'auto' });
    const popup = await openPopup();
    expect(await popup.locator('h1').textContent()).toContain('ChatGPT and AIGC');
    await popup.getByRole('radio', { name: '简体' }).check();
    await expect.poll(() => popup.locator('h1').textContent()).toContain('ChatGPT 与 AIGC 简问乱答');
    expect(await popup.locator('.search-input').getAttribute('aria-label')).toBe('在文中搜索');
    expect(await popup.getByRole('tab', { selected: true }).textContent()).toBe('全文');
    await expect.poll(storedLanguage).toBe('zh-Hans');
    await popup.close();

    const tab = await openReader(READER);
    expect(await tab.locator('h1').textContent()).toContain('ChatGPT 与 AIGC 简问乱答');
    expect(await tab.getByRole('radio', { name: '简体' }).isChecked()).toBe(true);
    await tab.getByRole('radio', { name: 'English' }).check();
    await expect.poll(() => tab.locator('h1').textContent()).toContain('ChatGPT and AIGC');
    await tab.close();

    const again = await openPopup();
    expect(await again.locator('h1').textContent()).toContain('ChatGPT and AIGC');
    expect(await again.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    await again.close();
  });

  test('bilingual in the wide tab sets Chinese and English side by side', async () => {
    await setSettings({ language: 'bilingual' });
    const tab = await openReader(READER);
    const [zh, en] = await tab
      .locator('[data-block="a1.p1"] > p')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    expect(zh && en).toBeTruthy();
    expect(Math.abs((zh as DOMRect).top - (en as DOMRect).top)).toBeLessThan(2);
    expect((en as DOMRect).left).toBeGreaterThan((zh as DOMRect).right);
    await tab.close();
    // In the popup they stack: English beneath.
    const popup = await openPopup();
    const [pz, pe] = await popup
      .locator('[data-block="a1.p1"] > p')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    expect((pe as DOMRect).top).toBeGreaterThanOrEqual((pz as DOMRect).bottom - 1);
    await popup.close();
  });
});

describe('search', () => {
  const cases: ReadonlyArray<[LanguageSetting, string]> = [
    ['zh-Hans', '禁止性的代差'],
    ['zh-Hant', '記憶體牆'],
    ['en', 'prohibitive generational gap'],
    ['bilingual', 'ChatGPT'],
  ];
  for (const [choice, phrase] of cases) {
    test(`${choice}: finds “${phrase}”, highlights it, and says so when nothing is found`, async () => {
      await setSettings({ language: choice });
      const page = await openPopup();
      const language = resolveLanguage(choice, 'en-US');
      const t = reader[language.ui];
      const count = expectedHits(phrase, language.article);
      expect(count).toBeGreaterThan(0);
      expect(await search(page, phrase)).toBe(fill(t.searchCount, { n: 1, m: count }));
      const painted = await page.evaluate(() => ({
        all: CSS.highlights.get('aigc-lens-reader-hit')?.size,
        current: [...(CSS.highlights.get('aigc-lens-reader-hit-current') ?? [])].map((r) => r.toString()),
      }));
      expect(painted.all).toBe(count);
      expect(painted.current.map((s) => s.toLowerCase())).toEqual([phrase.toLowerCase()]);
      expect(await search(page, 'qxzv 无此词')).toBe(fill(t.searchNone, { q: 'qxzv 无此词' }));
      expect(await page.evaluate(() => CSS.highlights.get('aigc-lens-reader-hit')?.size)).toBe(0);
      await page.close();
    });
  }

  test('Enter, Shift+Enter and the buttons step through the hits, wrapping', async () => {
    await setSettings({ language: 'en' });
    const page = await openReader(READER);
    const m = expectedHits('ChatGPT', ['en']);
    const status = page.locator('.search-status');
    expect(await search(page, 'ChatGPT')).toBe(`1 of ${m}`);
    await page.locator('.search-input').press('Enter');
    await expect.poll(() => status.textContent()).toBe(`2 of ${m}`);
    await page.locator('.search-input').press('Shift+Enter');
    await expect.poll(() => status.textContent()).toBe(`1 of ${m}`);
    await page.getByRole('button', { name: 'Previous match' }).click();
    await expect.poll(() => status.textContent()).toBe(`${m} of ${m}`);
    // The current hit is on screen, below the sticky bar.
    const box = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('aigc-lens-reader-hit-current') ?? [])][0] as Range;
      const bar = document.querySelector('.app-bar')?.getBoundingClientRect().bottom ?? 0;
      const rect = range.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom, bar, height: innerHeight };
    });
    expect(box.top).toBeGreaterThanOrEqual(box.bar);
    expect(box.bottom).toBeLessThanOrEqual(box.height);
    await page.close();
  });
});

describe('deep links, contents, position', () => {
  test('#a7.p2.s3 scrolls to that sentence and highlights it', async () => {
    await setSettings({ language: 'zh-Hans' });
    for (const path of [READER, POPUP]) {
      const page = await openReader(
        `${path}#a7.p2.s3`,
        path === POPUP ? { width: 400, height: 600 } : undefined,
      );
      const target = page.locator('.is-target');
      await target.first().waitFor();
      expect(await target.evaluateAll((els) => els.map((el) => el.getAttribute('data-sid')))).toEqual([
        'a7.p2.s3',
      ]);
      const box = await target.first().evaluate((el) => {
        const rect = el.getBoundingClientRect();
        return {
          top: rect.top,
          bottom: rect.bottom,
          bar: document.querySelector('.app-bar')?.getBoundingClientRect().bottom ?? 0,
        };
      });
      expect(box.top).toBeGreaterThanOrEqual(box.bar - 1);
      expect(box.top).toBeLessThan(await page.evaluate(() => innerHeight));
      expect(await page.locator('[role="alert"]').count()).toBe(0);
      await page.close();
    }
  });

  test('an unknown id opens the top and says the passage was not found', async () => {
    await setSettings({ language: 'en' });
    const page = await openReader(`${READER}#a7.p1.s3`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(fill(reader.en.notFound, { id: 'a7.p1.s3' }));
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(await page.locator('.is-target').count()).toBe(0);
    await page.close();
  });

  test('the contents jump to a section, and the current section follows scrolling', async () => {
    await setSettings({ language: 'en' });
    const page = await openReader(READER);
    const nav = page.getByRole('navigation', { name: 'Contents' });
    await nav.getByRole('link', { name: /^Q9/ }).click();
    await expect.poll(() => nav.locator('[aria-current="location"] .toc-label').textContent()).toBe('Q9');
    const offset = await page.evaluate(() => {
      const bar = document.querySelector('.app-bar')?.getBoundingClientRect().bottom ?? 0;
      return (document.getElementById('q9')?.getBoundingClientRect().top ?? 0) - bar;
    });
    expect(Math.abs(offset)).toBeLessThan(24);
    await page.evaluate(() => document.getElementById('q3')?.scrollIntoView());
    await expect.poll(() => nav.locator('[aria-current="location"] .toc-label').textContent()).toBe('Q3');
    await page.close();

    // The popup's chips do the same.
    const popup = await openPopup();
    const chips = popup.getByRole('navigation', { name: 'Contents' });
    await chips.getByRole('link', { name: 'Summary' }).click();
    await expect.poll(() => chips.locator('[aria-current="location"]').textContent()).toBe('Summary');
    await popup.close();
  });

  test('the tab page remembers the reading position', async () => {
    await setSettings({ language: 'en' });
    const page = await openReader(READER);
    await page.evaluate(() => document.getElementById('q8')?.scrollIntoView());
    await page.mouse.wheel(0, 1); // a user's scroll, as the save waits for one
    await expect
      .poll(() =>
        chromium.serviceWorker.evaluate(
          async () => (await chrome.storage.local.get('readerPosition')).readerPosition,
        ),
      )
      .toMatch(/^(q8|a8)\./);
    await page.close();
    const again = await openReader(READER);
    await expect
      .poll(() =>
        again.evaluate(() => {
          const bar = document.querySelector('.app-bar')?.getBoundingClientRect().bottom ?? 0;
          const first = [...document.querySelectorAll<HTMLElement>('.section [data-sid]')].find(
            (el) => el.getBoundingClientRect().bottom > bar + 4,
          );
          return first?.dataset.sid;
        }),
      )
      .toMatch(/^(q8|a8)\./);
    await again.close();
  });
});

describe('first run', () => {
  test('?welcome=1 shows the welcome above the article, accessibly; dismissing it removes it', async () => {
    await setSettings({ language: 'en' });
    const page = await openReader(`${READER}?welcome=1`);
    const welcome = page.locator('section.welcome');
    await welcome.waitFor();
    expect(await runAxe(page)).toEqual([]);
    await welcome.getByRole('button').last().click();
    await expect.poll(() => welcome.count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });
});

describe('glossary terms in the reader', () => {
  test('focus shows the gloss; Enter moves into the popover; a passage link goes there; Escape closes', async () => {
    await setSettings({ language: 'en' });
    const page = await openReader(READER);
    const term = page.locator('#q7 .term[tabindex="0"]').first();
    const termId = (await term.getAttribute('data-term')) as string;
    const entry = glossary.find((t) => t.id === termId);
    await term.focus();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(entry?.gloss.en);
    expect(await dialog.textContent()).toContain(entry?.label.en);
    await term.press('Enter');
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.closest('.term-popover')))
      .toBe(true);
    const links = dialog.getByRole('link');
    if ((await links.count()) > 0) {
      const href = (await links.first().getAttribute('href')) as string;
      await links.first().click();
      await expect
        .poll(() => page.locator('.is-target').first().getAttribute('data-sid'))
        .toBe(href.slice(1));
      expect(await dialog.count()).toBe(0);
    } else {
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
    }
    // Hover opens it too.
    await page.locator('#q8 .term').first().hover();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await page.close();
  });
});

describe('the term popover under the mouse', () => {
  test('a dwell opens it and leaving closes it; a click pins it until Escape', async () => {
    await setSettings({ language: 'en' });
    const page = await openReader(READER);
    const term = page.locator('#q8 .term').first();
    const popover = page.locator('.term-popover');
    await term.hover();
    await popover.waitFor();
    // Onto the page's margin, off every term and the popover: it closes after the grace period.
    await page.mouse.move(2, 400);
    await expect.poll(() => popover.count()).toBe(0);

    await term.click();
    await popover.waitFor();
    await page.mouse.move(2, 400);
    // A pinned popover must outlast the grace period: wait well past it, then check it is still open.
    await page.waitForTimeout(CLOSE_DELAY_MS * 3);
    expect(await popover.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => popover.count()).toBe(0);
    await page.close();
  });
});

describe('accessibility (axe-core)', () => {
  for (const [name, path] of PAGES) {
    for (const choice of CHOICES) {
      test(`${name}, ${choice}: no violations`, async () => {
        await setSettings({ language: choice, theme: 'auto' });
        const page = await openReader(path, name === 'popup' ? { width: 400, height: 600 } : undefined);
        expect(await runAxe(page)).toEqual([]);
        await page.close();
      });
    }
  }

  test('dark theme (setting and prefers-color-scheme), popup and tab page, with a search and a popover open', async () => {
    await setSettings({ language: 'en', theme: 'dark' });
    for (const [, path] of PAGES) {
      const page = await openReader(path, path === POPUP ? { width: 400, height: 600 } : undefined);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await search(page, 'model');
      await page.locator('#q1 .term[tabindex="0"]').first().focus();
      await page.getByRole('dialog').waitFor();
      expect(await runAxe(page)).toEqual([]);
      await page.close();
    }
    await setSettings({ language: 'zh-Hant', theme: 'auto' });
    const page = await openReader(READER);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(23, 25, 29)',
    );
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  test('the “On this page” panel', async () => {
    await setSettings({ language: 'zh-Hans', theme: 'auto' });
    const fixture = await chromium.open(server.url('/plain.html'));
    const popup = await openPopup();
    await fixture.bringToFront();
    await popup.getByRole('tab', { name: '本页术语' }).click();
    await popup.locator('.page-terms, .status').first().waitFor();
    expect(await runAxe(popup)).toEqual([]);
    await popup.close();
    await fixture.close();
  });
});

describe('popup: on this page', () => {
  const matcher = createMatcher(matcherData);

  test('lists exactly the terms marked on the page (as CSS.highlights has them), and a click reveals one', async () => {
    await setSettings({ language: 'en', enabled: true });
    const fixture = await chromium.open(server.url('/plain.html'));
    // The content script marks the page: wait for its highlights.
    await fixture.waitForFunction(
      () => [...CSS.highlights.keys()].some((k) => k.startsWith('aigc-lens')),
      null,
      {
        timeout: 15_000,
      },
    );
    const marked = await fixture.evaluate(() =>
      [...CSS.highlights]
        .filter(([name]) => name.startsWith('aigc-lens') && !name.includes('flash'))
        .flatMap(([, highlight]) =>
          [...highlight].map((r) => {
            // The content script keeps StaticRanges; a live Range gives their text.
            const range = document.createRange();
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
            return range.toString();
          }),
        ),
    );
    const markedTerms = new Set(
      marked.map((text) => {
        const [match] = matcher.findAll(text);
        return match ? matcher.termIds[match.term] : `?${text}`;
      }),
    );
    const popup = await openPopup();
    await fixture.bringToFront();
    await popup.getByRole('tab', { name: 'On this page' }).click();
    const rows = popup.locator('.page-term');
    await rows.first().waitFor({ timeout: 10_000 });
    const listed = await rows.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.term));
    expect(new Set(listed)).toEqual(markedTerms);
    expect(listed.length).toBe(markedTerms.size);
    // Labels in the UI language, with category and count.
    const first = glossary.find((t) => t.id === listed[0]);
    expect(await rows.first().textContent()).toContain(first?.label.en);

    // Most frequent first.
    await popup.getByRole('radio', { name: 'Most frequent' }).check();
    const counts = await popup
      .locator('.page-term .count [aria-hidden]')
      .evaluateAll((els) => els.map((el) => Number.parseInt(el.textContent ?? '0', 10)));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    await popup.locator('.page-term').first().click();
    await expect
      .poll(() => fixture.evaluate(() => CSS.highlights.has('aigc-lens-flash')), { timeout: 5000 })
      .toBe(true);
    await popup.close();
    await fixture.close();
  });

  test('the badge shows the number of distinct terms on the page', async () => {
    const fixture = await chromium.open(server.url('/plain.html'));
    await fixture.bringToFront();
    await fixture.waitForFunction(
      () => [...CSS.highlights.keys()].some((k) => k.startsWith('aigc-lens')),
      null,
      {
        timeout: 15_000,
      },
    );
    const popup = await openPopup();
    await fixture.bringToFront();
    await popup.getByRole('tab', { name: 'On this page' }).click();
    await popup.locator('.page-term').first().waitFor({ timeout: 10_000 });
    const listed = await popup.locator('.page-term').count();
    const badge = () =>
      chromium.serviceWorker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return chrome.action.getBadgeText({ tabId: tab?.id as number });
      });
    await expect.poll(badge, { timeout: 5000 }).toBe(String(listed));
    await popup.close();
    await fixture.close();
  });

  test('the badge handler: per tab, empty for zero, ignores malformed counts', async () => {
    const page = await openReader(READER);
    const tabId = (await page.evaluate(async () => (await chrome.tabs.getCurrent())?.id)) as number;
    const badge = () =>
      chromium.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'page-term-count', count: 3 }));
    await expect.poll(badge).toBe('3');
    await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'page-term-count', count: -2 }).catch(() => null),
    );
    await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'page-term-count', count: '9' }).catch(() => null),
    );
    expect(await badge()).toBe('3');
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'page-term-count', count: 0 }));
    await expect.poll(badge).toBe('');
    await page.close();
  });

  test('a page AIGC Lens cannot read gets a plain explanation, not an empty list', async () => {
    await setSettings({ language: 'en' });
    const browserPage = await chromium.context.newPage();
    await browserPage.goto('chrome://version/');
    const popup = await openPopup();
    await browserPage.bringToFront();
    await popup.getByRole('tab', { name: 'On this page' }).click();
    const explain = popup.locator('.status.explain');
    await explain.waitFor();
    // Without the tabs permission the popup cannot see the URL: it names both possibilities.
    expect(await explain.textContent()).toBe(reader.en.cantReadUnknown);
    expect(await popup.locator('.page-term').count()).toBe(0);
    // The popup's own tab (an extension page, whose URL it can see) is a browser page.
    await popup.bringToFront();
    await popup.getByRole('tab', { name: 'Article' }).click();
    await popup.getByRole('tab', { name: 'On this page' }).click();
    await expect.poll(() => explain.textContent()).toBe(reader.en.cantReadRestricted);
    await popup.close();
    await browserPage.close();
  });

  test('“On everywhere” and “On for this site” switch marking off in the open tab at once', async () => {
    await setSettings({ language: 'en', enabled: true });
    const fixture = await chromium.open(server.url('/plain.html'));
    const markCount = () =>
      fixture.evaluate(() =>
        [...CSS.highlights]
          .filter(([name]) => name.startsWith('aigc-lens') && !name.includes('flash'))
          .reduce((n, [, h]) => n + h.size, 0),
      );
    await expect.poll(markCount, { timeout: 15_000 }).toBeGreaterThan(0);
    const popup = await openPopup();
    await fixture.bringToFront();
    await popup.getByRole('tab', { name: 'On this page' }).click();
    const site = popup.getByRole('switch', { name: 'On for 127.0.0.1' });
    await site.waitFor({ timeout: 10_000 });
    await site.uncheck();
    await expect.poll(markCount).toBe(0);
    await expect.poll(() => popup.locator('.status').textContent()).toBe(reader.en.offForSite);
    await site.check();
    await expect.poll(markCount).toBeGreaterThan(0);
    const everywhere = popup.getByRole('switch', { name: 'On everywhere' });
    await everywhere.uncheck();
    await expect.poll(markCount).toBe(0);
    expect(await site.isDisabled()).toBe(true);
    await everywhere.check();
    await expect.poll(markCount).toBeGreaterThan(0);
    await popup.close();
    await fixture.close();
  });
});

describe('opening the reader in a tab', () => {
  test('the popup’s button opens the tab page', async () => {
    const popup = await openPopup();
    const opened = chromium.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Open in a tab' }).click();
    const page = await opened;
    await page.waitForURL(/src\/reader\/index\.html/);
    await page.locator('.article .section').nth(9).waitFor();
    await page.close();
    await popup.close();
  });

  test('{type: "open-reader", sentenceId} opens the tab page at that passage', async () => {
    const popup = await openPopup();
    const opened = chromium.context.waitForEvent('page');
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'open-reader', sentenceId: 'a4.p3.s2' }));
    const page = await opened;
    await page.waitForURL(/#a4\.p3\.s2$/);
    await page.locator('.is-target[data-sid="a4.p3.s2"]').first().waitFor();
    await page.close();
    await popup.close();
  });

  test('no extension page logged an error', () => {
    expect(chromium.errors.filter((e) => e.includes('/src/popup/') || e.includes('/src/reader/'))).toEqual(
      [],
    );
  });
});
