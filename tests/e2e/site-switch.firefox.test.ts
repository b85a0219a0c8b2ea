// The per-site switch follows the tab's top-level site in every frame, in Firefox: the same pages as
// site-switch.chromium.test.ts, settings written from an extension page.
import type { Frame, Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { MARKED_TEXTS } from './harness/page-checks';
import { writeSettings } from './harness/settings';
import { useFirefox, useFixtureServer } from './harness/suite';
import { FRAME_MARKS, otherSite, routeSiteSwitchPages, TOP_MARKS } from './site-switch';

const server = useFixtureServer();
const firefox = useFirefox();

const marks = (target: Page | Frame) => target.evaluate(MARKED_TEXTS) as Promise<string[]>;
const frame = (page: Page, name: string): Frame => {
  const urls: Record<string, RegExp> = {
    same: /site-same/,
    cross: /site-cross/,
    srcdoc: /^about:srcdoc/,
    blank: /^about:blank/,
  };
  const found = page.frames().find((f) => urls[name]?.test(f.url()));
  if (!found) throw new Error(`no ${name} frame`);
  return found;
};

const disable = (host: string | null) =>
  writeSettings(firefox, { disabledSites: host ? [{ host, includeSubdomains: false }] : [] });

async function openTop(origin: string): Promise<Page> {
  routeSiteSwitchPages(server, otherSite(origin));
  return firefox.open(`${origin}/site-top.html`);
}

test('every frame of an enabled site marks its own text', async () => {
  await disable(null);
  const page = await openTop(server.origin);
  await expect.poll(() => marks(page), { timeout: 10_000 }).toEqual(TOP_MARKS);
  for (const [name, expected] of Object.entries(FRAME_MARKS)) {
    await expect.poll(() => marks(frame(page, name)), { timeout: 10_000 }).toEqual(expected);
  }
  await page.close();
});

test("a disabled site's frames mark nothing: same-origin, cross-site, srcdoc and about:blank", async () => {
  await disable('127.0.0.1');
  const page = await openTop(server.origin);
  await page.waitForFunction(() => document.readyState === 'complete');
  // The enabled cross-site frame would have marked by now (the test above).
  await new Promise((resolve) => setTimeout(resolve, 2000));
  expect(await marks(page)).toEqual([]);
  for (const name of Object.keys(FRAME_MARKS)) expect(await marks(frame(page, name))).toEqual([]);
  await page.close();
});

test("a disabled site's page framed by an enabled site marks as that site does", async () => {
  await disable('127.0.0.1');
  const page = await openTop(otherSite(server.origin));
  await expect.poll(() => marks(page), { timeout: 10_000 }).toEqual(TOP_MARKS);
  await expect.poll(() => marks(frame(page, 'cross')), { timeout: 10_000 }).toEqual(FRAME_MARKS.cross);
  await expect.poll(() => marks(frame(page, 'srcdoc')), { timeout: 10_000 }).toEqual(FRAME_MARKS.srcdoc);
  await page.close();
  await disable(null);
});
