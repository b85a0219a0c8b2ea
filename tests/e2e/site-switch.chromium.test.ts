// The per-site switch follows the tab's top-level site in every frame: a disabled site's same-origin,
// cross-site, srcdoc and about:blank frames mark nothing, and a disabled site's page framed by another
// site marks as that site does.
import type { Frame, Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { MARKED_TEXTS } from './harness/page-checks';
import { clearStorage, writeSettings } from './harness/settings';
import { useChromium, useFixtureServer } from './harness/suite';
import { FRAME_MARKS, otherSite, routeSiteSwitchPages, TOP_MARKS } from './site-switch';

/** A cross-site frame starts in a process of its own, then loads the engine chunk: more than poll's 1 s default on a busy machine. */
const FRAME_WAIT = { timeout: 10_000 };

const server = useFixtureServer();
const chromium = useChromium();

const marks = (target: Page | Frame) => target.evaluate(MARKED_TEXTS) as Promise<string[]>;
const frame = (page: Page, name: string): Frame => {
  const found = page.frame({ name });
  if (!found) throw new Error(`no frame named ${name}`);
  return found;
};

const disable = (host: string | null) =>
  writeSettings(chromium, { disabledSites: host ? [{ host, includeSubdomains: false }] : [] });

async function openTop(origin: string): Promise<Page> {
  routeSiteSwitchPages(server, otherSite(origin));
  return chromium.open(`${origin}/site-top.html`);
}

afterEach(async () => {
  await clearStorage(chromium);
});

test('every frame of an enabled site marks its own text', async () => {
  await disable(null);
  const page = await openTop(server.origin);
  await expect.poll(() => marks(page), FRAME_WAIT).toEqual(TOP_MARKS);
  for (const [name, expected] of Object.entries(FRAME_MARKS)) {
    await expect.poll(() => marks(frame(page, name)), FRAME_WAIT).toEqual(expected);
  }
  expect(chromium.errors).toEqual([]);
  await page.close();
});

test("a disabled site's frames mark nothing: same-origin, cross-site, srcdoc and about:blank", async () => {
  await disable('127.0.0.1');
  const page = await openTop(server.origin);
  // The enabled cross-site frame would have marked by now (the test above).
  await page.waitForTimeout(1500);
  expect(await marks(page)).toEqual([]);
  for (const name of Object.keys(FRAME_MARKS)) expect(await marks(frame(page, name))).toEqual([]);
  expect(chromium.errors).toEqual([]);
  await page.close();
});

test("a disabled site's page framed by an enabled site marks as that site does", async () => {
  await disable('127.0.0.1');
  const page = await openTop(otherSite(server.origin));
  await expect.poll(() => marks(page), FRAME_WAIT).toEqual(TOP_MARKS);
  // The cross-site frame is 127.0.0.1 here, the disabled site.
  await expect.poll(() => marks(frame(page, 'cross')), FRAME_WAIT).toEqual(FRAME_MARKS.cross);
  await expect.poll(() => marks(frame(page, 'srcdoc')), FRAME_WAIT).toEqual(FRAME_MARKS.srcdoc);
  expect(chromium.errors).toEqual([]);
  await page.close();
});
