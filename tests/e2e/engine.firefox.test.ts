// The term engine in Firefox ESR: the same fixture, the same marks, the same untouched DOM.
import { describe, expect, test } from 'vitest';
import {
  ADD_LATE_TEXT,
  ENGINE_SHADOW_MARKS,
  ENGINE_TOP_MARKS,
  LATE_TERM,
  REMOVE_LATE_TEXT,
} from './engine-expectations';
import { waitForContentScript } from './harness/content-script';
import { MARKED_TEXTS, SERIALISE_LIVE_AND_PRISTINE } from './harness/page-checks';
import { useFirefox, useFixtureServer } from './harness/suite';

const server = useFixtureServer();
const firefox = useFirefox();

describe('term engine in Firefox', () => {
  test('marks exactly the expected terms, follows added and removed text, and leaves the DOM alone', async () => {
    const page = await firefox.open(server.url('/engine.html'));
    await waitForContentScript(page);
    const expected = [...ENGINE_TOP_MARKS, ...ENGINE_SHADOW_MARKS].sort();
    await expect.poll(() => page.evaluate(MARKED_TEXTS), { timeout: 10_000 }).toEqual(expected);

    await page.evaluate(ADD_LATE_TEXT);
    await expect.poll(() => page.evaluate(MARKED_TEXTS)).toContain(LATE_TERM);
    await page.evaluate(REMOVE_LATE_TEXT);
    await expect.poll(() => page.evaluate(MARKED_TEXTS)).toEqual(expected);
    expect(firefox.errors).toEqual([]);
    await page.close();
  });

  test('the DOM of a static page stays byte-identical', async () => {
    const page = await firefox.open(server.url('/plain.html'));
    await waitForContentScript(page);
    await expect.poll(() => page.evaluate(`${MARKED_TEXTS}.length`)).toBeGreaterThan(0);
    const { live, pristine } = (await page.evaluate(SERIALISE_LIVE_AND_PRISTINE)) as Record<string, string>;
    expect(live).toBe(pristine);
    await page.close();
  });
});
