// Shared pieces of the hostile-page suite: DOM and scan recorders installed in the page's world, the
// network watch and every world's errors, and the pages the Chromium and Firefox files share.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';

import { pointOf, dwellOn as restOn } from '../harness/pointer';

export { pointOf };

/**
 * Records, in the page's world, every DOM mutation after DOMContentLoaded, with the names of the nodes
 * added and removed. Fixtures that change their own DOM later do it through `window.__pageMutates`
 * (which pauses recording), so anything recorded is the extension's doing.
 */
export const RECORD_MUTATIONS = `
  window.__mutations = [];
  window.__recording = true;
  const PristineObserver = MutationObserver;
  window.__pageMutates = (fn) => { window.__recording = false; try { return fn(); } finally { window.__mutationObserver?.takeRecords(); window.__recording = true; } };
  document.addEventListener('DOMContentLoaded', () => {
    const names = (list) => [...list].map((n) => n.nodeName).join(',');
    window.__mutationObserver = new PristineObserver((records) => {
      if (!window.__recording) return;
      for (const r of records) {
        window.__mutations.push(r.type + ' on ' + r.target.nodeName +
          (r.addedNodes.length ? ' +' + names(r.addedNodes) : '') +
          (r.removedNodes.length ? ' -' + names(r.removedNodes) : '') +
          (r.attributeName ? ' @' + r.attributeName : ''));
      }
    });
    window.__mutationObserver.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  });
`;

/** Mutations other than the card's one host element coming and going (names are lower case in XHTML). */
export const FOREIGN_MUTATIONS = `window.__mutations.filter((m) => !/^childList on [A-Z]+ [+-]AIGC-LENS-CARD(-[0-9A-F]{8})?$/i.test(m))`;

/**
 * Every scan pass the content script measures, kept in the page's world (the engine clears its own
 * measures past 100, so a buffered observer is the reliable reader).
 */
export const RECORD_SCANS = `
  window.__scans = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'aigc-lens:scan') window.__scans.push(e.detail);
  }).observe({ type: 'measure', buffered: true });
`;

/**
 * The frame's marks when its last scan pass ended, drawn or not: past DRAW_ALL_LIMIT (mark.ts) only those
 * near the view are drawn, so the registry no longer holds them all. Needs RECORD_SCANS.
 */
export const FOUND_MARKS = 'window.__scans.at(-1)?.marks ?? 0';

/**
 * The source of `drawnRects()`, for the page's expressions here and in large-pages.ts: the viewport box of
 * every mark our highlights draw.
 */
export const DRAWN_RECTS = `function drawnRects() {
  const rects = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('aigc-lens')) continue;
    for (const mark of highlight) {
      const range = document.createRange();
      range.setStart(mark.startContainer, mark.startOffset);
      range.setEnd(mark.endContainer, mark.endOffset);
      rects.push(range.getBoundingClientRect());
    }
  }
  return rects;
}`;

/** How many marks are drawn, and the page offsets (px from the document's top) of the highest and lowest. */
export const DRAWN_SPAN = `(() => {
  ${DRAWN_RECTS}
  let top = Infinity, bottom = -Infinity, count = 0;
  for (const rect of drawnRects()) {
    const y = rect.top + scrollY;
    top = Math.min(top, y);
    bottom = Math.max(bottom, y);
    count++;
  }
  return { top, bottom, count };
})()`;

/** Long tasks (over 50 ms) in the page, with their durations. */
export const RECORD_LONG_TASKS = `
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

const ALLOWED = /^(http:\/\/127\.0\.0\.1[:/]|chrome-extension:|moz-extension:|data:|blob:|about:)/;

/** Collects every request the browser context makes that is not local or the extension's own. */
export function watchNetwork(context: BrowserContext, foreign: string[]): void {
  context.on('request', (request) => {
    if (!ALLOWED.test(request.url())) foreign.push(request.url());
  });
}

/** The same for one page in Firefox, where puppeteer reports requests per page (its frames' included). */
export function watchPageNetwork(page: FirefoxPage, foreign: string[]): void {
  page.on('request', (request) => {
    if (!ALLOWED.test(request.url())) foreign.push(request.url());
  });
}

export { markedTexts as marked } from '../harness/content-script';

/** Rests the mouse on a term, arriving from close by (the hostile pages are dense). */
export const dwellOn = (page: Parameters<typeof restOn>[0], selector: string, text: string) =>
  restOn(page, selector, text, { dx: -20, dy: 30 });

/** A fixture page: terms in `body`, optional head (styles, scripts) and doctype ('' for quirks mode). */
export function html(body: string, head = '', doctype = '<!doctype html>'): string {
  return `${doctype}<html lang="en"><head><meta charset="utf-8"><title>hostile</title>${head}</head><body>${body}</body></html>`;
}

/** How many frames FRAME_CHURN_PAGE creates; each one's own text is FRAME_CHURN_CHILD's. */
export const FRAME_CHURN_COUNT = 60;
export const FRAME_CHURN_CHILD = html('<p>RLHF in a churned frame</p>');

/**
 * A page that keeps creating iframes and navigating each one 0–19 ms later, so that the content script
 * (match_about_blank) often starts in a frame's initial about:blank that is about to go. `childPath` is
 * the route that serves FRAME_CHURN_CHILD. Sets `window.__churnDone` when the last frame is created.
 */
export const frameChurnPage = (childPath: string) =>
  html(
    '<main><p id="prose">ChatGPT page with frames coming and going</p></main>',
    `<script>
      let created = 0;
      function addFrame() {
        const frame = document.createElement('iframe');
        frame.className = 'churned';
        document.querySelector('main').append(frame);
        const n = created;
        setTimeout(() => { frame.src = ${JSON.stringify(childPath)} + '?' + n; }, n % 20);
        if (++created < ${FRAME_CHURN_COUNT}) setTimeout(addFrame, 5); else window.__churnDone = true;
      }
      addEventListener('DOMContentLoaded', addFrame);
    </script>`,
  );

/**
 * Errors from every JavaScript world of a page, the content script's isolated world included (Playwright's
 * page events report the main world only), and the browser's own log errors (CSP violations, failed loads).
 */
export async function watchAllWorlds(page: Page, errors: string[]): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', (event) => {
    const details = event.exceptionDetails;
    errors.push(`exception: ${details.exception?.description ?? details.text}`);
  });
  cdp.on('Runtime.consoleAPICalled', (event) => {
    if (event.type === 'error' || event.type === 'warning' || event.type === 'assert') {
      errors.push(`console.${event.type}: ${event.args.map((a) => a.value ?? a.description).join(' ')}`);
    }
  });
  cdp.on('Log.entryAdded', (event) => {
    if (event.entry.level === 'error') errors.push(`log: ${event.entry.text} ${event.entry.url ?? ''}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return cdp;
}
