// The installed extension in Firefox ESR: installed as a temporary add-on, its content script runs and leaves the page alone.
import { describe, expect, test } from 'vitest';
import { waitForContentScript } from './harness/content-script';
import { CONTENT_MARKS, SERIALISE_LIVE_AND_PRISTINE } from './harness/page-checks';
import { useFirefox, useFixtureServer } from './harness/suite';

const server = useFixtureServer();
const firefox = useFirefox();

describe('Firefox', () => {
  test('the content script runs on a 127.0.0.1 page and leaves its DOM byte-identical', async () => {
    const page = await firefox.open(server.url('/plain.html'));
    await waitForContentScript(page);
    expect(await page.evaluate(CONTENT_MARKS)).toContain('aigc-lens:content-ready');
    const { live, pristine } = (await page.evaluate(SERIALISE_LIVE_AND_PRISTINE)) as Record<string, string>;
    expect(live).toBe(pristine);
    expect(firefox.errors).toEqual([]);
    await page.close();
  });
});
