// The marker draws in batches that at least double what is drawn (mark.ts: a Chromium rendering update
// rebuilds every range of every highlight after any change), and loses nothing on the way.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Marker, shouldDraw } from '../../../src/content/mark';

/** A registry and Highlight at the edge, as the browser gives them; counts the changes a renderer would see. */
class FakeHighlight extends Set<AbstractRange> {
  static changes = 0;
  override add(range: AbstractRange): this {
    FakeHighlight.changes++;
    return super.add(range);
  }
}

const scope = globalThis as unknown as { CSS?: unknown; Highlight?: unknown };
let saved: { CSS?: unknown; Highlight?: unknown };
let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  saved = { CSS: scope.CSS, Highlight: scope.Highlight };
  registry = new Map();
  scope.CSS = { highlights: registry };
  scope.Highlight = FakeHighlight;
  FakeHighlight.changes = 0;
});
afterEach(() => {
  scope.CSS = saved.CSS;
  scope.Highlight = saved.Highlight;
});

const range = (): AbstractRange => ({}) as AbstractRange;
const drawn = (): number => [...registry.values()].reduce((sum, highlight) => sum + highlight.size, 0);

describe('shouldDraw', () => {
  it('draws the first ranges at once, then only when the waiting ones are as many as those drawn', () => {
    expect(shouldDraw(1, 0, false)).toBe(true);
    expect(shouldDraw(9, 10, false)).toBe(false);
    expect(shouldDraw(10, 10, false)).toBe(true);
    expect(shouldDraw(1, 10, true)).toBe(true);
    expect(shouldDraw(0, 0, true)).toBe(false);
  });
});

describe('Marker', () => {
  it('draws 10,000 ranges added 20 per slice in a number of steps near log2 of the count', () => {
    const marker = new Marker('dotted');
    const steps = new Set<number>();
    for (let slice = 0; slice < 500; slice++) {
      for (let i = 0; i < 20; i++) marker.add(slice % 2 ? 'model' : 'concept', range());
      marker.draw();
      steps.add(drawn());
    }
    marker.draw(true);
    steps.add(drawn());
    expect(drawn()).toBe(10_000);
    expect(FakeHighlight.changes).toBe(10_000);
    // 20, 40, 80, … 10,240 would be 10 steps; the end of the pass draws the rest.
    expect(steps.size).toBeLessThanOrEqual(Math.ceil(Math.log2(10_000 / 20)) + 2);
    expect([...registry.keys()].sort()).toEqual(['aigc-lens-dotted-concept', 'aigc-lens-dotted-model']);
  });

  it('a range deleted before it is drawn is never drawn; a drawn one is taken off', () => {
    const marker = new Marker('dotted');
    const first = range();
    marker.add('model', first);
    marker.draw();
    const waiting = range();
    marker.add('model', waiting);
    marker.delete('model', waiting);
    marker.draw(true);
    expect(drawn()).toBe(1);
    marker.delete('model', first);
    expect(drawn()).toBe(0);
    // What is drawn counts again from nothing: the next range is drawn at once.
    marker.add('model', range());
    marker.draw();
    expect(drawn()).toBe(1);
  });

  it('clear forgets the waiting ranges too', () => {
    const marker = new Marker('dotted');
    marker.add('model', range());
    marker.draw();
    marker.add('model', range());
    marker.clear();
    marker.draw(true);
    expect(drawn()).toBe(0);
  });
});
