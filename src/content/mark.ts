// Draws occurrences with the CSS Custom Highlight API: one Highlight per category, registered under
// `aigc-lens-<style>-<category>` so that content.css styles it. The page's DOM is never touched.
import type { Category } from '../article/types';
import type { MarkStyle } from '../core/settings';

const FLASH_NAME = 'aigc-lens-flash';

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;

/** The highlight registry, or null where the API is missing (nothing is drawn; lookup still works). */
function registry(): HighlightRegistry | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const ctor = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && ctor ? css.highlights : null;
}

export class Marker {
  private readonly highlights = new Map<Category, Highlight>();
  private style: MarkStyle;
  private flashTimer = 0;
  private flashing: Highlight | null = null;

  constructor(style: MarkStyle) {
    this.style = style;
  }

  add(category: Category, range: AbstractRange): void {
    this.highlightFor(category)?.add(range);
  }

  delete(category: Category, range: AbstractRange): void {
    this.highlights.get(category)?.delete(range);
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
