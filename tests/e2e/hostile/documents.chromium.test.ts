// How a document is built, in Chromium: XHTML, a document replaced by document.open(), terms in the top
// layer, ruby and <wbr>, content revealed by an attribute, foreignObject, plain text, designMode and
// synthetic events (pages in documents.ts). Terms found as a reader would see them, the card opens and
// shows, the page's DOM untouched, nothing thrown in any world, no request leaves 127.0.0.1.
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { readCard, waitForCard } from '../harness/card';
import { watchErrors } from '../harness/chromium';
import { waitForContentScript } from '../harness/content-script';
import { useChromium, useFixtureServer } from '../harness/suite';
import {
  CARD_AREA,
  CARD_HOSTS,
  DESIGN_MODE,
  FOREIGN_OBJECT,
  MIN_CARD_AREA,
  PLAIN_TEXT,
  PLAIN_TEXT_MARKS,
  POPOVER,
  PROSE,
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
import {
  dwellOn,
  FOREIGN_MUTATIONS,
  marked,
  pointOf,
  RECORD_MUTATIONS,
  watchAllWorlds,
  watchNetwork,
} from './support';

const server = useFixtureServer();
const chromium = useChromium();
const foreignRequests: string[] = [];
/** Errors from every world of the pages opened here, the content script's included. */
const errors: string[] = [];

async function open(path: string, recordMutations = true): Promise<Page> {
  const page = await chromium.context.newPage();
  watchErrors(page, errors);
  await watchAllWorlds(page, errors);
  if (recordMutations) await page.addInitScript(RECORD_MUTATIONS);
  await page.goto(server.url(path));
  await waitForContentScript(page);
  return page;
}

async function expectUntouched(page: Page): Promise<void> {
  expect(await page.evaluate(FOREIGN_MUTATIONS)).toEqual([]);
  expect(errors).toEqual([]);
}

const cardArea = (page: Page) => page.evaluate(CARD_AREA) as Promise<number>;

beforeAll(() => {
  server.route('/xhtml.xhtml', XHTML, { 'content-type': XHTML_TYPE });
  server.route('/replaced.html', REPLACED);
  server.route('/top-layer.html', TOP_LAYER);
  server.route('/popover.html', POPOVER);
  server.route('/ruby-wbr.html', RUBY_WBR);
  server.route('/revealed.html', REVEALED);
  server.route('/foreign-object.html', FOREIGN_OBJECT);
  server.route('/plain.txt', PLAIN_TEXT, { 'content-type': 'text/plain; charset=utf-8' });
  server.route('/design-mode.html', DESIGN_MODE);
  server.route('/synthetic.html', SYNTHETIC_EVENTS);
  watchNetwork(chromium.context, foreignRequests);
});
afterEach(() => {
  errors.length = 0;
});

describe('documents built in unusual ways', () => {
  test('XHTML (application/xhtml+xml): terms split by inline elements found, nothing in pre, code, textarea, script or style marked; the card opens', async () => {
    const page = await open('/xhtml.xhtml');
    expect(await page.evaluate('document.contentType')).toBe('application/xhtml+xml');
    await expect.poll(() => marked(page)).toEqual(XHTML_MARKS);
    await dwellOn(page, '#prose', 'GPT');
    await waitForCard(page, 'AIGC Lens: ChatGPT');
    await expectUntouched(page);
    await page.close();
  });

  test('a document replaced by document.open()/write(): the new text is marked and a card opens on it', async () => {
    const page = await open('/replaced.html');
    await expect.poll(() => marked(page)).toEqual([]);
    await page.evaluate('window.__replace()');
    await expect.poll(() => marked(page)).toEqual(PROSE_MARKS);
    await dwellOn(page, '#prose', 'ChatGPT');
    await waitForCard(page, 'AIGC Lens: ChatGPT');
    await expectUntouched(page);
    await page.close();
  });

  test.each([
    ['a modal dialog that clips and moves its content', '/top-layer.html', '#in-modal', 'ChatGPT'],
    ['a light-dismiss popover', '/popover.html', '#in-popover', 'ChatGPT'],
  ])(
    'a term in %s: the card joins the top layer, shows whole and is not covered',
    async (_name, path, selector, term) => {
      const page = await open(path);
      await expect.poll(async () => (await marked(page)).includes(term)).toBe(true);
      await dwellOn(page, selector, term);
      const card = await waitForCard(page, `AIGC Lens: ${term}`);
      const area = await cardArea(page);
      // What the page hits over the card is the card: its visible area is about its whole box.
      expect(area).toBeGreaterThan(MIN_CARD_AREA);
      expect(area).toBeGreaterThan(card.box.width * card.box.height * 0.8);
      // The page's popover is still open: a card inside it does not light-dismiss it.
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
    await expect.poll(() => readCard(page).then((card) => card !== null)).toBe(true);
    await page.mouse.move(1000, 700);
    await expect.poll(() => readCard(page)).toBeNull();
    await dwellOn(page, '#wbr', 'GPT');
    await waitForCard(page, 'AIGC Lens: ChatGPT');
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
    const page = await open('/plain.txt', false);
    await expect.poll(() => marked(page)).toEqual(PLAIN_TEXT_MARKS);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a designMode document is treated as an editor: nothing marked, no card', async () => {
    const page = await open('/design-mode.html');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await marked(page)).toEqual([]);
    await dwellOn(page, '#prose', 'ChatGPT');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await readCard(page)).toBeNull();
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
    expect(await page.evaluate(CARD_HOSTS)).toBe(0);
    await expectUntouched(page);
    await page.close();
  });
});

describe('print', () => {
  test('marks show on screen but are not printed', async () => {
    server.route(
      '/print.html',
      `<!doctype html><html lang="en"><body><p id="prose" style="font: 32px serif">${PROSE}</p></body></html>`,
    );
    const page = await open('/print.html');
    await expect.poll(() => marked(page)).toEqual(PROSE_MARKS);
    const point = await pointOf(page, '#prose', 'ChatGPT');
    const clip = { x: point.x - 70, y: point.y - 25, width: 140, height: 50 };
    // The term with our highlights, then with the registry the page shares cleared. The watchdog puts
    // them back within a second: a pair whose second shot came after that is taken again.
    const withAndWithout = async () => {
      for (let attempt = 0; attempt < 5; attempt++) {
        await expect.poll(() => marked(page).then((texts) => texts.length)).toBe(3);
        const marks = await page.screenshot({ clip });
        await page.evaluate('CSS.highlights.clear()');
        const none = await page.screenshot({ clip });
        if (await page.evaluate('CSS.highlights.size > 0')) continue;
        return Buffer.compare(marks, none) === 0 ? 'same' : 'differ';
      }
      throw new Error('the watchdog restored the marks before every second screenshot');
    };
    expect(await withAndWithout()).toBe('differ');
    await page.emulateMedia({ media: 'print' });
    expect(await withAndWithout()).toBe('same');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('privacy', () => {
  test('no request left 127.0.0.1 or the extension during this file', () => {
    expect(foreignRequests).toEqual([]);
  });
});
