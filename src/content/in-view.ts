// The element at a point of the viewport, found by descending through children in the order of the page
// instead of hit-testing: on the 10 MB bench pages, the scanner's three elementFromPoint calls for the
// blocks in view took 10–24 ms of its CPU in the profiles (a hit test walks the boxes; 20,000 paragraphs
// share a parent), while a handful of getBoundingClientRect reads on a laid-out page cost next to nothing.
import { isInline } from './block-runs';

/**
 * Pure: the first of `count` items, ordered down the page, whose bottom lies below `y` (binary search);
 * `count` when there is none.
 */
export function firstBelow(count: number, bottomOf: (index: number) => number, y: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (bottomOf(mid) <= y) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Children looked at past the one the search finds, for a row of blocks side by side (columns). */
const ROW_LOOKAHEAD = 8;
/** A point in a gap between blocks (their margins) counts with the block this close below it. */
const GAP_PX = 200;
/** How deep the descent goes before it gives up (as deep as pages of prose nest, and more). */
const MAX_DEPTH = 64;

/**
 * The deepest element under `root` at the point (x, y) of the viewport, found by assuming that children
 * follow each other down the page, as blocks in normal flow do, or stand side by side in a row: the first
 * child from the one the search finds that spans x, holding the point or just below it (a point between
 * two paragraphs lands in their margins, where a hit test finds their container). Null where none does
 * (a fixed overlay, positioned children, an order this does not describe), and the caller hit-tests.
 */
export function elementAtPoint(root: Element, x: number, y: number): Element | null {
  const box = root.getBoundingClientRect();
  if (!(box.left <= x && x < box.right && box.top <= y && y < box.bottom)) return null;
  let element = root;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const children = element.children;
    if (children.length === 0) return element;
    const rectOf = (index: number): DOMRect => (children[index] as Element).getBoundingClientRect();
    const first = firstBelow(children.length, (i) => rectOf(i).bottom, y);
    let next: Element | null = null;
    for (let i = first; i < Math.min(children.length, first + ROW_LOOKAHEAD); i++) {
      const rect = rectOf(i);
      if (rect.top > y + GAP_PX) break;
      if (rect.left <= x && x < rect.right) {
        next = children[i] as Element;
        break;
      }
    }
    if (!next) {
      // On the element's own text, between or beside inline children: the element is the answer.
      for (const child of children) if (!isInline(child)) return null;
      return element;
    }
    element = next;
  }
  return null;
}
