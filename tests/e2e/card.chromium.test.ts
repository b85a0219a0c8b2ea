// The term card in Chromium: hover intent, taps, keyboard steps, language, placement, isolation from page CSS, laziness and accessibility.
// The card lives in a closed shadow root: its content is read through CDP (DOM.getDocument with pierce).
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, test } from 'vitest';
import { CLOSE_DELAY_MS } from '../../src/core/hover-intent';
import { type CardView, cardHosts, cdpOf, closedRoots, readCard, waitForCard } from './harness/card';
import { launchChromium, sendToActiveTab } from './harness/chromium';
import { waitForContentScript, waitForMarks } from './harness/content-script';
import { dwellOn, pointOf } from './harness/pointer';
import { storedSettings, writeSettings } from './harness/settings';
import { useChromium, useFixtureServer } from './harness/suite';

const server = useFixtureServer();
const chromium = useChromium();

async function openFixture(path: string, session = chromium): Promise<Page> {
  const page = await session.open(server.url(path));
  await waitForMarks(page);
  return page;
}

const sendToTab = (message: unknown) => sendToActiveTab(chromium, message);
const storedLanguage = async () =>
  ((await storedSettings(chromium)) as { language?: string } | undefined)?.language;

// A test that switches the card's language must not leave it switched for the next one.
beforeEach(async () => {
  await writeSettings(chromium, { language: 'auto' });
});

describe('pointer', () => {
  test('a dwell on a term opens its card with the passage that fits the paragraph (A1 for search engines)', async () => {
    const page = await openFixture('/card-basic.html');
    expect(await cardHosts(page)).toBe(0);
    await dwellOn(page, '#search', 'ChatGPT');
    const card = await waitForCard(page);
    expect(card.label).toBe('AIGC Lens: ChatGPT');
    expect(card.text).toContain('search engine’s ultimate product form');
    expect(card.text).toContain('Q1 · ');
    expect(card.marks).toEqual(['ChatGPT', 'ChatGPT']);
    expect(card.text).toContain('1 of 4');
    // The page sees one element, appended to <html>, and nothing else changed.
    expect(
      await page.evaluate(() => {
        const hosts = document.querySelectorAll('aigc-lens-card');
        return (
          hosts.length === 1 && hosts[0]?.parentElement === document.documentElement && !hosts[0]?.shadowRoot
        );
      }),
    ).toBe(true);
    // Next to the term: the card starts just below (or above) it.
    const term = await pointOf(page, '#search', 'ChatGPT');
    expect(Math.abs(card.box.y - term.y)).toBeLessThan(60);
    await page.close();
  });

  test('the same term opens on a cost passage (A4 or A9) next to “costs” and “GPUs”, and on A2 next to “reward model”', async () => {
    const page = await openFixture('/card-basic.html');
    await dwellOn(page, '#cost', 'ChatGPT');
    const cost = await waitForCard(page);
    expect(cost.label).toBe('AIGC Lens: ChatGPT');
    expect(cost.text).toMatch(/Q4 · |Q9 · /);
    expect(cost.text).toContain('From the article’s passage on');
    await page.mouse.move(5, 5);
    await expect.poll(() => cardHosts(page)).toBe(0);
    await dwellOn(page, '#rlhf', 'RLHF');
    await expect.poll(async () => (await readCard(page))?.label).toContain('RLHF');
    const rlhf = (await readCard(page)) as CardView;
    expect(rlhf.text).toContain('Q2 · ');
    expect(rlhf.text).toContain('reward model');
    expect(rlhf.marks).toEqual(['reinforcement learning from human feedback', 'RLHF']);
    await page.close();
  });

  test('a fast fly-over across terms opens nothing', async () => {
    const page = await openFixture('/card-basic.html');
    const a = await pointOf(page, '#search', 'ChatGPT');
    await page.mouse.move(a.x - 200, a.y);
    // 400 px in 10 moves, one per frame or faster: travelling, not reading.
    await page.mouse.move(a.x + 200, a.y, { steps: 10 });
    await page.mouse.move(a.x + 200, a.y + 300, { steps: 5 });
    await page.waitForTimeout(900);
    expect(await cardHosts(page)).toBe(0);
    await page.close();
  });

  test('moving into the card keeps it; leaving both closes it after the grace period', async () => {
    const page = await openFixture('/card-basic.html');
    await dwellOn(page, '#search', 'ChatGPT');
    const card = await waitForCard(page);
    const inside = { x: card.box.x + card.box.width / 2, y: card.box.y + card.box.height / 2 };
    await page.mouse.move(inside.x, inside.y, { steps: 8 });
    await page.waitForTimeout(800);
    expect(await cardHosts(page)).toBe(1);
    // Away from both: gone, but not before the grace period. Timed in the page, from just before the
    // pointer leaves, so that a slow machine cannot make the card look early.
    const leftAfter = (await page.evaluate(() => {
      const win = window as unknown as { __cardGoneAt?: number };
      new MutationObserver((records, observer) => {
        if (!records.some((r) => [...r.removedNodes].some((n) => n.nodeName === 'AIGC-LENS-CARD'))) return;
        win.__cardGoneAt = performance.now();
        observer.disconnect();
      }).observe(document.documentElement, { childList: true, subtree: true });
      return performance.now();
    })) as number;
    await page.mouse.move(1050, 760, { steps: 3 });
    await expect.poll(() => cardHosts(page), { timeout: 5000 }).toBe(0);
    const goneAt = (await page.evaluate('window.__cardGoneAt')) as number;
    expect(goneAt - leftAfter).toBeGreaterThanOrEqual(CLOSE_DELAY_MS - 20);
    await page.close();
  });

  test('Esc closes a hovered card; clicking a marked link still follows it', async () => {
    const page = await openFixture('/card-basic.html');
    await dwellOn(page, '#search', 'ChatGPT');
    await waitForCard(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardHosts(page)).toBe(0);
    // Resting on the same term does not bring it straight back.
    await page.mouse.move(...(Object.values(await pointOf(page, '#search', 'ChatGPT')) as [number, number]));
    await page.waitForTimeout(700);
    expect(await cardHosts(page)).toBe(0);

    const link = await pointOf(page, '#link', 'Stable Diffusion');
    await page.mouse.click(link.x, link.y);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#linked');
    await page.close();
  });

  test('pin (P) keeps the card after the pointer leaves; a pinned card can be dragged', async () => {
    const page = await openFixture('/card-basic.html');
    await dwellOn(page, '#search', 'ChatGPT');
    await waitForCard(page);
    await page.keyboard.press('p');
    await expect.poll(async () => (await readCard(page))?.buttons.has('Unpin the card (P)')).toBe(true);
    await page.mouse.move(1050, 760, { steps: 3 });
    await page.waitForTimeout(700);
    expect(await cardHosts(page)).toBe(1);
    // Measured now, after the entry animation (a 3 px slide) has ended.
    const card = (await readCard(page)) as CardView;
    // Drag by the header (the label), 120 px right and 200 px down.
    const grab = { x: card.box.x + 40, y: card.box.y + 16 };
    await page.mouse.move(grab.x, grab.y, { steps: 4 });
    await page.mouse.down();
    await page.mouse.move(grab.x + 120, grab.y + 200, { steps: 6 });
    await page.mouse.up();
    const moved = (await readCard(page)) as CardView;
    expect(Math.round(moved.box.x - card.box.x)).toBe(120);
    expect(Math.round(moved.box.y - card.box.y)).toBe(200);
    const close = moved.buttons.get('Close (Esc)');
    if (!close) throw new Error('no close button');
    await page.mouse.click(close.x, close.y);
    await expect.poll(() => cardHosts(page)).toBe(0);
    await page.close();
  });
});

describe('keyboard', () => {
  test('step-term opens the next term in reading order with focus in the card; Esc gives focus back', async () => {
    const page = await openFixture('/card-basic.html');
    await page.bringToFront();
    await page.focus('#before');
    // Reading order: "Microsoft plans to build ChatGPT into its search engine…"
    expect(await sendToTab({ type: 'step-term', direction: 1 })).toEqual({ ok: true, termId: 'microsoft' });
    const first = await waitForCard(page);
    expect(first.label).toBe('AIGC Lens: Microsoft');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('aigc-lens-card');

    expect(await sendToTab({ type: 'step-term', direction: 1 })).toEqual({ ok: true, termId: 'chatgpt' });
    expect(await sendToTab({ type: 'step-term', direction: 1 })).toEqual({
      ok: true,
      termId: 'search-engine',
    });
    expect(await sendToTab({ type: 'step-term', direction: -1 })).toEqual({ ok: true, termId: 'chatgpt' });
    await expect.poll(async () => (await readCard(page))?.label).toBe('AIGC Lens: ChatGPT');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('aigc-lens-card');
    expect(await cardHosts(page)).toBe(1);

    // Tab reaches the card's controls; Esc inside the card closes it and returns focus to the page's button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardHosts(page)).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
    await page.close();
  });

  test('stepping back from the top wraps to the last term, scrolled into view', async () => {
    const page = await openFixture('/card-basic.html');
    await page.bringToFront();
    expect(await sendToTab({ type: 'step-term', direction: -1 })).toEqual({ ok: true, termId: 'nvlink' });
    const card = await waitForCard(page);
    expect(card.label).toBe('AIGC Lens: NVLink');
    const far = await pointOf(page, '#far', 'NVLink');
    expect(far.y).toBeGreaterThan(0);
    expect(far.y).toBeLessThan(800);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    await page.close();
  });

  test('lookup-selection opens the card of the first term in the selection, or says there is none', async () => {
    const page = await openFixture('/card-basic.html');
    await page.bringToFront();
    await page.evaluate(() => {
      const p = document.querySelector('#rlhf')?.firstChild;
      if (!p) throw new Error('no text');
      getSelection()?.setBaseAndExtent(p, 0, p, 20);
    });
    expect(await sendToTab({ type: 'lookup-selection', text: 'With RLHF, people ra' })).toEqual({
      ok: true,
      termId: 'rlhf',
    });
    expect((await waitForCard(page)).label).toContain('RLHF');
    expect(await sendToTab({ type: 'lookup-selection', text: 'nothing here' })).toEqual({ ok: false });
    await expect
      .poll(async () => (await readCard(page))?.text)
      .toContain('The selection contains no AIGC Lens terms.');
    expect(await cardHosts(page)).toBe(1);
    await page.close();
  });
});

describe('language', () => {
  test('the switch changes the card at once and is remembered; the default follows a Chinese page', async () => {
    const page = await openFixture('/card-basic.html');
    await dwellOn(page, '#search', 'ChatGPT');
    const en = await waitForCard(page);
    expect(en.pressedLang).toBe('EN');
    const zh = en.buttons.get('简');
    if (!zh) throw new Error(`no 简 button: ${[...en.buttons.keys()]}`);
    await page.mouse.move(zh.x, zh.y, { steps: 5 });
    await page.mouse.click(zh.x, zh.y);
    await expect.poll(async () => (await readCard(page))?.pressedLang).toBe('简');
    const card = (await readCard(page)) as CardView;
    expect(card.text).toContain('贴合搜索引擎最终产品形态理想');
    expect(card.label).toBe('AIGC 透镜：ChatGPT');
    await expect.poll(storedLanguage).toBe('zh-Hans');

    // Remembered: the next card, on another term, opens in Simplified Chinese.
    await page.mouse.move(1050, 760, { steps: 3 });
    await expect.poll(() => cardHosts(page)).toBe(0);
    await dwellOn(page, '#rlhf', 'RLHF');
    await expect.poll(async () => (await readCard(page))?.pressedLang).toBe('简');
    await page.close();

    // 'auto' follows the page: zh-CN → 简, zh-TW → 繁.
    await writeSettings(chromium, { language: 'auto' });
    const zhPage = await openFixture('/card-zh.html');
    await dwellOn(zhPage, '#search', 'ChatGPT');
    const zhCard = await waitForCard(zhPage);
    expect(zhCard.pressedLang).toBe('简');
    expect(zhCard.text).toContain('搜索引擎');
    await zhPage.close();
    const hantPage = await openFixture('/card-zh-hant.html');
    await dwellOn(hantPage, '#search', 'ChatGPT');
    const hantCard = await waitForCard(hantPage);
    expect(hantCard.pressedLang).toBe('繁');
    expect(hantCard.text).toContain('搜尋引擎');
    await hantPage.close();
  });
});

describe('placement and isolation', () => {
  test('near each edge of the viewport the card stays inside it', async () => {
    const page = await openFixture('/card-edges.html');
    const viewport = page.viewportSize() ?? { width: 1100, height: 800 };
    for (const [id, text] of [
      ['#tl', 'RLHF'],
      ['#tr', 'NVLink'],
      ['#bl', 'GPT-3'],
      ['#br', 'ChatGPT'],
      ['#mid', 'Stable Diffusion'],
    ] as const) {
      await dwellOn(page, id, text);
      const card = await waitForCard(page);
      expect(card.label, id).toContain(text === 'RLHF' ? 'RLHF' : text);
      expect(card.box.x, id).toBeGreaterThanOrEqual(0);
      expect(card.box.y, id).toBeGreaterThanOrEqual(0);
      expect(card.box.x + card.box.width, id).toBeLessThanOrEqual(viewport.width);
      expect(card.box.y + card.box.height, id).toBeLessThanOrEqual(viewport.height);
      // It does not cover its term.
      const term = await pointOf(page, id, text);
      const covers =
        term.x > card.box.x &&
        term.x < card.box.x + card.box.width &&
        term.y > card.box.y &&
        term.y < card.box.y + card.box.height;
      expect(covers, id).toBe(false);
      await page.keyboard.press('Escape');
      await expect.poll(() => cardHosts(page)).toBe(0);
    }
    await page.close();
  });

  test('hostile page CSS does not change the card (pixel-identical to the same card on a plain page)', async () => {
    const shots: Buffer[] = [];
    const sizes: string[] = [];
    for (const path of ['/card-plain-search.html', '/card-hostile.html']) {
      const page = await openFixture(path);
      await dwellOn(page, '#search', 'ChatGPT');
      const card = await waitForCard(page);
      // Leave the pointer where it is (on the term) and wait for the entry animation to end.
      await page.waitForTimeout(400);
      const settled = (await readCard(page)) as CardView;
      sizes.push(`${settled.box.width}x${settled.box.height}`);
      // Inside the rounded corners, so only the card's own pixels are compared.
      const inset = 12;
      shots.push(
        await page.screenshot({
          clip: {
            x: settled.box.x + inset,
            y: settled.box.y + inset,
            width: settled.box.width - 2 * inset,
            height: settled.box.height - 2 * inset,
          },
        }),
      );
      expect(card.label).toBe('AIGC Lens: ChatGPT');
      await page.close();
    }
    expect(sizes[1]).toBe(sizes[0]);
    expect(Buffer.compare(shots[0] as Buffer, shots[1] as Buffer)).toBe(0);
  });

  test('the interaction and card chunks are not fetched until a pointer reaches a term and a card opens', async () => {
    const page = await chromium.context.newPage();
    const cdp = await cdpOf(page);
    const loaded: string[] = [];
    cdp.on('Network.requestWillBeSent', (event: { request: { url: string } }) => {
      if (event.request.url.startsWith('chrome-extension://'))
        loaded.push(new URL(event.request.url).pathname);
    });
    await cdp.send('Network.enable');
    await page.goto(server.url('/card-basic.html'));
    await waitForContentScript(page);
    const isCardChunk = (path: string) => /^\/assets\/card-[^/]+\.js$/.test(path);
    const isInteractionsChunk = (path: string) => /^\/assets\/interactions-[^/]+\.js$/.test(path);
    // Pointer over plain text only, then wait well past the dwell time.
    const filler = await pointOf(page, '#filler', 'paragraph');
    await page.mouse.move(filler.x, filler.y, { steps: 5 });
    await page.waitForTimeout(800);
    // The eager content script is one classic script, injected without a fetch; the lazy chunks are
    // fetched, and seen below once a card opens, so seeing none here means none was loaded.
    expect(loaded.filter(isInteractionsChunk)).toEqual([]);
    expect(loaded.filter(isCardChunk)).toEqual([]);
    expect(await cardHosts(page)).toBe(0);
    // The first rest on a term loads the interactions, which still open the card for that same rest.
    await dwellOn(page, '#search', 'ChatGPT');
    await waitForCard(page);
    expect(loaded.filter(isInteractionsChunk)).toHaveLength(1);
    expect(loaded.filter(isCardChunk)).toHaveLength(1);
    await page.close();
  });
});

describe('accessibility', () => {
  /**
   * axe cannot see into a closed shadow root. The test (not the product) lends it the root: CDP resolves
   * the closed root in the page's world, and the host gets a `shadowRoot` getter there, so axe's tree
   * walker reads the real card, styles and all, where it is.
   */
  async function axeOnCard(page: Page) {
    const cdp = await cdpOf(page);
    const shadowId = (await closedRoots(page, 'aigc-lens-card')).at(-1)?.nodeId;
    if (!shadowId) throw new Error('no card');
    const { object: shadowObject } = (await cdp.send('DOM.resolveNode', { nodeId: shadowId })) as {
      object: { objectId: string };
    };
    await cdp.send('Runtime.callFunctionOn', {
      objectId: shadowObject.objectId,
      functionDeclaration:
        'function () { const root = this; Object.defineProperty(root.host, "shadowRoot", { get: () => root }); }',
    });
    // axe hit-tests backgrounds with elementsFromPoint, which stops at a closed root's host, so it can only
    // call colour contrast "incomplete" here; the ratio is measured directly instead (WCAG 2 formula).
    const contrast = (await cdp.send('Runtime.callFunctionOn', {
      objectId: shadowObject.objectId,
      returnByValue: true,
      functionDeclaration: `function () {
        const parse = (c) => {
          const m = c.match(/rgba?\\(([^)]+)\\)/);
          if (!m) return { r: 0, g: 0, b: 0, a: 0 };
          const [r, g, b, a = 1] = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
          return { r, g, b, a };
        };
        const over = (top, under) => ({
          r: top.r * top.a + under.r * (1 - top.a),
          g: top.g * top.a + under.g * (1 - top.a),
          b: top.b * top.a + under.b * (1 - top.a),
          a: 1,
        });
        const lum = ({ r, g, b }) => {
          const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
          return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
        };
        const background = (el) => {
          const layers = [];
          for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
            const c = parse(getComputedStyle(e).backgroundColor);
            if (c.a > 0) layers.push(c);
            if (c.a >= 1) break;
          }
          return layers.reverse().reduce((under, top) => over(top, under), { r: 255, g: 255, b: 255, a: 1 });
        };
        const out = [];
        let checked = 0;
        const walker = document.createTreeWalker(this, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement;
          if (!node.nodeValue.trim() || !el || el.closest('.visually-hidden, style')) continue;
          const style = getComputedStyle(el);
          const bg = background(el);
          const fg = over(parse(style.color), bg);
          const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
          const ratio = (hi + 0.05) / (lo + 0.05);
          const size = parseFloat(style.fontSize);
          const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
          checked++;
          if (ratio < (large ? 3 : 4.5)) out.push(node.nodeValue.trim().slice(0, 30) + ' ' + ratio.toFixed(2));
        }
        return { failures: out, checked };
      }`,
    })) as { result: { value: { failures: string[]; checked: number } } };
    expect(contrast.result.value.checked).toBeGreaterThan(10);
    expect(contrast.result.value.failures).toEqual([]);
    await page.evaluate(axe.source);
    return (await page.evaluate(async () => {
      const result = await (
        window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> } }
      ).axe.run(
        { include: [['aigc-lens-card']] },
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } },
      );
      return result.violations.map((v) => {
        const violation = v as { id: string; nodes: { target: unknown }[] };
        return `${violation.id}: ${JSON.stringify(violation.nodes.map((n) => n.target))}`;
      });
    })) as string[];
  }

  test.each(['light', 'dark'] as const)(
    'axe-core finds no violation, and every text meets WCAG AA contrast (%s theme)',
    async (scheme) => {
      const page = await openFixture('/card-basic.html');
      await page.emulateMedia({ colorScheme: scheme });
      await dwellOn(page, '#search', 'ChatGPT');
      await waitForCard(page);
      await page.waitForTimeout(300);
      const violations = await axeOnCard(page);
      expect(violations).toEqual([]);
      // Sanity: axe really looked inside (a card without its label would be a violation).
      const checked = (await page.evaluate(async () => {
        const result = await (
          window as unknown as { axe: { run: (c: unknown) => Promise<{ passes: { nodes: unknown[] }[] }> } }
        ).axe.run({ include: [['aigc-lens-card']] });
        return result.passes.reduce((n, p) => n + p.nodes.length, 0);
      })) as number;
      expect(checked).toBeGreaterThan(10);
      await page.close();
    },
  );

  test('the card is a labelled dialog in the accessibility tree, with its passage readable', async () => {
    const page = await openFixture('/card-basic.html');
    await dwellOn(page, '#search', 'ChatGPT');
    await waitForCard(page);
    const { nodes } = (await (await cdpOf(page)).send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[];
    };
    const dialog = nodes.find((n) => n.role?.value === 'dialog');
    expect(dialog?.name?.value).toBe('AIGC Lens: ChatGPT');
    const texts = nodes.filter((n) => !n.ignored && n.role?.value === 'StaticText').map((n) => n.name?.value);
    expect(texts.join(' ')).toContain('search engine’s ultimate product form');
    await page.close();
    expect(chromium.errors).toEqual([]);
  });
});

describe('touch', () => {
  test('a tap on a term opens its card; a tap elsewhere closes it', async () => {
    const touch = await launchChromium({ hasTouch: true });
    try {
      const page = await openFixture('/card-basic.html', touch);
      const term = await pointOf(page, '#rlhf', 'RLHF');
      await page.touchscreen.tap(term.x, term.y);
      const card = await waitForCard(page);
      expect(card.label).toContain('RLHF');
      // The card stays while nothing else happens (no hover needed to keep it).
      await page.waitForTimeout(700);
      expect(await cardHosts(page)).toBe(1);
      const filler = await pointOf(page, '#filler', 'paragraph');
      await page.touchscreen.tap(filler.x, filler.y);
      await expect.poll(() => cardHosts(page)).toBe(0);
      expect(touch.errors).toEqual([]);
    } finally {
      await touch.close();
    }
  });
});
