// The term engine in Chromium: what it marks, what it skips, how it follows changes, and that the page's
// DOM never changes.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  ADD_LATE_TEXT,
  ENGINE_FRAME_MARKS,
  ENGINE_SHADOW_MARKS,
  ENGINE_TOP_MARKS,
  LATE_TERM,
  REMOVE_LATE_TEXT,
} from './engine-expectations';
import { waitForContentScript } from './harness/content-script';
import { HIGHLIGHT_NAMES, MARKED_TEXTS } from './harness/page-checks';
import { clearStorage, writeStoredSettings } from './harness/settings';
import { useChromium, useFixtureServer } from './harness/suite';

const server = useFixtureServer();
const chromium = useChromium();

/**
 * Records, in the page's world, every DOM mutation after the parser is done. The fixture's own scripts
 * run during parsing, so anything recorded is the extension's doing.
 */
const RECORD_MUTATIONS = `
  window.__mutations = [];
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) window.__mutations.push(r.type + ' on ' + r.target.nodeName);
    }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  });
`;

async function openEngineFixture(): Promise<Page> {
  const page = await chromium.context.newPage();
  await page.addInitScript(RECORD_MUTATIONS);
  await page.goto(server.url('/engine.html'));
  await waitForContentScript(page);
  await expect
    .poll(() => page.evaluate(MARKED_TEXTS))
    .toEqual([...ENGINE_TOP_MARKS, ...ENGINE_SHADOW_MARKS].sort());
  return page;
}

describe('marking', () => {
  test('marks exactly the prose terms, across inline elements and in open shadow roots, and skips the rest', async () => {
    const page = await openEngineFixture();
    expect(await page.evaluate(HIGHLIGHT_NAMES)).toEqual([
      'aigc-lens-dotted-concept',
      'aigc-lens-dotted-hardware',
      'aigc-lens-dotted-model',
      'aigc-lens-dotted-technique',
    ]);
    await page.close();
  });

  test('a same-origin srcdoc frame marks its own text', async () => {
    const page = await openEngineFixture();
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    expect(frame).toBeDefined();
    await expect.poll(() => frame?.evaluate(MARKED_TEXTS)).toEqual(ENGINE_FRAME_MARKS);
    await page.close();
  });

  test('changes nothing in the DOM', async () => {
    const page = await openEngineFixture();
    expect(await page.evaluate('window.__mutations')).toEqual([]);
    expect(chromium.errors).toEqual([]);
    await page.close();
  });
});

describe('keeping up with the page', () => {
  test('text added later is marked, and unmarked when removed again', async () => {
    const page = await openEngineFixture();
    await page.evaluate(ADD_LATE_TEXT);
    await expect.poll(() => page.evaluate(MARKED_TEXTS)).toContain(LATE_TERM);
    await page.evaluate(REMOVE_LATE_TEXT);
    await expect.poll(() => page.evaluate(MARKED_TEXTS)).not.toContain(LATE_TERM);
    await page.close();
  });

  test('a changed text node drops its old mark and gains the new one', async () => {
    const page = await openEngineFixture();
    await page.evaluate(() => {
      const prose = document.getElementById('prose');
      if (prose?.firstChild) (prose.firstChild as Text).data = 'Now H100 is the story.';
    });
    await expect.poll(() => page.evaluate(MARKED_TEXTS)).toContain('H100');
    const marks = (await page.evaluate(MARKED_TEXTS)) as string[];
    expect(marks).not.toContain('reward model');
    expect(marks).not.toContain('<stale range>');
    await page.close();
  });

  test('a shadow root attached later is scanned too', async () => {
    const page = await openEngineFixture();
    await page.evaluate(() => {
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' }).innerHTML = '<p>H100 in a late shadow root</p>';
      document.body.append(host);
    });
    await expect.poll(() => page.evaluate(MARKED_TEXTS)).toContain('H100');
    await page.close();
  });

  test('typing in a contenteditable editor works and nothing inside it is marked', async () => {
    const page = await openEngineFixture();
    await page.click('#editor p');
    await page.keyboard.press('End');
    await page.keyboard.type(' and RLHF typed');
    expect(await page.textContent('#editor')).toBe('ChatGPT in an editor and RLHF typed');
    await page.waitForTimeout(200);
    expect(await page.evaluate(MARKED_TEXTS)).toEqual([...ENGINE_TOP_MARKS, ...ENGINE_SHADOW_MARKS].sort());
    await page.close();
  });

  test('records each scan pass as a performance measure', async () => {
    const page = await openEngineFixture();
    const measures = await page.evaluate(() => performance.getEntriesByName('aigc-lens:scan').length);
    expect(measures).toBeGreaterThan(0);
    await page.close();
  });
});

describe('settings and messages', () => {
  /** Partial settings, as an older version or another writer may have stored them. */
  const writeSettings = (settings: object) => writeStoredSettings(chromium, settings);

  /** Sends a content request to the newest tab's top frame, as the popup does. */
  const askTab = (message: object) =>
    chromium.serviceWorker.evaluate(`(async () => {
      const tabs = await chrome.tabs.query({});
      const tab = tabs.filter((t) => t.url === undefined || !t.url.startsWith('chrome')).pop();
      return chrome.tabs.sendMessage(tab.id, ${JSON.stringify(message)}, { frameId: 0 });
    })()`);

  test('density, categories, mark style and the global switch take effect in an open tab', async () => {
    const page = await openEngineFixture();
    await writeSettings({ version: 1, density: 'all' });
    await expect
      .poll(
        async () => ((await page.evaluate(MARKED_TEXTS)) as string[]).filter((t) => t === 'NVLink').length,
      )
      .toBe(2);
    await writeSettings({ version: 1, density: 'first-per-page' });
    await expect
      .poll(
        async () => ((await page.evaluate(MARKED_TEXTS)) as string[]).filter((t) => t === 'ChatGPT').length,
      )
      .toBe(1);
    await writeSettings({ version: 1, categories: { model: false } });
    // The change clears the marks and scans again: wait for the rescan, not only for ChatGPT to go.
    await expect
      .poll(async () => {
        const marks = (await page.evaluate(MARKED_TEXTS)) as string[];
        return marks.includes('RLHF') && !marks.includes('ChatGPT');
      })
      .toBe(true);
    await writeSettings({ version: 1, markStyle: 'tint' });
    await expect.poll(() => page.evaluate(HIGHLIGHT_NAMES)).toContain('aigc-lens-tint-model');
    await writeSettings({ version: 1, enabled: false });
    await expect.poll(() => page.evaluate(HIGHLIGHT_NAMES)).toEqual([]);
    await writeSettings({ version: 1, disabledSites: [{ host: '127.0.0.1', includeSubdomains: false }] });
    await page.waitForTimeout(300);
    expect(await page.evaluate(HIGHLIGHT_NAMES)).toEqual([]);
    await writeSettings({ version: 1 });
    await expect
      .poll(() => page.evaluate(MARKED_TEXTS))
      .toEqual([...ENGINE_TOP_MARKS, ...ENGINE_SHADOW_MARKS].sort());
    expect(chromium.errors).toEqual([]);
    await page.close();
  });

  test('garbage in storage leaves the engine working on defaults', async () => {
    await writeSettings({ version: 99, density: 42, categories: 'none', hoverDelayMs: -1, extra: [1, 2] });
    const page = await openEngineFixture();
    await page.close();
    await writeStoredSettings(chromium, 'garbage');
    const again = await openEngineFixture();
    await again.close();
    await clearStorage(chromium);
  });

  test('answers page-terms with the marked terms in page order, and reveal-term scrolls and flashes', async () => {
    const page = await openEngineFixture();
    const answer = (await askTab({ type: 'page-terms' })) as { terms: { termId: string; count: number }[] };
    const ids = answer.terms.map((term) => term.termId);
    expect(ids.slice(0, 3)).toEqual(['chatgpt', 'rlhf', 'reward-model']);
    expect(answer.terms.find((term) => term.termId === 'nvlink')?.count).toBe(2);
    expect(new Set(ids).size).toBe(ids.length);
    expect(await askTab({ type: 'reveal-term', termId: 'bard' })).toEqual({ ok: true });
    await expect.poll(() => page.evaluate(`CSS.highlights.has('aigc-lens-flash')`)).toBe(true);
    expect(await askTab({ type: 'reveal-term', termId: 'no-such-term' })).toEqual({ ok: false });
    await page.close();
  });
});
