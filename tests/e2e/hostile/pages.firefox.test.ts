// Hostile pages in Firefox ESR (puppeteer-core over BiDi): strict CSP, frames and editors. Terms found where
// the page allows it, no error, the page's DOM untouched, and no request leaves 127.0.0.1.
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, test } from 'vitest';
import { waitForContentScript } from '../harness/content-script';
import { useFirefox, useFixtureServer } from '../harness/suite';
import {
  FRAME_CHURN_CHILD,
  FRAME_CHURN_COUNT,
  frameChurnPage,
  html,
  marked,
  watchPageNetwork,
} from './support';

const server = useFixtureServer();
const other = useFixtureServer();
const firefox = useFirefox();
const foreignRequests: string[] = [];

const PROSE = 'ChatGPT was tuned with RLHF and a reward model.';
const PROSE_MARKS = ['ChatGPT', 'RLHF', 'reward model'];

/** Like RECORD_MUTATIONS, but started by the page's own (nonce'd or hashed-free) script: no init scripts here. */
const recorder = (nonce = '') => `<script${nonce ? ` nonce="${nonce}"` : ''}>
  window.__mutations = [];
  document.addEventListener('DOMContentLoaded', () => new MutationObserver((records) => {
    for (const r of records) window.__mutations.push(r.type + ' on ' + r.target.nodeName);
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true }));
</script>`;

async function open(path: string): Promise<Page> {
  const page = await firefox.open(server.url(path));
  watchPageNetwork(page, foreignRequests);
  await waitForContentScript(page);
  return page;
}

/** Errors, less Firefox's own favicon request that a `default-src 'none'` page refuses (not ours). */
const ownErrors = () =>
  firefox.errors.filter(
    (error) => !/blocked the loading of a resource \(img-src\) at \S+\/favicon\.ico/.test(error),
  );

afterEach(() => {
  firefox.errors.length = 0;
});

describe('Firefox: strict CSP', () => {
  test.each([
    ["default-src 'none'", "default-src 'none'", ''],
    [
      "default-src 'none'; style-src 'none'; script-src 'nonce-…'",
      "default-src 'none'; style-src 'none'; script-src 'nonce-ff0x'",
      'ff0x',
    ],
  ])('%s: terms marked, DOM untouched, no error', async (_name, csp, nonce) => {
    const path = `/ff-csp-${nonce || 'none'}.html`;
    server.route(path, html(`<main><p id="prose">${PROSE}</p></main>`, nonce ? recorder(nonce) : ''), {
      'content-security-policy': csp,
    });
    const page = await open(path);
    await expect.poll(() => marked(page), { timeout: 10_000 }).toEqual(PROSE_MARKS);
    if (nonce) expect(await page.evaluate('window.__mutations')).toEqual([]);
    expect(ownErrors()).toEqual([]);
    await page.close();
  });
});

describe('Firefox: frames', () => {
  test('same-origin, cross-origin, sandboxed and srcdoc frames mark their own text', async () => {
    server.route('/ff-frame-same.html', html('<p>RLHF in a same-origin frame</p>'));
    server.route('/ff-frame-sandboxed.html', html('<p>RLHF in a sandboxed frame</p>'));
    other.route('/ff-frame-cross.html', html('<p>RLHF in a cross-origin frame</p>'));
    server.route(
      '/ff-frames.html',
      html(`<main><p id="prose">${PROSE}</p>
        <iframe name="same" src="/ff-frame-same.html"></iframe>
        <iframe name="cross" src="${other.url('/ff-frame-cross.html')}"></iframe>
        <iframe name="sandboxed" sandbox="" src="/ff-frame-sandboxed.html"></iframe>
        <iframe name="srcdoc" srcdoc="<p>InstructGPT in a srcdoc frame</p>"></iframe></main>`),
    );
    const page = await open('/ff-frames.html');
    await expect.poll(() => marked(page), { timeout: 10_000 }).toEqual(PROSE_MARKS);
    const frame = (url: RegExp) => {
      const found = page.frames().find((f) => url.test(f.url()));
      if (!found) throw new Error(`no frame ${url}`);
      return found;
    };
    await expect.poll(() => marked(frame(/ff-frame-same/)), { timeout: 10_000 }).toEqual(['RLHF']);
    await expect.poll(() => marked(frame(/ff-frame-cross/)), { timeout: 10_000 }).toEqual(['RLHF']);
    await expect.poll(() => marked(frame(/ff-frame-sandboxed/)), { timeout: 10_000 }).toEqual(['RLHF']);
    await expect.poll(() => marked(frame(/srcdoc/)), { timeout: 10_000 }).toEqual(['InstructGPT']);
    expect(ownErrors()).toEqual([]);
    await page.close();
  });
  test('frames created and navigated at once: no error or warning from a replaced about:blank, every frame marked', async () => {
    server.route('/ff-churn-child.html', FRAME_CHURN_CHILD);
    server.route('/ff-churn.html', frameChurnPage('/ff-churn-child.html'));
    const page = await open('/ff-churn.html');
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warn') warnings.push(message.text());
    });
    await expect.poll(() => page.evaluate('window.__churnDone === true'), { timeout: 10_000 }).toBe(true);
    const churned = () => page.frames().filter((frame) => /\/ff-churn-child\.html/.test(frame.url()));
    await expect.poll(() => churned().length, { timeout: 10_000 }).toBe(FRAME_CHURN_COUNT);
    const markedFrames = async () =>
      (await Promise.all(churned().map(marked))).filter((marks) => marks.join() === 'RLHF').length;
    await expect.poll(markedFrames, { timeout: 20_000 }).toBe(FRAME_CHURN_COUNT);
    // A failed start is retried for up to 3.5 s (build/content-loader.ts): outwait it before counting.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect(ownErrors()).toEqual([]);
    expect(warnings).toEqual([]);
    await page.close();
  });
});

describe('Firefox: editors', () => {
  test('typing in textarea, input and contenteditable is unaffected and nothing inside is marked', async () => {
    server.route(
      '/ff-editors.html',
      html(
        `<main><p id="prose">${PROSE}</p>
        <textarea id="ta">ChatGPT in a textarea</textarea><input id="in" value="RLHF in an input">
        <div id="plain" contenteditable="true">ChatGPT in a plain contenteditable</div>
        <div id="rich" contenteditable="true" role="textbox"><p>Stable Diffusion <b>in a</b> rich editor</p></div></main>`,
        '<script>window.__inputs = 0; document.addEventListener("input", () => window.__inputs++);</script>',
      ),
    );
    const page = await open('/ff-editors.html');
    await expect.poll(() => marked(page), { timeout: 10_000 }).toEqual(PROSE_MARKS);
    for (const [selector, typed] of [
      ['#ta', ' and H100'],
      ['#in', ' and LLM'],
      ['#plain', ' and NVLink'],
      ['#rich p', ' and ChatGPT'],
    ] as const) {
      await page.click(selector);
      await page.keyboard.press('End');
      await page.keyboard.type(typed);
    }
    expect(await page.$eval('#ta', (el) => (el as HTMLTextAreaElement).value)).toBe(
      'ChatGPT in a textarea and H100',
    );
    expect(await page.$eval('#in', (el) => (el as HTMLInputElement).value)).toBe('RLHF in an input and LLM');
    expect(await page.$eval('#plain', (el) => el.textContent)).toBe(
      'ChatGPT in a plain contenteditable and NVLink',
    );
    expect(await page.$eval('#rich', (el) => el.textContent)).toBe(
      'Stable Diffusion in a rich editor and ChatGPT',
    );
    expect(await page.evaluate('window.__inputs')).toBe(9 + 8 + 11 + 12);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await marked(page)).toEqual(PROSE_MARKS);
    expect(ownErrors()).toEqual([]);
    await page.close();
  });

  test('no request left 127.0.0.1 or the extension during this file', () => {
    expect(foreignRequests).toEqual([]);
  });
});
