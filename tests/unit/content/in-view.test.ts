// The blocks in view are found by descending through children in page order (in-view.ts); where that
// order does not describe the layout, the caller hit-tests instead.
import { describe, expect, it } from 'vitest';
import { elementAtPoint, firstBelow } from '../../../src/content/in-view';

describe('firstBelow', () => {
  const bottoms = [10, 20, 30, 40];
  it('finds the first item whose bottom lies below the point, and the count when none does', () => {
    expect(firstBelow(4, (i) => bottoms[i] as number, 0)).toBe(0);
    expect(firstBelow(4, (i) => bottoms[i] as number, 10)).toBe(1);
    expect(firstBelow(4, (i) => bottoms[i] as number, 25)).toBe(2);
    expect(firstBelow(4, (i) => bottoms[i] as number, 40)).toBe(4);
    expect(firstBelow(0, () => 0, 5)).toBe(0);
  });
  it('reads about log2 of the items', () => {
    let reads = 0;
    firstBelow(
      20_000,
      (i) => {
        reads++;
        return (i + 1) * 50;
      },
      600_000,
    );
    expect(reads).toBeLessThanOrEqual(15);
  });
});

/** An element whose box is given (left, top, width, height), as laid out. */
function boxed(
  tag: string,
  [left, top, width, height]: [number, number, number, number],
  children: Element[] = [],
): Element {
  const element = document.createElement(tag);
  element.append(...children);
  element.getBoundingClientRect = () =>
    ({ left, top, right: left + width, bottom: top + height, width, height }) as DOMRect;
  return element;
}

describe('elementAtPoint', () => {
  it('descends to the paragraph at the point through blocks that follow each other down the page', () => {
    const paragraphs = Array.from({ length: 100 }, (_, i) => boxed('p', [0, i * 40, 800, 40]));
    const span = boxed('span', [100, 2000, 50, 20]);
    paragraphs[50]?.append(span);
    const main = boxed('main', [0, 0, 800, 4000], paragraphs);
    const body = boxed('body', [0, 0, 800, 4000], [boxed('header', [0, -100, 800, 100]), main]);
    expect(elementAtPoint(body, 400, 1010)).toBe(paragraphs[25]);
    expect(elementAtPoint(body, 120, 2005)).toBe(span);
    // On the paragraph's own text beside its inline child.
    expect(elementAtPoint(body, 400, 2005)).toBe(paragraphs[50]);
  });

  it('a point between two paragraphs (in their margins) counts with the one just below', () => {
    const paragraphs = Array.from({ length: 50 }, (_, i) => boxed('p', [0, i * 34 + 16, 800, 18]));
    const main = boxed('main', [0, 0, 800, 1800], paragraphs);
    expect(elementAtPoint(main, 400, 34 * 10 + 5)).toBe(paragraphs[10]);
  });

  it('in a row of columns side by side, takes the column under the point', () => {
    const paragraphs = Array.from({ length: 100 }, (_, i) => boxed('p', [200, i * 40, 500, 40]));
    const article = boxed('article', [200, 0, 500, 4000], paragraphs);
    const row = boxed(
      'div',
      [0, 0, 900, 4000],
      [boxed('nav', [0, 0, 200, 4000]), article, boxed('aside', [700, 0, 200, 4000])],
    );
    expect(elementAtPoint(row, 450, 1210)).toBe(paragraphs[30]);
  });

  it('gives up where no child spans the point (positioned children), or the point is outside', () => {
    const shelf = boxed(
      'div',
      [0, 0, 900, 2000],
      [boxed('div', [0, 0, 100, 2000]), boxed('div', [800, 0, 100, 2000])],
    );
    expect(elementAtPoint(shelf, 450, 500)).toBeNull();
    expect(elementAtPoint(shelf, 450, 5000)).toBeNull();
  });
});
