// Where to point at a piece of page text, for the suites that hover and tap terms.
import type { Page } from 'playwright-core';

/** Centre of the first occurrence of `text` under `selector` (shadow roots not entered), in viewport pixels. */
export async function pointOf(page: Page, selector: string, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([sel, needle]) => {
      const root = document.querySelector(sel as string);
      if (!root) throw new Error(`no ${sel}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.nodeValue ?? '').indexOf(needle as string);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + (needle as string).length);
        const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`no "${needle}" in ${sel}`);
    },
    [selector, text],
  );
}
