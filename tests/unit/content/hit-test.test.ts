// hit-test.ts (happy-dom): a point counts only inside the text's own rects, and the caret lookup prefers the
// standard API, hands it the open shadow roots, and falls back to the older one.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { caretAt, rectsContainPoint } from '../../../src/content/hit-test';

const rect = (left: number, top: number, width: number, height: number) =>
  new DOMRect(left, top, width, height);

describe('rectsContainPoint', () => {
  const rects = [rect(10, 10, 50, 20), rect(0, 30, 30, 20)];

  test('a point inside any of the rects is a hit, with a pixel of slack at each edge', () => {
    expect(rectsContainPoint(rects, 20, 15)).toBe(true);
    expect(rectsContainPoint(rects, 5, 40)).toBe(true);
    expect(rectsContainPoint(rects, 9, 15)).toBe(true);
    expect(rectsContainPoint(rects, 61, 31)).toBe(true);
  });

  test('a point beside the text is no hit, however near the caret snapped', () => {
    expect(rectsContainPoint(rects, 8, 15)).toBe(false);
    expect(rectsContainPoint(rects, 45, 45)).toBe(false);
    expect(rectsContainPoint([], 0, 0)).toBe(false);
  });
});

describe('caretAt', () => {
  // happy-dom has neither caret API: each test gives the document the one it tries.
  const doc = document as { caretPositionFromPoint?: unknown; caretRangeFromPoint?: unknown };
  afterEach(() => {
    delete doc.caretPositionFromPoint;
    delete doc.caretRangeFromPoint;
  });

  test('uses caretPositionFromPoint, with the shadow roots when there are any', () => {
    const node = document.createTextNode('ChatGPT');
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const fromPoint = vi.fn(() => ({ offsetNode: node, offset: 3 }));
    doc.caretPositionFromPoint = fromPoint;
    doc.caretRangeFromPoint = vi.fn();
    expect(caretAt(4, 5, [])).toEqual({ node, offset: 3 });
    expect(fromPoint).toHaveBeenLastCalledWith(4, 5, undefined);
    caretAt(4, 5, [shadow]);
    expect(fromPoint).toHaveBeenLastCalledWith(4, 5, { shadowRoots: [shadow] });
    expect(doc.caretRangeFromPoint).not.toHaveBeenCalled();
  });

  test('falls back to caretRangeFromPoint, and says null where neither finds a caret', () => {
    const node = document.createTextNode('RLHF');
    const range = document.createRange();
    range.setStart(node, 2);
    doc.caretRangeFromPoint = () => range;
    expect(caretAt(1, 1, [])).toEqual({ node, offset: 2 });
    doc.caretRangeFromPoint = () => null;
    expect(caretAt(1, 1, [])).toBeNull();
  });
});
