// Reads, from a corpus page open in Chromium with the extension, the page's text and what the engine marked
// in it, as offsets into that text.
import type { Page } from 'playwright-core';

export interface PageMark {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The CSS.highlights entry that holds it (aigc-lens-<style>-<category>). */
  readonly highlight: string;
}

export interface PageReading {
  /** Every text node of the body in document order, joined: the text labels count occurrences in. */
  readonly text: string;
  readonly marks: readonly PageMark[];
}

/** Runs in the page: the body's text and our highlights' ranges as offsets into it. */
const READ = `(() => {
  const starts = new Map();
  const parts = [];
  let length = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    starts.set(node, length);
    parts.push(node.data);
    length += node.data.length;
  }
  const marks = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('aigc-lens') || name === 'aigc-lens-flash') continue;
    for (const r of highlight) {
      const start = starts.get(r.startContainer);
      const end = starts.get(r.endContainer);
      if (start === undefined || end === undefined) {
        marks.push({ start: -1, end: -1, text: '<range outside the body text>', highlight: name });
        continue;
      }
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      marks.push({ start: start + r.startOffset, end: end + r.endOffset, text: range.toString(), highlight: name });
    }
  }
  marks.sort((a, b) => a.start - b.start);
  return { text: parts.join(''), marks };
})()`;

const SCANNED = `performance.getEntriesByName('aigc-lens:scan').some((m) => m.detail?.pass === 'document')`;

/**
 * Waits for the engine's first whole-document scan, then until the marks stop changing (a topic rule may
 * mark more once the page's evidence is in), and reads them.
 */
export async function readPage(page: Page, settleMs = 150): Promise<PageReading> {
  await page.waitForFunction(SCANNED, undefined, { timeout: 15_000 });
  let previous = (await page.evaluate(READ)) as PageReading;
  for (let round = 0; round < 20; round++) {
    await page.waitForTimeout(settleMs);
    const current = (await page.evaluate(READ)) as PageReading;
    if (current.marks.length === previous.marks.length) return current;
    previous = current;
  }
  return previous;
}
