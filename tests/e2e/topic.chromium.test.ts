// The topic rule in Chromium: ambiguous aliases wait for AI evidence, are marked when it arrives later
// (an infinite-scroll or SPA update), and stay marked, without a gap, when the evidence goes again.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { readCard } from './harness/card';
import { waitForContentScript, waitForScan } from './harness/content-script';
import { MARKED_TEXTS } from './harness/page-checks';
import { pointOf } from './harness/pointer';
import { useChromium, useFixtureServer } from './harness/suite';

const server = useFixtureServer();
const chromium = useChromium();

/** Resolves once the first whole-document scan has been recorded. */
async function openTopicFixture(): Promise<Page> {
  const page = await chromium.context.newPage();
  await page.goto(server.url('/topic.html'));
  await waitForContentScript(page);
  await waitForScan(page, 'document');
  return page;
}

/** Samples the marked texts every few milliseconds in the page, to catch a mark that goes and comes back. */
const START_SAMPLING = `(() => {
  window.__samples = [];
  const read = () => ${MARKED_TEXTS};
  window.__sampler = setInterval(() => window.__samples.push(read()), 5);
})()`;
const STOP_SAMPLING = `(() => { clearInterval(window.__sampler); return window.__samples; })()`;

const EVIDENCE = ['ChatGPT', 'RLHF'];
const HELD = ['Google', 'LLM'];

const addEvidence = (page: Page) =>
  page.evaluate(() => {
    const late = document.createElement('p');
    late.id = 'late';
    late.textContent = 'Then ChatGPT arrived, tuned with RLHF.';
    document.getElementById('feed')?.append(late);
  });

/** All text of the open card, or ''. */
const cardText = async (page: Page) => (await readCard(page))?.text ?? '';

describe('topic rule', () => {
  test('a page without AI evidence marks none of its ambiguous aliases', async () => {
    const page = await openTopicFixture();
    await page.waitForTimeout(300);
    expect(await page.evaluate(MARKED_TEXTS)).toEqual([]);
    await page.close();
  });

  test('evidence that arrives later marks the ambiguous aliases found before it', async () => {
    const page = await openTopicFixture();
    await addEvidence(page);
    await expect.poll(() => page.evaluate(MARKED_TEXTS)).toEqual([...EVIDENCE, ...HELD].sort());
    await page.close();
  });

  test('evidence that leaves, or a block rewritten without it, takes no mark off, not even for a moment', async () => {
    const page = await openTopicFixture();
    await addEvidence(page);
    await expect.poll(() => page.evaluate(MARKED_TEXTS)).toEqual([...EVIDENCE, ...HELD].sort());
    await page.evaluate(START_SAMPLING);
    await page.evaluate(() => document.getElementById('late')?.remove());
    await expect.poll(() => page.evaluate(MARKED_TEXTS)).toEqual(HELD);
    // The block is rewritten: it is dropped and read again, and its LLM must be marked again at once.
    await page.evaluate(() => {
      const courses = document.getElementById('courses');
      if (courses) courses.textContent = 'The LLM course list grew again this year.';
    });
    await page.waitForTimeout(400);
    const samples = (await page.evaluate(STOP_SAMPLING)) as string[][];
    expect(samples.length).toBeGreaterThan(10);
    const gaps = samples.filter((texts) => !HELD.every((text) => texts.includes(text)));
    expect(gaps).toEqual([]);
    expect(await page.evaluate(MARKED_TEXTS)).toEqual(HELD);
    await page.close();
  });

  test('the card of an alias marked on evidence says which terms it was', async () => {
    const page = await openTopicFixture();
    await addEvidence(page);
    await expect.poll(() => page.evaluate(MARKED_TEXTS)).toContain('LLM');
    const point = await pointOf(page, '#courses', 'LLM');
    await page.mouse.move(point.x - 30, point.y + 40);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await expect
      .poll(() => cardText(page), { timeout: 10_000 })
      // The page went on topic with the paragraph that brought ChatGPT and RLHF: until then LLM and Google
      // alone (two ambiguous terms, no evidence) left nothing to mark, and the frame loaded no engine.
      .toMatch(
        /Marked because this page also mentions ChatGPT(?:, Reinforcement learning from human feedback \(RLHF\))?\./,
      );
    await page.close();
  });
});
