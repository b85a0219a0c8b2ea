// Which text is under a viewport point: the caret APIs name a text node and offset, and a hit counts only
// inside the client rects of the text itself. The occurrence store asks this on every pointer frame.

/** A position in the DOM: a node and an offset in it. */
export interface CaretPoint {
  readonly node: Node;
  readonly offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/**
 * The caret position under a viewport point: the standard caretPositionFromPoint, which reaches into the
 * open shadow roots it is given, or else the older caretRangeFromPoint.
 */
export function caretAt(x: number, y: number, shadowRoots: ShadowRoot[]): CaretPoint | null {
  const doc = document as CaretDocument;
  if (doc.caretPositionFromPoint) {
    const position = doc.caretPositionFromPoint(x, y, shadowRoots.length ? { shadowRoots } : undefined);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * Whether a point lies in one of the rects (with a pixel of slack at each edge). Caret APIs snap to the
 * nearest text even far from it; a hit must be inside a rect of the text itself.
 */
export function rectsContainPoint(rects: Iterable<DOMRectReadOnly>, x: number, y: number): boolean {
  for (const rect of rects) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}
