// Where the reader is: the first sentence below the sticky header, and the tab page's remembered position.
import { browser } from '../platform/browser';

/** storage.local key of the tab page's reading position (a sentence id; language-independent). */
export const POSITION_KEY = 'readerPosition';

/** The bottom of the sticky bar in viewport coordinates: jumps and hits land below it. */
export function headerBottom(): number {
  return document.querySelector('.app-bar')?.getBoundingClientRect().bottom ?? 0;
}

/** A sentence's elements in the article (one per language shown). */
export function sentenceElements(id: string): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(`.article [data-sid="${CSS.escape(id)}"]`)];
}

/** The first sentence whose bottom is below the header: what the reader is looking at. */
export function topSentenceId(root: HTMLElement): string | null {
  const line = headerBottom();
  for (const el of root.querySelectorAll<HTMLElement>('.section [data-sid]')) {
    if (el.getBoundingClientRect().bottom > line + 4) return el.dataset.sid ?? null;
  }
  return null;
}

export async function loadPosition(): Promise<string | null> {
  try {
    const items = await browser.storage.local.get(POSITION_KEY);
    const value = items[POSITION_KEY];
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

export function savePosition(sid: string | null): void {
  void browser.storage.local.set({ [POSITION_KEY]: sid ?? '' }).catch(() => undefined);
}
