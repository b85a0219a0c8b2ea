// Hostile pages in Chromium: strict CSP, aggressive CSS, a page that fights our globals and the highlight
// registry, editors, frames, web components and odd documents, fullscreen and scrolling containers. For
// each: terms found where the page allows it, no error, the page's DOM and its own checks untouched.
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { readCard, waitForCard } from '../harness/card';
import { watchErrors } from '../harness/chromium';
import { waitForContentScript } from '../harness/content-script';
import { MARKED_TEXTS } from '../harness/page-checks';
import { useChromium, useFixtureServer } from '../harness/suite';
import {
  dwellOn,
  FOREIGN_MUTATIONS,
  FRAME_CHURN_CHILD,
  FRAME_CHURN_COUNT,
  frameChurnPage,
  html,
  marked,
  pointOf,
  RECORD_MUTATIONS,
  watchAllWorlds,
  watchNetwork,
} from './support';

const server = useFixtureServer();
const other = useFixtureServer();
const chromium = useChromium();
const foreignRequests: string[] = [];

const PROSE = 'ChatGPT was tuned with RLHF and a reward model.';
const PROSE_MARKS = ['ChatGPT', 'RLHF', 'reward model'];

async function open(path: string, recordMutations = true): Promise<Page> {
  const page = await chromium.context.newPage();
  watchErrors(page, chromium.errors);
  if (recordMutations) await page.addInitScript(RECORD_MUTATIONS);
  await page.goto(server.url(path));
  await waitForContentScript(page);
  return page;
}

/** The page's DOM shows no change but the card host, and nothing went wrong anywhere. */
async function expectUntouched(page: Page): Promise<void> {
  expect(await page.evaluate(FOREIGN_MUTATIONS)).toEqual([]);
  expect(chromium.errors).toEqual([]);
}

beforeAll(() => {
  watchNetwork(chromium.context, foreignRequests);
});
afterEach(() => {
  chromium.errors.length = 0;
});

describe('1. strict Content-Security-Policy', () => {
  const selfCheck = `
    document.addEventListener('DOMContentLoaded', () => { window.__nodes = document.getElementsByTagName('*').length; });
    window.__check = () => document.getElementsByTagName('*').length === window.__nodes;`;
  const hash = `'sha256-${createHash('sha256').update(selfCheck).digest('base64')}'`;
  const pages: [string, string, string][] = [
    ["default-src 'none' (no scripts at all)", "default-src 'none'", ''],
    [
      "default-src 'none'; style-src 'none'; script-src with a nonce",
      "default-src 'none'; style-src 'none'; script-src 'nonce-h0st1le'",
      `<script nonce="h0st1le">${selfCheck}</script>`,
    ],
    [
      "default-src 'none'; style-src 'unsafe-inline'; script-src with a hash",
      `default-src 'none'; style-src 'unsafe-inline'; script-src ${hash}`,
      `<style>p { font: 18px serif }</style><script>${selfCheck}</script>`,
    ],
  ];

  test.each(pages)('%s: terms marked, a card opens, no violation', async (_name, csp, head) => {
    const path = `/csp-${createHash('md5').update(csp).digest('hex')}.html`;
    server.route(path, html(`<main><p id="prose">${PROSE}</p></main>`, head), {
      'content-security-policy': csp,
    });
    const page = await open(path);
    await expect.poll(() => marked(page)).toEqual(PROSE_MARKS);
    await dwellOn(page, '#prose', 'ChatGPT');
    await waitForCard(page, 'AIGC Lens: ChatGPT');
    if (head.includes('__check')) expect(await page.evaluate('window.__check()')).toBe(false); // the host is there
    await page.mouse.move(1000, 700);
    await expect.poll(() => readCard(page)).toBeNull();
    if (head.includes('__check')) expect(await page.evaluate('window.__check()')).toBe(true);
    await expectUntouched(page);
    await page.close();
  });
});

describe('3. aggressive page CSS', () => {
  const head = `<style>
    * { all: unset !important }
    html, body, main, p, div, section { display: block !important }
    head, style, title { display: none !important }
    p { font-size: 64px !important; line-height: 1.1 !important; margin: 8px !important }
    ::highlight(aigc-lens-dotted-model) { color: red !important; background-color: lime !important }
    ::highlight(aigc-lens-dotted-technique) { text-decoration: none !important }
    #tilt { transform: rotate(4deg) scale(1.15) translateX(20px) !important; transform-origin: 0 0 !important }
    #war { position: fixed !important; left: 0 !important; right: 0 !important; top: 40% !important;
           bottom: 0 !important; z-index: 2147483647 !important; background: rgba(255, 0, 0, 0.2) !important }
  </style>`;
  const body = `<main><section id="tilt"><p id="prose">${PROSE}</p></section></main><div id="war"></div>`;

  test('terms still marked under all:unset, huge fonts and ::highlight rules of its own; the card opens on a transformed ancestor and wins the z-index war', async () => {
    server.route('/aggressive.html', html(body, head));
    const page = await open('/aggressive.html');
    await expect.poll(() => marked(page)).toEqual(PROSE_MARKS);
    await dwellOn(page, '#prose', 'ChatGPT');
    const card = await waitForCard(page, 'AIGC Lens: ChatGPT');
    expect(card.box.width).toBeGreaterThan(200);
    // The card reaches into the page's max-z-index overlay, and is on top there.
    const probeY = card.box.y + card.box.height - 6;
    expect(probeY).toBeGreaterThan(0.4 * 800);
    expect(
      await page.evaluate(
        ([x, y]) => document.elementFromPoint(x as number, y as number)?.localName,
        [card.box.x + card.box.width / 2, probeY],
      ),
    ).toBe('aigc-lens-card');
    await expectUntouched(page);
    await page.close();
  });
});

describe('4. a page that fights our globals, the highlight registry and the DOM APIs in its own world', () => {
  const script = `<script>
    window.__pageLog = { listeners: 0, cardConstructed: 0 };
    const realAdd = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (...args) { window.__pageLog.listeners++; return realAdd.apply(this, args); };
    EventTarget.prototype.removeEventListener = function () { throw new Error('page: removeEventListener is forbidden'); };
    const realAttachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function () { throw new Error('page: attachShadow is forbidden'); };
    window.MutationObserver = function () { throw new Error('page: MutationObserver is forbidden'); };
    window.Highlight = function () { throw new Error('page: Highlight is forbidden'); };
    HighlightRegistry.prototype.set = function () { throw new Error('page: highlights.set is forbidden'); };
    Document.prototype.createElement = function () { throw new Error('page: createElement is forbidden'); };
    window.aigcLens = 'page'; window.AIGCLens = { hijacked: true }; window.__aigcLens = 1;
    window.browser = { runtime: { id: 'fake', sendMessage() { throw new Error('page: fake runtime'); } } };
    window.performance.mark = function () { throw new Error('page: performance.mark is forbidden'); };
    // A custom element with our host's tag name, registered first, that takes the shadow root for itself.
    customElements.define('aigc-lens-card', class extends HTMLElement {
      constructor() { super(); window.__pageLog.cardConstructed++; realAttachShadow.call(this, { mode: 'open' }); }
    });
    const clearEvery = () => { CSS.highlights.clear(); window.__cleared = (window.__cleared || 0) + 1; };
    window.__timer = setInterval(clearEvery, 400);
    window.__stopClearing = () => clearInterval(window.__timer);
    document.addEventListener('click', () => { window.__clicks = (window.__clicks || 0) + 1; });
    window.__check = () => window.__pageLog.listeners === 1 &&
      typeof window.MutationObserver === 'function' && window.aigcLens === 'page' && window.__aigcLens === 1 &&
      window.AIGCLens.hijacked === true && window.browser.runtime.id === 'fake';
  </script>`;

  test('marks come back after the page clears CSS.highlights with no DOM change; its overrides do not reach us', async () => {
    server.route('/fights.html', html(`<main><p id="prose">${PROSE}</p></main>`, script));
    const page = await open('/fights.html');
    await expect.poll(() => marked(page)).toEqual(PROSE_MARKS);
    // The page clears the registry every 400 ms; our watchdog puts our highlights back within a second.
    await expect.poll(() => page.evaluate('window.__cleared >= 3'), { timeout: 5000 }).toBe(true);
    await page.evaluate('window.__stopClearing(); CSS.highlights.clear()');
    expect(await marked(page)).toEqual([]);
    await expect.poll(() => marked(page), { timeout: 3000 }).toEqual(PROSE_MARKS);
    // The card still opens: attachShadow, createElement, addEventListener overrides live in the page's world.
    await dwellOn(page, '#prose', 'ChatGPT');
    await waitForCard(page, 'AIGC Lens: ChatGPT');
    // Chrome built our first host with the page's definition; the card moved to a name the page cannot know.
    expect(await page.evaluate('window.__pageLog.cardConstructed')).toBe(1);
    expect(await page.evaluate(() => document.querySelectorAll('aigc-lens-card').length)).toBe(0);
    await page.click('#prose');
    expect(await page.evaluate('window.__clicks')).toBe(1);
    expect(await page.evaluate('window.__check()')).toBe(true);
    await expectUntouched(page);
    await page.close();
  });

  test("a page's postMessage, CustomEvents and storage events named like ours change nothing", async () => {
    server.route('/messages.html', html(`<main><p id="prose">${PROSE}</p></main>`));
    const page = await open('/messages.html');
    await expect.poll(() => marked(page)).toEqual(PROSE_MARKS);
    const reach = await page.evaluate(() => {
      const messages = [
        { type: 'reveal-term', termId: 'chatgpt' },
        { type: 'step-term', direction: 1 },
        { type: 'lookup-selection', text: 'RLHF' },
        { type: 'page-terms' },
        { type: 'open-reader' },
        { settings: { version: 1, enabled: false } },
      ];
      for (const message of messages) {
        window.postMessage(message, '*');
        window.top?.postMessage(JSON.stringify(message), '*');
        for (const name of [
          'aigc-lens',
          'aigc-lens:message',
          'aigc-lens:reveal',
          message.type ?? 'settings',
        ]) {
          document.dispatchEvent(new CustomEvent(name, { detail: message, bubbles: true }));
          window.dispatchEvent(new CustomEvent(name, { detail: message }));
        }
      }
      window.dispatchEvent(new StorageEvent('storage', { key: 'settings', newValue: '{"enabled":false}' }));
      localStorage.setItem('settings', JSON.stringify({ version: 1, enabled: false }));
      // Without externally_connectable the page has no way to message the extension at all.
      const w = window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } };
      return typeof w.chrome?.runtime?.sendMessage;
    });
    expect(reach).toBe('undefined');
    await page.waitForTimeout(600);
    expect(await marked(page)).toEqual(PROSE_MARKS);
    expect(await page.evaluate(`CSS.highlights.has('aigc-lens-flash')`)).toBe(false);
    expect(await page.evaluate(() => document.querySelectorAll('aigc-lens-card').length)).toBe(0);
    await page.evaluate(() => localStorage.clear());
    await expectUntouched(page);
    await page.close();
  });
});

describe('6. editors', () => {
  const body = `<main>
    <p id="prose">${PROSE}</p>
    <textarea id="ta">ChatGPT in a textarea</textarea>
    <input id="in" value="RLHF in an input">
    <div id="plain" contenteditable="true">ChatGPT in a plain contenteditable</div>
    <div id="rich" class="ProseMirror" contenteditable="true" role="textbox" aria-multiline="true">
      <p>Stable Diffusion <strong>in a</strong> rich <em>editor</em></p><ul><li><p>RLHF in a list</p></li></ul>
    </div></main>`;
  const script = `<script>
    window.__inputs = 0;
    document.addEventListener('input', () => window.__inputs++);
  </script>`;

  test('typing in textarea, input, plain and rich contenteditable is unaffected, and nothing inside is marked', async () => {
    server.route('/editors.html', html(body, script));
    const page = await open('/editors.html', false);
    await expect.poll(() => marked(page)).toEqual(PROSE_MARKS);
    await page.click('#ta');
    await page.keyboard.press('End');
    await page.keyboard.type(' and H100');
    await page.click('#in');
    await page.keyboard.press('End');
    await page.keyboard.type(' and LLM');
    await page.click('#plain');
    await page.keyboard.press('End');
    await page.keyboard.type(' and NVLink');
    await page.click('#rich li p');
    await page.keyboard.press('End');
    await page.keyboard.type(' and ChatGPT');
    await page.keyboard.press('Enter');
    await page.keyboard.type('RAG line');
    expect(await page.inputValue('#ta')).toBe('ChatGPT in a textarea and H100');
    expect(await page.inputValue('#in')).toBe('RLHF in an input and LLM');
    expect(await page.textContent('#plain')).toBe('ChatGPT in a plain contenteditable and NVLink');
    expect(await page.evaluate(() => document.querySelector('#rich ul')?.textContent)).toBe(
      'RLHF in a list and ChatGPTRAG line',
    );
    const typed =
      ' and H100'.length + ' and LLM'.length + ' and NVLink'.length + ' and ChatGPT'.length + 1 + 8;
    expect(await page.evaluate('window.__inputs')).toBe(typed);
    await page.waitForTimeout(300);
    expect(await marked(page)).toEqual(PROSE_MARKS);
    // A card over an editor's text never opens; the caret stays where the user put it.
    await dwellOn(page, '#plain', 'ChatGPT');
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => document.querySelectorAll('aigc-lens-card').length)).toBe(0);
    expect(chromium.errors).toEqual([]);
    await page.close();
  });
});

describe('7. frames', () => {
  const inner = (what: string) => html(`<p id="inner">RLHF in ${what}</p>`);

  test('same-origin, cross-origin, sandboxed, srcdoc and about:blank frames each mark their own text; data: frames are out of reach', async () => {
    server.route('/frame-same.html', inner('a same-origin frame'));
    server.route('/frame-sandboxed.html', inner('a sandboxed frame'));
    other.route('/frame-cross.html', inner('a cross-origin frame'));
    const body = `<main><p id="prose">${PROSE}</p>
      <iframe id="same" src="/frame-same.html" width="440" height="260"></iframe>
      <iframe id="cross" src="${other.url('/frame-cross.html')}" width="440" height="260"></iframe>
      <iframe id="sandboxed" sandbox="" src="/frame-sandboxed.html"></iframe>
      <iframe id="sandboxed-scripts" sandbox="allow-scripts" src="/frame-sandboxed.html"></iframe>
      <iframe id="srcdoc" srcdoc="<p>InstructGPT in a srcdoc frame</p>"></iframe>
      <iframe id="blank"></iframe>
      <iframe id="data" src="data:text/html,<p>NVLink in a data frame</p>"></iframe></main>`;
    const script = `<script>
      window.addEventListener('load', () => {
        const doc = document.getElementById('blank').contentDocument;
        const p = doc.createElement('p'); p.textContent = 'Stable Diffusion in about:blank';
        doc.body.append(p);
      });
    </script>`;
    server.route('/frames.html', html(body, script));
    const page = await open('/frames.html', false);
    await page.waitForLoadState('load');
    await expect.poll(() => marked(page)).toEqual(PROSE_MARKS);
    const frameBy = async (id: string) => {
      const handle = await page.$(`#${id}`);
      const frame = await handle?.contentFrame();
      if (!frame) throw new Error(`no frame #${id}`);
      return frame;
    };
    const framesMarks = async (id: string) => (await frameBy(id)).evaluate(MARKED_TEXTS) as Promise<string[]>;
    await expect.poll(() => framesMarks('same')).toEqual(['RLHF']);
    await expect.poll(() => framesMarks('cross')).toEqual(['RLHF']);
    await expect.poll(() => framesMarks('sandboxed')).toEqual(['RLHF']);
    await expect.poll(() => framesMarks('sandboxed-scripts')).toEqual(['RLHF']);
    await expect.poll(() => framesMarks('srcdoc')).toEqual(['InstructGPT']);
    await expect.poll(() => framesMarks('blank')).toEqual(['Stable Diffusion']);
    // Chrome injects no content script into data: documents (opaque origin, no match_origin_as_fallback).
    await page.waitForTimeout(500);
    expect(await framesMarks('data')).toEqual([]);
    // Hover inside a cross-origin, then a same-origin frame: each frame's own content script opens a card
    // inside that frame, and the first closes when the pointer leaves its frame. (Both frames are large
    // enough to hold a card; a smaller one hands its card to the top frame: frame-card.*.test.ts.)
    const cardsIn = async (id: string) =>
      (await frameBy(id)).evaluate(() => document.querySelectorAll('aigc-lens-card').length);
    for (const id of ['cross', 'same']) {
      const box = await (await page.$(`#${id}`))?.boundingBox();
      if (!box) throw new Error(`no frame box #${id}`);
      const at = await pointOf(await frameBy(id), '#inner', 'RLHF');
      await page.mouse.move(box.x + at.x - 10, box.y + at.y + 10);
      await page.mouse.move(box.x + at.x, box.y + at.y, { steps: 4 });
      await expect.poll(() => cardsIn(id)).toBe(1);
    }
    await expect.poll(() => cardsIn('cross')).toBe(0);
    expect(chromium.errors).toEqual([]);
    await page.close();
  });

  test('a top-level data: document and about:blank load without an error', async () => {
    const page = await chromium.context.newPage();
    watchErrors(page, chromium.errors);
    await page.goto('data:text/html,<p>ChatGPT in a data document</p>');
    await page.waitForTimeout(500);
    expect(await marked(page)).toEqual([]);
    await page.goto('about:blank');
    await page.waitForTimeout(300);
    expect(chromium.errors).toEqual([]);
    await page.close();
  });
  test('frames created and navigated at once: no error or warning in any world, every frame marked', async () => {
    server.route('/churn-child.html', FRAME_CHURN_CHILD);
    server.route('/churn.html', frameChurnPage('/churn-child.html'));
    const page = await chromium.context.newPage();
    watchErrors(page, chromium.errors);
    const everyWorld: string[] = [];
    await watchAllWorlds(page, everyWorld);
    await page.goto(server.url('/churn.html'));
    await waitForContentScript(page);
    await expect.poll(() => page.evaluate('window.__churnDone === true')).toBe(true);
    const churned = () => page.frames().filter((frame) => /\/churn-child\.html/.test(frame.url()));
    await expect.poll(() => churned().length).toBe(FRAME_CHURN_COUNT);
    const markedFrames = async () =>
      (await Promise.all(churned().map((frame) => frame.evaluate(MARKED_TEXTS) as Promise<string[]>))).filter(
        (marks) => marks.join() === 'RLHF',
      ).length;
    await expect.poll(markedFrames, { timeout: 20_000 }).toBe(FRAME_CHURN_COUNT);
    // A failed start is retried for up to 3.5 s (build/content-loader.ts): outwait it before counting.
    await page.waitForTimeout(4000);
    expect(everyWorld).toEqual([]);
    expect(chromium.errors).toEqual([]);
    await page.close();
  });
});

describe('8. web components, SVG, writing modes, quirks mode', () => {
  const body = `<main>
    <p id="prose">${PROSE}</p>
    <x-open></x-open><x-closed></x-closed>
    <svg width="400" height="40"><text x="0" y="20">NVLink in SVG text</text></svg>
    <p id="vertical" lang="zh-Hans" style="writing-mode: vertical-rl; height: 260px; font-size: 22px">大语言模型在竖排文字里</p>
    <p id="rtl" dir="rtl" lang="he">המודל ChatGPT נכתב מימין לשמאל</p>
    <p id="rtl-ar" dir="rtl" lang="ar">نموذج RLHF في نص عربي</p>
  </main>`;
  const script = `<script>
    customElements.define('x-open', class extends HTMLElement {
      constructor() { super(); const p = document.createElement('p'); p.textContent = 'H100 in an open shadow root';
        this.attachShadow({ mode: 'open' }).append(p); }
    });
    customElements.define('x-closed', class extends HTMLElement {
      constructor() { super(); const p = document.createElement('p'); p.textContent = 'Stable Diffusion in a closed shadow root';
        this.attachShadow({ mode: 'closed' }).append(p); }
    });
  </script>`;
  const expected = ['ChatGPT', 'ChatGPT', 'H100', 'RLHF', 'RLHF', 'reward model', '大语言模型'].sort();

  test.each([
    ['standards mode', '<!doctype html>'],
    ['quirks mode', ''],
  ])(
    '%s: open shadow roots, vertical and right-to-left text marked; closed roots and SVG left alone',
    async (_n, doctype) => {
      const path = doctype ? '/components.html' : '/components-quirks.html';
      server.route(path, html(body, script, doctype));
      const page = await open(path);
      expect(await page.evaluate('document.compatMode')).toBe(doctype ? 'CSS1Compat' : 'BackCompat');
      await expect.poll(() => marked(page)).toEqual(expected);
      await dwellOn(page, '#vertical', '大语言模型');
      await waitForCard(page, 'AIGC Lens: Large language model (LLM)');
      await page.mouse.move(1000, 790);
      await expect.poll(() => readCard(page)).toBeNull();
      await dwellOn(page, '#rtl', 'ChatGPT');
      await waitForCard(page, 'AIGC Lens: ChatGPT');
      await expectUntouched(page);
      await page.close();
    },
  );
});

describe('9. fullscreen and scrolling containers', () => {
  test('a card opens inside the fullscreen element, and closes when fullscreen ends', async () => {
    const body = `<div id="stage" style="background: #fff"><p id="prose">${PROSE}</p>
      <button id="go">Fullscreen</button></div>`;
    const script = `<script>
      document.addEventListener('DOMContentLoaded', () =>
        document.getElementById('go').addEventListener('click', () => document.getElementById('stage').requestFullscreen()));
    </script>`;
    server.route('/fullscreen.html', html(body, script));
    const page = await open('/fullscreen.html');
    await expect.poll(() => marked(page)).toEqual(PROSE_MARKS);
    await page.click('#go');
    await page.waitForFunction('document.fullscreenElement?.id === "stage"');
    await dwellOn(page, '#prose', 'ChatGPT');
    await waitForCard(page, 'AIGC Lens: ChatGPT');
    expect(await page.evaluate(() => document.querySelector('aigc-lens-card')?.parentElement?.id)).toBe(
      'stage',
    );
    await page.evaluate(() => document.exitFullscreen());
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('aigc-lens-card').length)).toBe(0);
    await expectUntouched(page);
    await page.close();
  });

  test('a page that scrolls inside a container: terms far down are marked and the card opens next to them', async () => {
    const filler = Array.from(
      { length: 80 },
      (_, i) => `<p>Filler paragraph ${i} with nothing to find.</p>`,
    ).join('');
    const body = `<div id="scroller" style="height: 400px; overflow: auto; border: 1px solid">
      ${filler}<p id="far">Deep down, RLHF and ChatGPT.</p>${filler}</div>`;
    server.route(
      '/scroller.html',
      html(body, '<style>html, body { height: 100%; overflow: hidden; margin: 0 }</style>'),
    );
    const page = await open('/scroller.html');
    await expect.poll(() => marked(page)).toEqual(['ChatGPT', 'RLHF']);
    await page.evaluate(() => document.getElementById('far')?.scrollIntoView({ block: 'center' }));
    await dwellOn(page, '#far', 'ChatGPT');
    const card = await waitForCard(page, 'AIGC Lens: ChatGPT');
    const term = await pointOf(page, '#far', 'ChatGPT');
    expect(Math.abs(card.box.y - term.y)).toBeLessThan(80);
    await expectUntouched(page);
    await page.close();
  });
});

describe('privacy', () => {
  test('no request left 127.0.0.1 or the extension during this file', () => {
    expect(foreignRequests).toEqual([]);
  });
});
