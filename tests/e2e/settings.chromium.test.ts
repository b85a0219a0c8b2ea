// Settings end to end in Chromium: the options page writes what the user chooses, refuses bad files,
// survives garbage in storage, is accessible in three languages and two themes; the background creates
// the context-menu item and opens the welcome page on first install.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { clearStorage, storedSettings, writeSettings, writeStoredSettings } from './harness/settings';
import { useChromium } from './harness/suite';

const chromium = useChromium();

const stored = () => storedSettings(chromium);

async function openOptions(): Promise<Page> {
  const page = await chromium.open(chromium.extensionUrl('src/options/index.html'));
  await page.getByRole('checkbox', { name: /Mark terms|标出术语|標出術語/ }).waitFor();
  return page;
}

beforeEach(async () => {
  await clearStorage(chromium);
});

describe('the options page stores every setting', () => {
  test('each control, changed by the user, lands in storage.sync and in the preview', async () => {
    const page = await openOptions();
    const expectStored = (patch: Partial<Settings>) =>
      expect.poll(stored).toEqual({ ...DEFAULT_SETTINGS, ...patch });

    await page.getByRole('checkbox', { name: 'Mark terms on web pages' }).uncheck();
    await expectStored({ enabled: false });
    expect(await page.locator('.sample .mark').count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Mark terms on web pages' }).check();
    await expect.poll(() => page.locator('.sample .mark').count()).toBeGreaterThan(5);

    await page.getByRole('radio', { name: 'Solid underline' }).check();
    await expectStored({ markStyle: 'solid' });
    expect(await page.locator('.sample').getAttribute('class')).toContain('mark-solid');

    await page.getByRole('radio', { name: 'Every occurrence' }).check();
    await expectStored({ markStyle: 'solid', density: 'all' });
    expect(await page.locator('.sample .mark[data-term="chatgpt"]').count()).toBe(3);

    await page.getByRole('checkbox', { name: /^Hardware/ }).uncheck();
    const categories = { ...DEFAULT_SETTINGS.categories, hardware: false };
    await expectStored({ markStyle: 'solid', density: 'all', categories });
    expect(await page.locator('.sample .mark.cat-hardware').count()).toBe(0);

    // The slider by keyboard: one step of 50 ms up from 350.
    await page.getByRole('slider', { name: 'Hover delay' }).focus();
    await page.keyboard.press('ArrowRight');
    await expectStored({ markStyle: 'solid', density: 'all', categories, hoverDelayMs: 400 });
    expect(await page.locator('output').textContent()).toBe('400 ms');

    await page.getByRole('radio', { name: 'Dark' }).check();
    await expectStored({ markStyle: 'solid', density: 'all', categories, hoverDelayMs: 400, theme: 'dark' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

    await page.getByRole('radio', { name: '繁體中文' }).check();
    const all = { markStyle: 'solid', density: 'all', categories, hoverDelayMs: 400, theme: 'dark' } as const;
    await expectStored({ ...all, language: 'zh-Hant' });
    // The page now speaks Traditional Chinese, and the preview's sample is Traditional too.
    await page.getByRole('heading', { level: 1, name: 'AIGC 透鏡設定' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
    expect(await page.locator('.sample').textContent()).toContain('基於人類回饋的強化學習');

    // Kept across a reload.
    await page.reload();
    await page.getByRole('radio', { name: '實線底線' }).waitFor();
    expect(await page.getByRole('radio', { name: '實線底線' }).isChecked()).toBe(true);
    await page.close();
  });

  test('a change made elsewhere reaches the open page without a reload', async () => {
    const page = await openOptions();
    await writeSettings(chromium, { theme: 'dark', markStyle: 'tint' });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.getByRole('radio', { name: 'Background tint' }).isChecked()).toBe(true);
    await page.close();
  });
});

describe('disabled sites', () => {
  test('added and removed by keyboard; an invalid host is refused with a clear error', async () => {
    const page = await openOptions();
    const host = page.getByRole('textbox', { name: 'Host name' });
    await host.focus();
    await page.keyboard.type('not a host');
    await page.keyboard.press('Enter');
    const alert = page.locator('#site-error');
    await expect.poll(() => alert.textContent()).toContain('“not a host” is not a host name');
    expect(await host.getAttribute('aria-invalid')).toBe('true');
    expect(await host.getAttribute('aria-describedby')).toContain('site-error');
    expect(await stored()).toBeUndefined();

    await host.fill('https://News.Example.com/page?x=1');
    await page.keyboard.press('Enter');
    await expect.poll(stored).toEqual({
      ...DEFAULT_SETTINGS,
      disabledSites: [{ host: 'news.example.com', includeSubdomains: true }],
    });
    expect(await host.inputValue()).toBe('');
    expect(await alert.textContent()).toBe('');
    expect(await page.locator('.site-list li').textContent()).toContain('news.example.com');

    // The subdomain box, unticked with Space, then the host alone.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('only.example.org');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => ((await stored()) as Settings).disabledSites)
      .toEqual([
        { host: 'news.example.com', includeSubdomains: true },
        { host: 'only.example.org', includeSubdomains: false },
      ]);

    await host.fill('news.example.com');
    await page.getByRole('checkbox', { name: 'and its subdomains' }).check();
    await page.keyboard.press('Enter');
    await expect.poll(() => alert.textContent()).toContain('news.example.com is already in the list.');

    await page.getByRole('button', { name: 'Remove news.example.com' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => ((await stored()) as Settings).disabledSites)
      .toEqual([{ host: 'only.example.org', includeSubdomains: false }]);
    await page.close();
  });
});

describe('export, import and reset', () => {
  const custom: Settings = { ...DEFAULT_SETTINGS, theme: 'dark', hoverDelayMs: 900, markStyle: 'none' };

  test.each([
    ['a foreign JSON file', '{"name": "left-pad", "version": "1.3.0"}', 'not an AIGC Lens settings file'],
    ['a file that is not JSON', 'theme = dark', 'not JSON'],
    [
      'a settings file with a bad value',
      '{"format":"aigc-lens-settings","version":1,"settings":{"hoverDelayMs":-5,"colour":"red"}}',
      '“settings.hoverDelayMs” is not valid',
    ],
    ['a file from a newer version', '{"format":"aigc-lens-settings","version":3,"settings":{}}', 'version 3'],
  ])('%s is refused with a message and changes nothing', async (_name, text, message) => {
    await writeStoredSettings(chromium, custom);
    const page = await openOptions();
    await page.locator('#import-file').setInputFiles({
      name: 'mine.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'mine.json was not imported' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(message);
    expect(await stored()).toEqual(custom);
    expect(await page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    await page.close();
  });

  test('an exported file imports back', async () => {
    await writeStoredSettings(chromium, custom);
    const page = await openOptions();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export settings to a file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('aigc-lens-settings.json');
    const path = join(await mkdtemp(join(tmpdir(), 'aigc-lens-export-')), 'aigc-lens-settings.json');
    await download.saveAs(path);
    const file = JSON.parse(await readFile(path, 'utf8'));
    expect(file).toMatchObject({ format: 'aigc-lens-settings', version: 1, settings: { hoverDelayMs: 900 } });

    await page.getByRole('radio', { name: 'Light' }).check();
    await expect.poll(async () => ((await stored()) as Settings).theme).toBe('light');
    await page.locator('#import-file').setInputFiles(path);
    await page.getByRole('status').getByText('Imported aigc-lens-settings.json').waitFor();
    await expect.poll(stored).toEqual(custom);
    await page.close();
    await rm(dirname(path), { recursive: true, force: true });
  });

  test('reset asks first: cancel keeps everything, confirm restores the defaults', async () => {
    await writeStoredSettings(chromium, custom);
    const page = await openOptions();
    await page.getByRole('button', { name: 'Reset to defaults…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset every setting?' });
    await dialog.waitFor();
    // Focus starts on Cancel, the safe choice; Escape closes too.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await stored()).toEqual(custom);

    await page.getByRole('button', { name: 'Reset to defaults…' }).click();
    await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect.poll(stored).toEqual(DEFAULT_SETTINGS);
    await page.getByRole('status').getByText('All settings are back to their defaults.').waitFor();
    await page.close();
  });
});

describe('storage that is damaged or old', () => {
  test('garbage in storage: the page shows the defaults and still saves', async () => {
    await writeStoredSettings(chromium, 'garbage');
    const page = await openOptions();
    expect(await page.getByRole('checkbox', { name: 'Mark terms on web pages' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Dotted underline' }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: 'Background tint' }).check();
    await expect.poll(stored).toEqual({ ...DEFAULT_SETTINGS, markStyle: 'tint' });
    await page.close();
  });

  test('a partly damaged object keeps its good fields', async () => {
    await writeStoredSettings(chromium, { theme: 'dark', hoverDelayMs: 'slow', enabled: null, extra: [1] });
    const page = await openOptions();
    expect(await page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    expect(await page.getByRole('slider', { name: 'Hover delay' }).inputValue()).toBe('350');
    await page.close();
  });

  test("the first release's v0 switch (aigcLens.enabled: false) is read as off", async () => {
    await chromium.serviceWorker.evaluate(`chrome.storage.sync.set({ 'aigcLens.enabled': false })`);
    const page = await openOptions();
    expect(await page.getByRole('checkbox', { name: 'Mark terms on web pages' }).isChecked()).toBe(false);
    await page.close();
  });
});

describe('shortcuts', () => {
  test('the commands are listed with their keys, and the way to change them is explained', async () => {
    const page = await openOptions();
    // Compared with what the browser reports: Chromium here assigns only some of the manifest's suggested
    // keys (Alt+Shift+L and D; N, P and R stay unset), so the page must show both cases.
    const commands = (await chromium.serviceWorker.evaluate('chrome.commands.getAll()')) as {
      name: string;
      shortcut: string;
    }[];
    await page
      .locator('tbody tr')
      .nth(commands.length - 1)
      .waitFor();
    for (const { name, shortcut } of commands) {
      expect(await page.locator(`tr[data-command="${name}"] td:last-child`).textContent()).toBe(
        shortcut || 'not set',
      );
    }
    expect(await page.locator('tr[data-command="_execute_action"]').textContent()).toContain(
      'Open the AIGC Lens popup',
    );
    expect(await page.textContent('body')).toContain('chrome://extensions/shortcuts');
    // Pages cannot link to chrome://, but the extension may open its shortcuts page in a tab.
    const [opened] = await Promise.all([
      chromium.context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open the browser’s shortcut settings' }).click(),
    ]);
    await expect.poll(() => opened.url()).toBe('chrome://extensions/shortcuts');
    expect(await page.getByRole('alert').filter({ hasText: 'did not open' }).count()).toBe(0);
    await opened.close();
    await page.close();
  });
});

describe('accessibility', () => {
  test.each([
    ['en', 'light'],
    ['zh-Hans', 'dark'],
    ['zh-Hant', 'light'],
    ['en', 'dark'],
  ] as const)('axe-core finds nothing in %s, %s theme', async (language, theme) => {
    await writeSettings(chromium, {
      language,
      theme,
      disabledSites: [{ host: 'a.com', includeSubdomains: true }],
    });
    const page = await openOptions();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    // Show the error states too: an invalid host and a refused import.
    await page.locator('#site-host').fill('bad host');
    await page.locator('#site-host').press('Enter');
    await page
      .locator('#import-file')
      .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('[]') });
    await page.locator('#import-error').waitFor();
    // The extension page's CSP refuses inline scripts; evaluating axe's source is not subject to it.
    await page.evaluate(axe.source);
    const violations = (await page.evaluate(`axe.run().then((r) => r.violations.map((v) => ({
      id: v.id, nodes: v.nodes.map((n) => n.target.join(' ') + ': ' + n.failureSummary) })))`)) as unknown[];
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('background', () => {
  test('the context-menu item exists (update succeeds for its id, fails for another)', async () => {
    const update = (id: string) =>
      chromium.serviceWorker.evaluate(
        `new Promise((resolve) => chrome.contextMenus.update(${JSON.stringify(id)}, {}, () => resolve(chrome.runtime.lastError?.message ?? 'ok')))`,
      );
    await expect.poll(() => update('aigc-lens-lookup')).toBe('ok');
    expect(await update('no-such-item')).not.toBe('ok');
  });

  test('the first install opened the reader with the welcome', async () => {
    await expect
      .poll(() =>
        chromium.context.pages().some((page) => page.url().endsWith('src/reader/index.html?welcome=1')),
      )
      .toBe(true);
  });

  test('no page logged an error', () => {
    expect(chromium.errors).toEqual([]);
  });
});
