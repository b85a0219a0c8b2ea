// The marker draws in batches that at least double what is drawn, and past DRAW_ALL_LIMIT only what is
// near the view (mark.ts: a Chromium rendering update rebuilds every range of every highlight after any
// change), and loses nothing on the way.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DRAW_ALL_LIMIT,
  type Drawable,
  GROUP_SIZE,
  groupIsNear,
  Marker,
  shouldDraw,
  sideOf,
} from '../../../src/content/mark';

/** A registry and Highlight at the edge, as the browser gives them; counts the changes a renderer would see. */
class FakeHighlight extends Set<AbstractRange> {
  static changes = 0;
  override add(range: AbstractRange): this {
    FakeHighlight.changes++;
    return super.add(range);
  }
}

/** An IntersectionObserver at the edge: the test says which blocks are near the view, and when. */
class FakeObserver {
  static last: FakeObserver | null = null;
  readonly observed = new Set<Element>();
  disconnected = false;
  constructor(readonly report: (entries: IntersectionObserverEntry[]) => void) {
    FakeObserver.last = this;
  }
  /** Every observe call, in order (watching a target anew makes a real observer report it again). */
  readonly observeCalls: Element[] = [];
  observe(target: Element): void {
    this.observed.add(target);
    this.observeCalls.push(target);
  }
  unobserve(target: Element): void {
    this.observed.delete(target);
  }
  disconnect(): void {
    this.disconnected = true;
    this.observed.clear();
  }
  /** Reports the watched ones of these blocks as near the view, above it or below it. */
  tell(targets: Element[], side: 'near' | 'above' | 'below'): void {
    const bottom = side === 'above' ? -700 : 2000;
    this.report(
      targets
        .filter((target) => this.observed.has(target))
        .map(
          (target) =>
            ({
              target,
              isIntersecting: side === 'near',
              boundingClientRect: { width: 100, height: 20, top: bottom - 20, bottom },
              rootBounds: { top: -600, bottom: 1200 },
            }) as unknown as IntersectionObserverEntry,
        ),
    );
  }
}

const scope = globalThis as unknown as { CSS?: unknown; Highlight?: unknown; IntersectionObserver?: unknown };
let saved: { CSS?: unknown; Highlight?: unknown; IntersectionObserver?: unknown };
let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  saved = { CSS: scope.CSS, Highlight: scope.Highlight, IntersectionObserver: scope.IntersectionObserver };
  registry = new Map();
  scope.CSS = { highlights: registry };
  scope.Highlight = FakeHighlight;
  scope.IntersectionObserver = FakeObserver;
  FakeHighlight.changes = 0;
  FakeObserver.last = null;
  LazyMark.made = 0;
});
afterEach(() => {
  scope.CSS = saved.CSS;
  scope.Highlight = saved.Highlight;
  scope.IntersectionObserver = saved.IntersectionObserver;
});

/** A mark whose range is made on first use, as an occurrence's is; counts the ranges made. */
class LazyMark implements Drawable {
  static made = 0;
  private range: AbstractRange | null = null;
  get staticRange(): AbstractRange {
    if (!this.range) {
      LazyMark.made++;
      this.range = {} as AbstractRange;
    }
    return this.range;
  }
  get hasStaticRange(): boolean {
    return this.range !== null;
  }
}
const mark = (): Drawable => new LazyMark();
const block = (): Element => document.createElement('p');
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

describe('sideOf', () => {
  const view = { top: -600, bottom: 1200 };
  const report = (top: number, isIntersecting = false): IntersectionObserverEntry =>
    ({
      target: document.createElement('p'),
      isIntersecting,
      boundingClientRect: { width: 300, height: 40, top, bottom: top + 40 },
      rootBounds: view,
    }) as unknown as IntersectionObserverEntry;

  it('places a block that does not intersect by its vertical position alone', () => {
    expect(sideOf(report(100, true))).toBe('near');
    expect(sideOf(report(-700))).toBe('above');
    expect(sideOf(report(1200))).toBe('below');
    // Level with the view but out of it sideways: a card scrolled away in a horizontal scroller.
    expect(sideOf(report(100))).toBe('near');
    expect(sideOf(report(-620))).toBe('near');
  });

  it('gives no side for a block that reports no size and does not intersect', () => {
    const entry = { ...report(0), boundingClientRect: { width: 0, height: 0, top: 0, bottom: 0 } };
    expect(sideOf(entry as unknown as IntersectionObserverEntry)).toBe(null);
  });
});

describe('Marker', () => {
  it('draws 10,000 ranges added 20 per slice in a number of steps near log2 of the count', () => {
    // No observer: the limit past which only what is near the view is drawn does not apply.
    scope.IntersectionObserver = undefined;
    const marker = new Marker('dotted');
    const steps = new Set<number>();
    const blocks = Array.from({ length: 10 }, block);
    for (let slice = 0; slice < 500; slice++) {
      for (let i = 0; i < 20; i++)
        marker.add(slice % 2 ? 'model' : 'concept', mark(), blocks[i % 10] as Element);
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

  it('a block dropped before its ranges are drawn is never drawn; a drawn one is taken off', () => {
    const marker = new Marker('dotted');
    const [first, second] = [block(), block()];
    marker.add('model', mark(), first);
    marker.draw();
    marker.add('model', mark(), second);
    marker.add('concept', mark(), second);
    marker.dropBlock(second);
    marker.draw(true);
    expect(drawn()).toBe(1);
    expect(marker.size).toBe(1);
    marker.dropBlock(first);
    expect(drawn()).toBe(0);
    expect(marker.size).toBe(0);
    // What is drawn counts again from nothing: the next range is drawn at once.
    marker.add('model', mark(), first);
    marker.draw();
    expect(drawn()).toBe(1);
  });

  it('clear forgets the waiting ranges too', () => {
    const marker = new Marker('dotted');
    const one = block();
    marker.add('model', mark(), one);
    marker.draw();
    marker.add('model', mark(), one);
    marker.clear();
    marker.draw(true);
    expect(drawn()).toBe(0);
    expect(marker.size).toBe(0);
  });
});

describe('groupIsNear', () => {
  it('is near when either end is, or when the ends lie on both sides of the view', () => {
    expect(groupIsNear('near', 'below')).toBe(true);
    expect(groupIsNear('above', 'near')).toBe(true);
    expect(groupIsNear('above', 'below')).toBe(true);
    expect(groupIsNear('below', 'above')).toBe(true);
    expect(groupIsNear('above', 'above')).toBe(false);
    expect(groupIsNear('below', 'below')).toBe(false);
  });
});

describe('Marker past DRAW_ALL_LIMIT', () => {
  /** A marker with `count` marks, two per block, the blocks in one parent, drawn as a pass would draw them. */
  function filled(count: number): { marker: Marker; blocks: Element[] } {
    const marker = new Marker('dotted');
    const parent = document.createElement('main');
    const blocks = Array.from({ length: count / 2 }, () => parent.appendChild(block()));
    for (const one of blocks) {
      marker.add('model', mark(), one);
      marker.add('concept', mark(), one);
      marker.draw();
    }
    marker.draw(true);
    return { marker, blocks };
  }
  const groupOf = (blocks: Element[], index: number): Element[] =>
    blocks.slice(index * GROUP_SIZE, (index + 1) * GROUP_SIZE);

  it('draws everything up to the limit, with no observer', () => {
    filled(DRAW_ALL_LIMIT);
    expect(drawn()).toBe(DRAW_ALL_LIMIT);
    expect(FakeObserver.last).toBeNull();
  });

  it('past it, watches only the ends of groups, draws the groups that come near, and takes off those away once too much is drawn', () => {
    const { marker, blocks } = filled(4 * DRAW_ALL_LIMIT);
    const observer = FakeObserver.last as FakeObserver;
    const groups = Math.ceil(blocks.length / GROUP_SIZE);
    expect(observer.observed.size).toBe(2 * groups);
    const place = (index: number, side: 'near' | 'above' | 'below') =>
      observer.tell(groupOf(blocks, index), side);
    // What was drawn when the limit was crossed (the first groups) stays drawn: nothing blinks.
    const drawnBefore = drawn();
    expect(drawnBefore).toBeGreaterThan(0);
    expect(drawnBefore).toBeLessThanOrEqual(DRAW_ALL_LIMIT);
    // The first report: the view is in group 10, between its ends.
    for (let index = 0; index < groups; index++) place(index, index < 10 ? 'above' : 'below');
    observer.tell([groupOf(blocks, 10)[0] as Element], 'above');
    const perGroup = 2 * GROUP_SIZE;
    expect(drawn()).toBe(drawnBefore + perGroup);
    expect(marker.size).toBe(4 * DRAW_ALL_LIMIT);
    // The reader scrolls down, group by group: each one that comes near is drawn, and once more than the
    // limit is drawn, everything away from the view is taken off in the same change.
    let index = 10;
    while (drawn() <= DRAW_ALL_LIMIT - perGroup) {
      place(index, 'above');
      place(++index, 'near');
    }
    place(index, 'above');
    place(++index, 'near');
    expect(drawn()).toBe(perGroup);
    // Back up by one group: it is drawn again; the one left stays drawn.
    place(index, 'below');
    place(index - 1, 'near');
    expect(drawn()).toBe(2 * perGroup);
    place(index, 'near');
    expect(drawn()).toBe(2 * perGroup);
    // A new mark in a group near the view is drawn at the next draw; one far from it is only kept.
    const [near, far] = [groupOf(blocks, index)[1] as Element, blocks[0] as Element];
    marker.add('model', mark(), near);
    marker.add('model', mark(), far);
    marker.draw();
    expect(drawn()).toBe(2 * perGroup + 1);
    expect(marker.size).toBe(4 * DRAW_ALL_LIMIT + 2);
    marker.dropBlock(near);
    expect(drawn()).toBe(2 * perGroup - 2);
  });

  it('makes the range of a mark only when it is drawn: dropping the blocks away from the view makes none', () => {
    const { marker, blocks } = filled(4 * DRAW_ALL_LIMIT);
    const made = LazyMark.made;
    expect(made).toBeGreaterThan(0);
    expect(made).toBeLessThanOrEqual(DRAW_ALL_LIMIT);
    // Every block past those drawn when the limit was crossed: none of their marks has a range yet.
    for (const block of blocks.slice(-blocks.length / 2)) marker.dropBlock(block);
    expect(LazyMark.made).toBe(made);
    expect(marker.size).toBeLessThan(4 * DRAW_ALL_LIMIT);
  });

  it('a mark added to a group away from the view is drawn when the group comes back', () => {
    const { marker, blocks } = filled(4 * DRAW_ALL_LIMIT);
    const observer = FakeObserver.last as FakeObserver;
    observer.tell(blocks, 'below');
    const before = drawn();
    const later = groupOf(blocks, 20)[3] as Element;
    marker.add('concept', mark(), later);
    marker.draw();
    expect(drawn()).toBe(before);
    observer.tell(groupOf(blocks, 20), 'near');
    expect(drawn()).toBe(before + 2 * GROUP_SIZE + 1);
  });

  it('a group whose end is dropped watches its new end from the next slice on', () => {
    const { marker, blocks } = filled(2 * DRAW_ALL_LIMIT);
    const observer = FakeObserver.last as FakeObserver;
    const first = groupOf(blocks, 0);
    marker.dropBlock(first[0] as Element);
    expect(observer.observed.has(first[1] as Element)).toBe(false);
    marker.draw();
    expect(observer.observed.has(first[0] as Element)).toBe(false);
    expect(observer.observed.has(first[1] as Element)).toBe(true);
    // A block in the middle is dropped without changing what is watched.
    marker.dropBlock(first[5] as Element);
    expect(observer.observed.has(first[6] as Element)).toBe(false);
  });

  it('a block that goes from one group to another in one slice stays watched as the new end', () => {
    const { marker, blocks } = filled(2 * DRAW_ALL_LIMIT);
    const observer = FakeObserver.last as FakeObserver;
    // The last group is not full; its last block goes, then the first group's first block, which the
    // scanner finds again at once and which joins the last group as its new end.
    const moved = blocks[0] as Element;
    marker.dropBlock(blocks.at(-1) as Element);
    marker.dropBlock(moved);
    marker.add('model', mark(), moved);
    marker.draw();
    expect(observer.observed.has(moved)).toBe(true);
    expect(observer.observed.has(blocks[1] as Element)).toBe(true);
  });

  it('while a scroller inside the page scrolls, the ends of its groups are watched anew once a frame, and no others', async () => {
    const marker = new Marker('dotted');
    const panel = document.body.appendChild(document.createElement('div'));
    const outside = document.body.appendChild(document.createElement('main'));
    const inPanel = Array.from({ length: DRAW_ALL_LIMIT }, () => panel.appendChild(block()));
    const elsewhere = Array.from({ length: GROUP_SIZE }, () => outside.appendChild(block()));
    for (const one of [...inPanel, ...elsewhere]) {
      marker.add('model', mark(), one);
      marker.draw();
    }
    marker.draw(true);
    const observer = FakeObserver.last as FakeObserver;
    const ends = (blocks: Element[]) =>
      Array.from({ length: Math.ceil(blocks.length / GROUP_SIZE) }, (_, i) => groupOf(blocks, i)).flatMap(
        (group) => [group[0] as Element, group.at(-1) as Element],
      );
    const calls = observer.observeCalls.length;
    panel.dispatchEvent(new Event('scroll'));
    panel.dispatchEvent(new Event('scroll'));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const again = observer.observeCalls.slice(calls);
    expect(new Set(again)).toEqual(new Set(ends(inPanel)));
    expect(again.length).toBe(ends(inPanel).length);
    // The document's own scrolling is the observer's to follow.
    document.dispatchEvent(new Event('scroll'));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(observer.observeCalls.length).toBe(calls + again.length);
    marker.clear();
    panel.dispatchEvent(new Event('scroll'));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(observer.observeCalls.length).toBe(calls + again.length);
    panel.remove();
    outside.remove();
  });

  it('a scroller inside a shadow root, whose scroll events stay there, has its groups watched anew too', async () => {
    const marker = new Marker('dotted');
    const host = document.body.appendChild(document.createElement('div'));
    const panel = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
    const messages = Array.from({ length: 2 * DRAW_ALL_LIMIT }, () => panel.appendChild(block()));
    for (const one of messages) {
      marker.add('model', mark(), one);
      marker.draw();
    }
    const observer = FakeObserver.last as FakeObserver;
    const calls = observer.observeCalls.length;
    panel.dispatchEvent(new Event('scroll'));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(observer.observeCalls.length - calls).toBe(observer.observed.size);
    marker.clear();
    host.remove();
  });

  it('a jump of the document (more than two viewports in one scroll) or a new viewport size watches every group anew; a smaller scroll none', async () => {
    const { marker } = filled(2 * DRAW_ALL_LIMIT);
    const observer = FakeObserver.last as FakeObserver;
    const watched = observer.observed.size;
    const jumpTo = async (y: number) => {
      (window as unknown as { scrollY: number }).scrollY = y;
      document.dispatchEvent(new Event('scroll'));
      await new Promise((resolve) => requestAnimationFrame(resolve));
    };
    const calls = observer.observeCalls.length;
    await jumpTo(innerHeight);
    await jumpTo(2 * innerHeight);
    expect(observer.observeCalls.length).toBe(calls);
    await jumpTo(5 * innerHeight);
    expect(observer.observeCalls.length).toBe(calls + watched);
    expect(observer.observed.size).toBe(watched);
    // A new size of the viewport moves every block too.
    window.dispatchEvent(new Event('resize'));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(observer.observeCalls.length).toBe(calls + 2 * watched);
    marker.clear();
    window.dispatchEvent(new Event('resize'));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(observer.observeCalls.length).toBe(calls + 2 * watched);
  });

  it('blocks of another parent start a group of their own', () => {
    const { marker, blocks } = filled(2 * DRAW_ALL_LIMIT);
    const observer = FakeObserver.last as FakeObserver;
    const elsewhere = block();
    marker.add('model', mark(), elsewhere);
    marker.draw();
    expect(observer.observed.has(elsewhere)).toBe(true);
    expect(observer.observed.has(blocks.at(-1) as Element)).toBe(true);
    observer.tell(blocks, 'above');
    const before = drawn();
    observer.tell([elsewhere], 'near');
    expect(drawn()).toBe(before + 1);
  });

  /** A report with no size for these blocks, as the browser gives for a block with no box or in a skipped section. */
  const sizeless = (targets: Element[]): IntersectionObserverEntry[] =>
    targets.map(
      (target) =>
        ({
          target,
          isIntersecting: false,
          boundingClientRect: { width: 0, height: 0, top: 0, bottom: 0 },
          rootBounds: { top: -600, bottom: 1200 },
        }) as unknown as IntersectionObserverEntry,
    );

  it('a block that reports no size (no box, or in a skipped section) is placed by its parent, watched in its place', () => {
    const { blocks } = filled(4 * DRAW_ALL_LIMIT);
    const observer = FakeObserver.last as FakeObserver;
    observer.tell(blocks, 'below');
    const before = drawn();
    const ends = [blocks[20 * GROUP_SIZE], blocks[21 * GROUP_SIZE - 1]] as Element[];
    const parent = ends[0]?.parentElement as Element;
    observer.report(sizeless(ends));
    expect(drawn()).toBe(before);
    expect(observer.observed.has(parent)).toBe(true);
    observer.tell([parent], 'below');
    expect(drawn()).toBe(before);
    observer.tell([parent], 'near');
    expect(drawn()).toBe(before + 2 * GROUP_SIZE);
    // Rendered, the blocks report a size of their own: the parent is no longer watched for them.
    observer.tell(ends, 'near');
    expect(observer.observed.has(parent)).toBe(false);
    expect(observer.observed.has(ends[0] as Element)).toBe(true);
  });

  it('a stand-in with no box either hands its blocks on to the next ancestor up, across a shadow root', () => {
    const { blocks } = filled(4 * DRAW_ALL_LIMIT);
    const observer = FakeObserver.last as FakeObserver;
    const main = blocks[0]?.parentElement as Element;
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(main);
    observer.tell(blocks, 'below');
    const before = drawn();
    const ends = [blocks[10 * GROUP_SIZE], blocks[11 * GROUP_SIZE - 1]] as Element[];
    observer.report(sizeless(ends));
    expect(observer.observed.has(main)).toBe(true);
    observer.report(sizeless([main]));
    expect(observer.observed.has(main)).toBe(false);
    expect(observer.observed.has(host)).toBe(true);
    observer.tell([host], 'near');
    expect(drawn()).toBe(before + 2 * GROUP_SIZE);
    // Blocks handed on to a stand-in already placed take its side at once.
    const more = [blocks[12 * GROUP_SIZE], blocks[13 * GROUP_SIZE - 1]] as Element[];
    observer.report(sizeless(more));
    observer.report(sizeless([main]));
    expect(drawn()).toBe(before + 4 * GROUP_SIZE);
  });

  it('a block with no ancestor that has a box counts as near, so that its marks are not lost', () => {
    const { blocks } = filled(4 * DRAW_ALL_LIMIT);
    const observer = FakeObserver.last as FakeObserver;
    const main = blocks[0]?.parentElement as Element;
    observer.tell(blocks, 'below');
    const before = drawn();
    observer.report(sizeless([blocks[10 * GROUP_SIZE], blocks[11 * GROUP_SIZE - 1]] as Element[]));
    observer.report(sizeless([main]));
    expect(drawn()).toBe(before + 2 * GROUP_SIZE);
  });

  it('a stand-in that is itself a watched end stays watched when the blocks it stood for no longer need it', () => {
    const { marker, blocks } = filled(2 * DRAW_ALL_LIMIT);
    const observer = FakeObserver.last as FakeObserver;
    const main = blocks[0]?.parentElement as Element;
    const outer = document.createElement('section');
    outer.append(main);
    // `outer` holds a term of its own: a block, the end of a group of one.
    marker.add('model', mark(), outer);
    marker.draw();
    expect(observer.observed.has(outer)).toBe(true);
    observer.tell([outer], 'below');
    const ends = [blocks[0], blocks[GROUP_SIZE - 1]] as Element[];
    observer.report(sizeless(ends));
    observer.report(sizeless([main]));
    expect(observer.observed.has(main)).toBe(false);
    observer.tell(ends, 'near');
    expect(observer.observed.has(outer)).toBe(true);
  });

  it('clear stops watching and starts again from drawing everything', () => {
    const { marker } = filled(2 * DRAW_ALL_LIMIT);
    const observer = FakeObserver.last as FakeObserver;
    marker.clear();
    expect(observer.disconnected).toBe(true);
    expect(drawn()).toBe(0);
    marker.add('model', mark(), block());
    marker.draw(true);
    expect(drawn()).toBe(1);
  });
});
