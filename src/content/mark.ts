// Draws occurrences with the CSS Custom Highlight API: one Highlight per category, registered under
// `aigc-lens-<style>-<category>` so that content.css styles it. The page's DOM is never touched.
//
// Chromium quirk (docs/browser-quirks.md): after any registered Highlight changes, the next
// rendering update rebuilds the markers of every range of every highlight, not only the new ones; 300
// ranges added per slice until there were 48,000 made each frame cost ~200 ms, 35 s in all (two
// highlights or two hundred make no difference). So ranges wait here and are drawn in batches that at
// least double what is drawn (`shouldDraw`): a page's marks are drawn in a number of steps that grows
// with the log of their count, and the browser's work in all of them is at most three final updates.
import type { Category } from '../article/types';
import type { MarkStyle } from '../core/settings';

const FLASH_NAME = 'aigc-lens-flash';

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;

/**
 * Whether ranges waiting to be drawn are drawn now: always at the end of a pass (`force`), the first
 * ones at once (what is in view is scanned first), and otherwise once they are as many as those drawn.
 */
export function shouldDraw(waiting: number, drawn: number, force: boolean): boolean {
  return waiting > 0 && (force || waiting >= drawn);
}

const sizeOf = (sets: Iterable<{ readonly size: number }>): number => {
  let total = 0;
  for (const set of sets) total += set.size;
  return total;
};

/** The highlight registry, or null where the API is missing (nothing is drawn; lookup still works). */
function registry(): HighlightRegistry | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const ctor = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && ctor ? css.highlights : null;
}

export class Marker {
  private readonly highlights = new Map<Category, Highlight>();
  /** Ranges added since the last draw, per category (a Set, so that delete finds them at once). */
  private readonly waiting = new Map<Category, Set<AbstractRange>>();
  private style: MarkStyle;
  private flashTimer = 0;
  private flashing: Highlight | null = null;

  constructor(style: MarkStyle) {
    this.style = style;
  }

  /** Adds a range; it is drawn at the next `draw` that `shouldDraw` allows. */
  add(category: Category, range: AbstractRange): void {
    let set = this.waiting.get(category);
    if (!set) {
      set = new Set();
      this.waiting.set(category, set);
    }
    set.add(range);
  }

  delete(category: Category, range: AbstractRange): void {
    if (!this.waiting.get(category)?.delete(range)) this.highlights.get(category)?.delete(range);
  }

  /**
   * Draws the waiting ranges when `shouldDraw` says so: the scanner calls it before it yields to the
   * page, with `force` at the end of a pass.
   */
  draw(force = false): void {
    // Counted from the sets themselves (five at most): a page may clear our highlights too.
    if (!shouldDraw(sizeOf(this.waiting.values()), sizeOf(this.highlights.values()), force)) return;
    for (const [category, set] of this.waiting) {
      const highlight = this.highlightFor(category);
      if (highlight) for (const range of set) highlight.add(range);
      set.clear();
    }
  }

  setStyle(style: MarkStyle): void {
    if (style === this.style) return;
    this.unregister();
    this.style = style;
    this.register();
  }

  /** Registers our highlights again if the page cleared or replaced the registry's entries. */
  repair(): void {
    const highlights = registry();
    if (!highlights || this.style === 'none') return;
    for (const [category, highlight] of this.highlights) {
      const name = this.nameOf(category);
      if (highlights.get(name) !== highlight) highlights.set(name, highlight);
    }
  }

  /** Briefly draws a range with the flash style, to show where "reveal" scrolled to. */
  flash(range: AbstractRange, ms = 1500): void {
    const highlights = registry();
    if (!highlights) return;
    const Ctor = (globalThis as unknown as { Highlight: HighlightCtor }).Highlight;
    const flash = new Ctor(range);
    this.flashing = flash;
    highlights.set(FLASH_NAME, flash);
    clearTimeout(this.flashTimer);
    this.flashTimer = window.setTimeout(() => this.endFlash(), ms);
  }

  private endFlash(): void {
    const highlights = registry();
    if (this.flashing && highlights?.get(FLASH_NAME) === this.flashing) highlights.delete(FLASH_NAME);
    this.flashing = null;
  }

  clear(): void {
    for (const highlight of this.highlights.values()) highlight.clear();
    for (const set of this.waiting.values()) set.clear();
  }

  dispose(): void {
    this.clear();
    this.unregister();
    this.highlights.clear();
    clearTimeout(this.flashTimer);
    this.endFlash();
  }

  private nameOf(category: Category): string {
    return `aigc-lens-${this.style}-${category}`;
  }

  private highlightFor(category: Category): Highlight | null {
    let highlight = this.highlights.get(category);
    if (!highlight) {
      const highlights = registry();
      if (!highlights) return null;
      const Ctor = (globalThis as unknown as { Highlight: HighlightCtor }).Highlight;
      highlight = new Ctor();
      this.highlights.set(category, highlight);
      if (this.style !== 'none') highlights.set(this.nameOf(category), highlight);
    }
    return highlight;
  }

  private register(): void {
    const highlights = registry();
    if (!highlights || this.style === 'none') return;
    for (const [category, highlight] of this.highlights) highlights.set(this.nameOf(category), highlight);
  }

  private unregister(): void {
    const highlights = registry();
    if (!highlights) return;
    // Only entries that are still ours: after an extension reload, the new content script registers the
    // same names in the page's shared registry, and the orphaned one stopping must not delete them.
    for (const [category, highlight] of this.highlights) {
      const name = this.nameOf(category);
      if (highlights.get(name) === highlight) highlights.delete(name);
    }
  }
}
