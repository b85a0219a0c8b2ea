// Draws occurrences with the CSS Custom Highlight API: one Highlight per category, registered under
// `aigc-lens-<style>-<category>` so that content.css styles it. The page's DOM is never touched.
//
// Chromium quirk (docs/browser-quirks.md): after any registered Highlight changes, the next
// rendering update rebuilds the markers of every range of every highlight, not only the new ones; 300
// ranges added per slice until there were 48,000 made each frame cost ~200 ms, 35 s in all (two
// highlights or two hundred make no difference). Any change costs as much as everything drawn, so:
// - ranges wait here and are drawn in batches that at least double what is drawn (`shouldDraw`), so that
//   a page's marks are drawn in a number of steps that grows with the log of their count;
// - past `DRAW_ALL_LIMIT` marks in a frame, only the groups of blocks within a viewport of the view are
//   drawn, and an IntersectionObserver draws the others as they come near (20,000 marks drawn at once
//   made one rendering update of 0.5-0.7 s, and every later change to the page's marks cost as much).
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

/** Up to this many marks in a frame all are drawn; past it, only those near the view (see the top). */
export const DRAW_ALL_LIMIT = 1000;
/**
 * Marks are drawn this far above and below the viewport, ahead of the reader's scrolling, and at any
 * distance sideways: only the vertical distance counts. The cards of a horizontal scroller are one group,
 * and its first and last cards may be far out of the view sideways while the cards between them show.
 */
const NEAR_VIEW_MARGIN = '100% 1000000px';
/**
 * The clip of every scroll container grows as far sideways (IntersectionObserver's scrollMargin), so that a
 * card a horizontal scroller cuts off is near when it is level with the view. Not up and down: the margin
 * applies to the document's own scroller too, where it adds to NEAR_VIEW_MARGIN.
 */
const SCROLLER_MARGIN = '0px 1000000px';
/**
 * Past the limit, up to this many consecutive marked blocks of one parent are watched as one group,
 * through their first and last blocks: an IntersectionObserver costs every frame of scrolling in
 * proportion to its targets (11,000 of them took 13 ms a frame on the 10 MB page), and each group that
 * comes near is one change, whose rendering update costs ~35 ms on that page however few marks change
 * (docs/browser-quirks.md), so groups are few and large.
 */
export const GROUP_SIZE = 64;

/** Where a watched block was when the observer last reported it: near the view, above or below it. */
export type Side = 'near' | 'above' | 'below';

/**
 * Whether a group is near the view, from the sides of its first and last blocks. Siblings in normal flow
 * follow each other down the page, so a group whose ends lie on both sides of the view spans it.
 */
export function groupIsNear(first: Side, last: Side): boolean {
  return first === 'near' || last === 'near' || first !== last;
}

/**
 * Pure: the side of the view a reported block is on, or null for a block that reports no size and does
 * not intersect. Only the vertical position places a block that does not intersect: one level with the
 * view is near, as a block that a scroller inside the page clips (a panel scrolled past it) may be while
 * others of its group show.
 */
export function sideOf(entry: IntersectionObserverEntry): Side | null {
  if (entry.isIntersecting) return 'near';
  const { width, height, top, bottom } = entry.boundingClientRect;
  // No box of its own (display: contents), or in a section that content-visibility skips: its place
  // is its nearest ancestor's with a box (Marker.standIn).
  if (width === 0 && height === 0) return null;
  const view = entry.rootBounds;
  if (!view) return 'below';
  if (bottom <= view.top) return 'above';
  return top >= view.bottom ? 'below' : 'near';
}

/**
 * The element `node` is laid out in: its parent element, or the host of the shadow root it tops. (The
 * card climbs the same way in card/layer.ts; the two rooms share no DOM helper, docs/architecture.md.)
 */
function composedParentElement(node: Node): Element | null {
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

/** Whether `node` lies under `element`, in its tree or in shadow trees hosted there (a message's own root). */
function holdsAcrossShadows(element: Element, node: Node): boolean {
  for (let at: Node | null = node; at; ) {
    if (element.contains(at)) return true;
    const root = at.getRootNode();
    at = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}

/**
 * A mark to draw: its range may be made only when it is first drawn (occurrences.ts), and one never made
 * is in no highlight, so taking it off needs none.
 */
export interface Drawable {
  readonly staticRange: AbstractRange;
  readonly hasStaticRange: boolean;
}

/** A block's marks, and the group it is watched in once only what is near the view is drawn. */
interface BlockMarks {
  readonly items: Drawable[];
  readonly categories: Category[];
  group: Group | null;
}

/**
 * Consecutive marked blocks of one parent. `near` is null until the observer has placed both ends;
 * `drawn` says that all its marks are in the highlights (a group that left the view stays drawn until
 * too much is drawn, so scrolling back and forth changes nothing).
 */
interface Group {
  readonly parent: Node | null;
  readonly blocks: Element[];
  near: boolean | null;
  drawn: boolean;
  /** The ends the observer watches now (they change as blocks join or go). */
  watched: Element[];
}

export class Marker {
  private readonly highlights = new Map<Category, Highlight>();
  /** Marks added since the last draw, per category (a Set, so that delete finds them at once). */
  private readonly waiting = new Map<Category, Set<Drawable>>();
  /** Every mark, drawn or not, by the block it was found in. */
  private readonly blocks = new Map<Element, BlockMarks>();
  private count = 0;
  /** Set once the frame has more than DRAW_ALL_LIMIT marks: it places the groups' first and last blocks. */
  private nearView: IntersectionObserver | null = null;
  /** The side each watched block (or stand-in) was last reported on, or given by its stand-in. */
  private readonly sides = new Map<Element, Side>();
  /**
   * A watched block that reports no size and does not intersect has no box (display: contents) or lies in
   * a section that content-visibility skips. Asking the block itself (checkVisibility, getClientRects)
   * forces the skipped section's style or layout: ~0.1 ms a block, one task of ~100 ms for the hostile
   * suite's 1,000 marked sections. Such a block is placed by its nearest ancestor that has a box, which
   * the observer watches in its place until the block reports a size of its own.
   */
  private readonly standIns = new Map<Element, Element>();
  /** The blocks each stand-in is watched for. */
  private readonly standingFor = new Map<Element, Set<Element>>();
  /** The group that the next block of the same parent joins. */
  private lastGroup: Group | null = null;
  /** Groups still drawn after they left the view: taken off together once too much is drawn. */
  private readonly drawnAway = new Set<Group>();
  /** Groups whose ends changed: watched anew once per slice, not once per block that joins. */
  private readonly endsChanged = new Set<Group>();
  /** Every group with a block, for the scrollers that move some of them (`onScroll`). */
  private readonly groups = new Set<Group>();
  /** Scrollers inside the page that scrolled since the last frame. */
  private readonly scrolled = new Set<Element>();
  /** Shadow roots that hold groups, listened to for their scrollers (a scroll there does not leave them). */
  private readonly shadowRoots = new Set<ShadowRoot>();
  /** The document jumped, or the viewport changed size, since the last frame: every group is placed anew. */
  private placeAll = false;
  private lastScrollY = 0;
  private placeFrame = 0;
  private style: MarkStyle;
  private flashTimer = 0;
  private flashing: Highlight | null = null;

  constructor(style: MarkStyle) {
    this.style = style;
  }

  /** How many marks the frame has, drawn or not. */
  get size(): number {
    return this.count;
  }

  /** Adds a mark found in `block`; it is drawn at the next `draw` that `shouldDraw` allows. */
  add(category: Category, mark: Drawable, block: Element): void {
    let marks = this.blocks.get(block);
    if (!marks) {
      marks = { items: [], categories: [], group: null };
      this.blocks.set(block, marks);
      if (this.nearView) this.join(block, marks);
    }
    marks.items.push(mark);
    marks.categories.push(category);
    this.count++;
    const group = marks.group;
    if (!this.nearView || group?.near) this.waitingFor(category).add(mark);
    // A group away from the view is drawn whole when it comes back.
    else if (group) group.drawn = false;
  }

  /** Takes off every mark of a block (the scanner drops a block's occurrences together). */
  dropBlock(block: Element): void {
    const marks = this.blocks.get(block);
    if (!marks) return;
    this.blocks.delete(block);
    this.count -= marks.items.length;
    this.undraw(marks);
    const group = marks.group;
    if (!group) return;
    const at = group.blocks.indexOf(block);
    if (at < 0) return;
    group.blocks.splice(at, 1);
    if (group.blocks.length === 0) {
      if (this.lastGroup === group) this.lastGroup = null;
      this.drawnAway.delete(group);
      this.groups.delete(group);
    }
    // A new end is placed by its own first report; until then the group stays as it is.
    this.endsChanged.add(group);
  }

  /**
   * Draws the waiting ranges when `shouldDraw` says so: the scanner calls it before it yields to the
   * page, with `force` at the end of a pass. Past DRAW_ALL_LIMIT, what waits belongs to groups near the
   * view, and is drawn at once.
   */
  draw(force = false): void {
    if (!this.nearView && this.count > DRAW_ALL_LIMIT) this.drawOnlyNearView();
    if (this.nearView) this.watchEnds(this.nearView);
    // Counted from the sets themselves (five at most): a page may clear our highlights too.
    const waiting = sizeOf(this.waiting.values());
    if (!(this.nearView ? waiting > 0 : shouldDraw(waiting, sizeOf(this.highlights.values()), force))) return;
    for (const [category, set] of this.waiting) {
      const highlight = this.highlightFor(category);
      if (highlight) for (const mark of set) highlight.add(mark.staticRange);
      set.clear();
    }
  }

  /**
   * From now on a group's marks are drawn while it is within NEAR_VIEW_MARGIN of the view. What is drawn
   * stays drawn until the observer has placed its group, so nothing blinks.
   */
  private drawOnlyNearView(): void {
    if (typeof IntersectionObserver !== 'function' || !registry()) return;
    // Waiting ranges are drawn, or not, with their groups.
    for (const set of this.waiting.values()) set.clear();
    // The frame's own document as the root: its viewport, and a margin that holds in cross-origin frames too.
    this.nearView = new IntersectionObserver((entries) => this.onReport(entries), {
      root: document,
      rootMargin: NEAR_VIEW_MARGIN,
      scrollMargin: SCROLLER_MARGIN,
    });
    for (const [block, marks] of this.blocks) this.join(block, marks);
    this.watchEnds(this.nearView);
    this.lastScrollY = scrollY;
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    addEventListener('resize', this.onResize, { passive: true });
  }

  /**
   * The observer reports a block only when it enters or leaves the margin around the view, so a group
   * whose ends never do is never placed anew while the blocks between them come into view:
   * - a scroller inside the page (a chat's panel) moves blocks that it clips before and after; its
   *   groups' ends are watched anew once a frame while it scrolls;
   * - the document itself, when one frame's scrolling moves further than the margin is tall (a jump: the
   *   scrollbar dragged, an anchor, find in page, End), takes a group's ends from below the margin to
   *   above it; every group's ends are watched anew then.
   * - a new size of the viewport (a window resized, zoom, a phone turned) moves every block as the text
   *   flows anew, and the margin with it; every group's ends are watched anew then too.
   * Watched anew, a block is reported where it is now. A scroll inside a shadow root does not leave it:
   * each shadow root that holds a group is listened to as well.
   */
  private readonly onScroll = (event: Event): void => {
    if (event.target instanceof Element) this.scrolled.add(event.target);
    else if (event.target === document) {
      const y = scrollY;
      // The margin is a viewport above and below: an end crosses it unseen only in a move of three.
      if (Math.abs(y - this.lastScrollY) >= 2 * innerHeight) this.placeAll = true;
      this.lastScrollY = y;
    }
    if (this.scrolled.size > 0 || this.placeAll) {
      this.placeFrame ||= requestAnimationFrame(() => this.placeScrolled());
    }
  };

  private readonly onResize = (): void => {
    this.placeAll = true;
    this.placeFrame ||= requestAnimationFrame(() => this.placeScrolled());
  };

  private placeScrolled(): void {
    this.placeFrame = 0;
    const observer = this.nearView;
    const scrollers = [...this.scrolled];
    const all = this.placeAll;
    this.scrolled.clear();
    this.placeAll = false;
    if (!observer) return;
    for (const group of this.groups) {
      const parent = group.parent;
      if (!all && (!parent || !scrollers.some((scroller) => holdsAcrossShadows(scroller, parent)))) continue;
      for (const end of group.watched) {
        const standIn = this.standIns.get(end);
        for (const watched of standIn ? [end, standIn] : [end]) {
          observer.unobserve(watched);
          observer.observe(watched);
        }
      }
    }
  }

  /** Puts a new block in the last group if it continues it, else in a new group of its own. */
  private join(block: Element, marks: BlockMarks): void {
    const last = this.lastGroup;
    if (last && last.blocks.length < GROUP_SIZE && last.parent === block.parentNode) {
      last.blocks.push(block);
      marks.group = last;
      this.endsChanged.add(last);
      return;
    }
    const group: Group = { parent: block.parentNode, blocks: [block], near: null, drawn: false, watched: [] };
    marks.group = group;
    this.lastGroup = group;
    this.groups.add(group);
    const root = block.getRootNode();
    if (root instanceof ShadowRoot && !this.shadowRoots.has(root)) {
      this.shadowRoots.add(root);
      root.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    }
    this.endsChanged.add(group);
  }

  /**
   * Watches the current first and last blocks of the groups whose ends changed, and no others. Every
   * group lets go of its old ends before any watches its new ones: a block dropped from one group and
   * found again joins another, and must not be let go of after it was watched there.
   */
  private watchEnds(observer: IntersectionObserver): void {
    const endsOf = new Map<Group, Element[]>();
    for (const group of this.endsChanged) {
      const { blocks } = group;
      const ends = blocks.length === 0 ? [] : [...new Set([blocks[0] as Element, blocks.at(-1) as Element])];
      endsOf.set(group, ends);
      for (const old of group.watched) {
        if (ends.includes(old)) continue;
        this.release(observer, old);
        if (this.standingFor.has(old)) continue;
        this.sides.delete(old);
        observer.unobserve(old);
      }
    }
    for (const [group, ends] of endsOf) {
      for (const end of ends) {
        if (group.watched.includes(end)) continue;
        // Watched already as a stand-in, it would not be reported again: watched anew, it is.
        if (this.standingFor.has(end)) observer.unobserve(end);
        observer.observe(end);
      }
      group.watched = ends;
    }
    this.endsChanged.clear();
  }

  /** Whether `element` is watched as an end of its group. */
  private isEnd(element: Element): boolean {
    return this.blocks.get(element)?.group?.watched.includes(element) ?? false;
  }

  /**
   * Places `block` by `ancestor` from now on, watching it unless it is watched already (then its last
   * side holds for the block at once). With no ancestor left nothing says where the block is: it counts
   * as near, so that its marks are drawn rather than lost.
   */
  private standIn(observer: IntersectionObserver, block: Element, ancestor: Element | null): void {
    this.release(observer, block);
    if (!ancestor) {
      this.sides.set(block, 'near');
      return;
    }
    this.standIns.set(block, ancestor);
    let blocks = this.standingFor.get(ancestor);
    if (!blocks) {
      blocks = new Set();
      this.standingFor.set(ancestor, blocks);
      if (!this.isEnd(ancestor)) observer.observe(ancestor);
    }
    blocks.add(block);
    const known = this.sides.get(ancestor);
    if (known) this.sides.set(block, known);
    else this.sides.delete(block);
  }

  /** Stops placing `block` by a stand-in, and stops watching the stand-in if nothing else needs it. */
  private release(observer: IntersectionObserver, block: Element): void {
    const ancestor = this.standIns.get(block);
    if (!ancestor) return;
    this.standIns.delete(block);
    const blocks = this.standingFor.get(ancestor);
    blocks?.delete(block);
    if (blocks?.size) return;
    this.standingFor.delete(ancestor);
    if (this.isEnd(ancestor)) return;
    this.sides.delete(ancestor);
    observer.unobserve(ancestor);
  }

  private onReport(entries: readonly IntersectionObserverEntry[]): void {
    const observer = this.nearView;
    if (!observer) return;
    const touched = new Set<Group>();
    const place = (block: Element, side: Side | undefined): void => {
      if (side) this.sides.set(block, side);
      const group = this.blocks.get(block)?.group;
      if (group) touched.add(group);
    };
    // `block` is placed by the element above `sizeless` from now on, with its side if that one has a side.
    const placeAbove = (block: Element, sizeless: Element): void => {
      this.standIn(observer, block, composedParentElement(sizeless));
      place(block, this.sides.get(block));
    };
    for (const entry of entries) {
      const { target } = entry;
      const side = sideOf(entry);
      const blocks = this.standingFor.get(target);
      if (blocks) {
        if (side) this.sides.set(target, side);
        // A stand-in with no box either: its blocks are placed by the next ancestor up.
        for (const block of [...blocks]) {
          if (side) place(block, side);
          else placeAbove(block, target);
        }
      }
      const group = this.blocks.get(target)?.group;
      // A report may still come for a block that is no longer an end of its group.
      if (!group || (target !== group.blocks[0] && target !== group.blocks.at(-1))) continue;
      if (side) {
        this.release(observer, target);
        place(target, side);
      } else if (!this.standIns.has(target)) placeAbove(target, target);
    }
    let drew = false;
    for (const group of touched) {
      const first = this.sides.get(group.blocks[0] as Element);
      const last = this.sides.get(group.blocks.at(-1) as Element);
      if (!first || !last) continue;
      const placed = group.near !== null;
      group.near = groupIsNear(first, last);
      if (!group.near) {
        // What was drawn before the limit stays drawn until the next taking off, so that nothing blinks.
        if (group.drawn || !placed) this.drawnAway.add(group);
        continue;
      }
      this.drawnAway.delete(group);
      if (group.drawn) continue;
      drew = true;
      group.drawn = true;
      for (const marks of this.marksOf(group)) this.drawNow(marks);
    }
    // Taken off in the same task as the new ones are drawn: one rendering update for both.
    if (drew && sizeOf(this.highlights.values()) > DRAW_ALL_LIMIT) {
      for (const group of this.drawnAway) {
        group.drawn = false;
        for (const marks of this.marksOf(group)) this.undraw(marks);
      }
      this.drawnAway.clear();
    }
  }

  /** The marks of each block of a group. */
  private *marksOf(group: Group): Generator<BlockMarks> {
    for (const block of group.blocks) {
      const marks = this.blocks.get(block);
      if (marks) yield marks;
    }
  }

  /** Puts a block's marks in the highlights at once (the group came near). */
  private drawNow(block: BlockMarks): void {
    const { items, categories } = block;
    for (let i = 0; i < items.length; i++) {
      this.highlightFor(categories[i] as Category)?.add((items[i] as Drawable).staticRange);
    }
  }

  /** Takes a block's marks off the highlights and out of the waiting sets. */
  private undraw(block: BlockMarks): void {
    block.items.forEach((mark, i) => {
      const category = block.categories[i] as Category;
      if (this.waiting.get(category)?.delete(mark) || !mark.hasStaticRange) return;
      this.highlights.get(category)?.delete(mark.staticRange);
    });
  }

  private waitingFor(category: Category): Set<Drawable> {
    let set = this.waiting.get(category);
    if (!set) {
      set = new Set();
      this.waiting.set(category, set);
    }
    return set;
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
    this.blocks.clear();
    this.count = 0;
    this.nearView?.disconnect();
    this.nearView = null;
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    for (const root of this.shadowRoots) root.removeEventListener('scroll', this.onScroll, { capture: true });
    this.shadowRoots.clear();
    cancelAnimationFrame(this.placeFrame);
    this.placeFrame = 0;
    this.scrolled.clear();
    this.placeAll = false;
    removeEventListener('resize', this.onResize);
    this.sides.clear();
    this.standIns.clear();
    this.standingFor.clear();
    this.lastGroup = null;
    this.drawnAway.clear();
    this.endsChanged.clear();
    this.groups.clear();
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
