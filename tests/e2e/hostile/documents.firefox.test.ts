// How a document is built, in Firefox ESR: the pages of documents.ts, as in documents.chromium.test.ts.
// The card's shadow root is closed and there is no CDP here: a card is its host element, and what the
// page hits over it (CARD_AREA). The mutation recorder is the page's own first script (no init scripts).
import type { Page } from 'puppeteer-core';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { waitForContentScript } from '../harness/content-script';
import { pointOf } from '../harness/pointer';
import { useFirefox, useFixtureServer } from '../harness/suite';
import {
  CARD_AREA,
  CARD_HOSTS,
  DESIGN_MODE,
  FOREIGN_OBJECT,
  MIN_CARD_AREA,
  PLAIN_TEXT,
  PLAIN_TEXT_MARKS,
  POPOVER,
  PROSE_MARKS,
  REPLACED,
  REVEALED,
  REVEALED_MARKS,
  RUBY_WBR,
  RUBY_WBR_MARKS,
  SYNTHETIC_EVENTS,
  TOP_LAYER,
  XHTML,
  XHTML_MARKS,
  XHTML_TYPE,
} from './documents';
import { dwellOn, FOREIGN_MUTATIONS, marked, RECORD_MUTATIONS, watchPageNetwork } from './support';

const server = useFixtureServer();
const firefox = useFirefox();
const foreignRequests: string[] = [];

/** The page with the mutation recorder as its first script. */
const recorded = (page: string) => page.replace('<head>', `<head><script>${RECORD_MUTATIONS}</script>`);

async function open(path: string): Promise<Page> {
  const page = await firefox.open(server.url(path));
  watchPageNetwork(page, foreignRequests);
  await waitForContentScript(page);
  return page;
}

const hosts = (page: Page) => page.evaluate(CARD_HOSTS) as Promise<number>;
const cardArea = (page: Page) => page.evaluate(CARD_AREA) as Promise<number>;

async function expectUntouched(page: Page, recorder = true): Promise<void> {
  if (recorder) expect(await page.evaluate(FOREIGN_MUTATIONS)).toEqual([]);
  expect(firefox.errors).toEqual([]);
}

beforeAll(() => {
  server.route('/xhtml.xhtml', recorded(XHTML), { 'content-type': XHTML_TYPE });
  server.route('/replaced.html', recorded(REPLACED));
  server.route('/top-layer.html', recorded(TOP_LAYER));
  server.route('/popover.html', recorded(POPOVER));
  server.route('/ruby-wbr.html', recorded(RUBY_WBR));
  server.route('/revealed.html', recorded(REVEALED));
  server.route('/foreign-object.html', recorded(FOREIGN_OBJECT));
  server.route('/plain.txt', PLAIN_TEXT, { 'content-type': 'text/plain; charset=utf-8' });
  server.route('/design-mode.html', recorded(DESIGN_MODE));
  server.route('/synthetic.html', recorded(SYNTHETIC_EVENTS));
});
afterEach(() => {
  firefox.errors.length = 0;
});

describe('Firefox: documents built in unusual ways', () => {
  test('XHTML (application/xhtml+xml): terms split by inline elements found, nothing in pre, code, textarea, script or style marked; the card opens', async () => {
    const page = await open('/xhtml.xhtml');
    expect(await page.evaluate('document.contentType')).toBe('application/xhtml+xml');
    await expect.poll(() => marked(page)).toEqual(XHTML_MARKS);
    await dwellOn(page, '#prose', 'GPT');
    await expect.poll(() => hosts(page)).toBe(1);
    await expect.poll(() => cardArea(page)).toBeGreaterThan(MIN_CARD_AREA);
    await expectUntouched(page);
    await page.close();
  });

  test('a document replaced by document.open()/write(): the new text is marked and a card opens on it', async () => {
    const page = await open('/replaced.html');
    await expect.poll(() => marked(page)).toEqual([]);
    await page.evaluate('window.__replace()');
    await expect.poll(() => marked(page)).toEqual(PROSE_MARKS);
    await dwellOn(page, '#prose', 'ChatGPT');
    await expect.poll(() => hosts(page)).toBe(1);
    await expectUntouched(page);
    await page.close();
  });

  test.each([
    ['a modal dialog that clips and moves its content', '/top-layer.html', '#in-modal'],
    ['a light-dismiss popover', '/popover.html', '#in-popover'],
  ])(
    'a term in %s: the card joins the top layer, shows whole and is not covered',
    async (_name, path, selector) => {
      const page = await open(path);
      await expect.poll(async () => (await marked(page)).includes('ChatGPT')).toBe(true);
      await dwellOn(page, selector, 'ChatGPT');
      await expect.poll(() => hosts(page)).toBe(1);
      await expect.poll(() => cardArea(page)).toBeGreaterThan(MIN_CARD_AREA);
      if (path === '/popover.html')
        expect(await page.evaluate(`document.getElementById('pop').matches(':popover-open')`)).toBe(true);
      await expectUntouched(page);
      await page.close();
    },
  );

  test('ruby with pinyin on every character and <wbr> inside terms: marked as read; a card opens from a middle character', async () => {
    const page = await open('/ruby-wbr.html');
    await expect.poll(() => marked(page)).toEqual(RUBY_WBR_MARKS);
    await dwellOn(page, '#ruby', '言');
    await expect.poll(() => hosts(page)).toBe(1);
    await expectUntouched(page);
    await page.close();
  });

  test('text revealed by removing hidden and hidden="until-found" is marked; text hidden later loses its marks', async () => {
    const page = await open('/revealed.html');
    await expect.poll(() => marked(page)).toEqual(PROSE_MARKS);
    await page.evaluate('window.__reveal()');
    await expect.poll(() => marked(page)).toEqual(REVEALED_MARKS);
    await page.evaluate('window.__hide()');
    await expect.poll(() => marked(page)).toEqual(['H100', 'Stable Diffusion']);
    await expectUntouched(page);
    await page.close();
  });

  test('HTML in an SVG foreignObject is marked; SVG text is not', async () => {
    const page = await open('/foreign-object.html');
    await expect.poll(() => marked(page)).toEqual(['ChatGPT']);
    await expectUntouched(page);
    await page.close();
  });

  test('a plain-text document is marked', async () => {
    const page = await open('/plain.txt');
    await expect.poll(() => marked(page)).toEqual(PLAIN_TEXT_MARKS);
    await expectUntouched(page, false);
    await page.close();
  });

  test('a designMode document is treated as an editor: nothing marked, no card', async () => {
    const page = await open('/design-mode.html');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await marked(page)).toEqual([]);
    await dwellOn(page, '#prose', 'ChatGPT');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await hosts(page)).toBe(0);
    await expectUntouched(page);
    await page.close();
  });

  test("a page's synthetic mouse, pointer and tap events do not open a card", async () => {
    const page = await open('/synthetic.html');
    await expect.poll(() => marked(page)).toEqual(PROSE_MARKS);
    const point = await pointOf(page, '#prose', 'ChatGPT');
    expect(await page.evaluate(`window.__fakeDwell(${point.x}, ${point.y})`)).toBe(30);
    expect(await page.evaluate('window.__fakeEvents')).toBe(30);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await hosts(page)).toBe(0);
    await expectUntouched(page);
    await page.close();
  });

  test('no request left 127.0.0.1 or the extension during this file', () => {
    expect(foreignRequests).toEqual([]);
  });
});
