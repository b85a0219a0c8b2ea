// The installed extension in Chromium: the content script runs and leaves the page alone; the extension pages render.
import { describe, expect, test } from 'vitest';
import { waitForContentScript } from './harness/content-script';
import { CONTENT_MARKS, SERIALISE_LIVE_AND_PRISTINE } from './harness/page-checks';
import { useChromium, useFixtureServer } from './harness/suite';

const server = useFixtureServer();
const chromium = useChromium();

describe('content script', () => {
  test('runs on a page served from 127.0.0.1 and announces itself with a performance mark', async () => {
    const page = await chromium.open(server.url('/plain.html'));
    await waitForContentScript(page);
    expect(await page.evaluate(CONTENT_MARKS)).toContain('aigc-lens:content-ready');
    await page.close();
  });

  test('leaves the DOM byte-identical to a fresh parse of the same HTML', async () => {
    const page = await chromium.open(server.url('/plain.html'));
    await waitForContentScript(page);
    const { live, pristine } = (await page.evaluate(SERIALISE_LIVE_AND_PRISTINE)) as Record<string, string>;
    expect(live).toBe(pristine);
    await page.close();
  });
});

describe('extension pages', () => {
  test('the popup renders the article title and its ten sections', async () => {
    const page = await chromium.open(chromium.extensionUrl('src/popup/index.html'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The browser speaks en-US and nothing is stored yet: the reader opens in English.
    expect(await page.textContent('h1')).toContain('ChatGPT and AIGC: Quick Questions, Offhand Answers');
    expect(await page.locator('.article section').count()).toBe(10);
    await page.close();
  });

  test('the options page renders and remembers the global switch', async () => {
    const page = await chromium.open(chromium.extensionUrl('src/options/index.html'));
    const toggle = page.getByRole('checkbox', { name: 'Mark terms on web pages' });
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await page.getByRole('status').getByText('Saved').waitFor();
    await page.reload();
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await page.getByRole('status').getByText('Saved').waitFor();
    await page.close();
  });

  test('every shortcut the manifest suggests is really assigned', async () => {
    // Chromium 156 quietly leaves some suggested keys unassigned (Alt+Shift+N and Alt+Shift+P were).
    const manifest = (await chromium.serviceWorker.evaluate('chrome.runtime.getManifest()')) as {
      commands: Record<string, { suggested_key?: { default: string } }>;
    };
    const assigned = (await chromium.serviceWorker.evaluate('chrome.commands.getAll()')) as {
      name: string;
      shortcut: string;
    }[];
    for (const [name, command] of Object.entries(manifest.commands)) {
      if (!command.suggested_key) continue;
      expect(assigned.find((entry) => entry.name === name)?.shortcut).toBe(command.suggested_key.default);
    }
  });

  test('the background worker is running and no page logged an error', async () => {
    expect(await chromium.serviceWorker.evaluate('chrome.runtime.getManifest().manifest_version')).toBe(3);
    expect(chromium.errors).toEqual([]);
  });
});
