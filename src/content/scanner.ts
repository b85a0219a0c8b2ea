// Finds terms in runs of page text and records them: the whole document in slices that yield to the
// page (the part in view first), and later only the blocks that changed.
import type { Category } from '../article/types';
import type { Matcher } from '../core/matcher';
import type { Density } from '../core/settings';
import { blockOf, isInSkippedSubtree, iterateRuns, locate, type TextRun } from './block-runs';
import type { Marker } from './mark';
import { makeOccurrence, type OccurrenceStore } from './occurrences';

export interface ScanOptions {
  readonly density: Density;
  readonly categories: Readonly<Record<Category, boolean>>;
}

/** Longest stretch of work before yielding to the page (well under the 50 ms of a "long task"). */
const SLICE_MS = 6;
const MEASURE_NAME = 'aigc-lens:scan';
/** Our User Timing entries are cleared past this many, so hours on a busy page do not pile them up. */
const MAX_MEASURES = 100;

type Scheduler = { yield?: () => Promise<void> };

/** Gives the page's own tasks a turn. scheduler.yield keeps our place in line; a message port is the fallback. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export class Scanner {
  private options: ScanOptions;
  /** first-per-page: terms already marked somewhere in this frame. */
  private markedOnPage = new Set<number>();
  /** first-per-block: terms marked per block during the current pass. */
  private markedInBlock = new Map<Element, Set<number>>();
  private readonly seenShadowRoots = new WeakSet<ShadowRoot>();
  private generation = 0;
  private measures = 0;
  /** Time spent working (not waiting for the page) in the current pass, and its longest slice. */
  private workMs = 0;
  private longestSliceMs = 0;

  constructor(
    private readonly matcher: Matcher,
    private readonly store: OccurrenceStore,
    private readonly marker: Marker,
    options: ScanOptions,
    private readonly onShadowRoot: (shadow: ShadowRoot) => void,
  ) {
    this.options = options;
  }

  setOptions(options: ScanOptions): void {
    this.options = options;
  }

  /** Forgets everything found; a running pass stops at its next slice. */
  reset(): void {
    this.generation++;
    this.marker.clear();
    this.store.clear();
    this.markedOnPage.clear();
    this.markedInBlock.clear();
  }

  /** Scans the whole document, the part in view first. Resolves when done (or superseded). */
  async scanDocument(): Promise<void> {
    const generation = this.generation;
    const start = performance.now();
    this.workMs = 0;
    this.longestSliceMs = 0;
    const root = document.body ?? document.documentElement;
    const inView = this.blockInView(root);
    const roots: Node[] = inView ? [inView, root] : [root];
    const done = new Set<Element>();
    for (const [index, scanRoot] of roots.entries()) {
      const runs = iterateRuns(scanRoot, (shadow) => this.adoptShadowRoot(shadow));
      // The second pass skips the blocks the first already did.
      const ok = await this.consume(runs, generation, index === 0 ? done : null, index === 1 ? done : null);
      if (!ok) return;
    }
    this.markedInBlock.clear();
    this.measure(start, 'document');
    this.store.notify();
  }

  /**
   * Drops and re-finds what changed under these roots (nodes whose block changed, new blocks, or shadow
   * roots), and drops whatever left the document.
   */
  async rescan(roots: Iterable<Node>): Promise<void> {
    const generation = this.generation;
    const start = performance.now();
    this.workMs = 0;
    this.longestSliceMs = 0;
    const dirty = new Set<Node>();
    for (const root of roots) {
      const scope = root instanceof ShadowRoot ? root : blockOf(root);
      if (scope?.isConnected && !isInSkippedSubtree(scope)) dirty.add(scope);
    }
    // A root inside another root is covered by it. parentNode, not parentElement: it climbs out of shadow trees' tops.
    const tops = [...dirty].filter((scope) => {
      for (let up = scope.parentNode; up; up = up.parentNode) if (dirty.has(up)) return false;
      return true;
    });
    this.prune(new Set(tops));
    for (const top of tops) {
      if (
        !(await this.consume(
          iterateRuns(top, (shadow) => this.adoptShadowRoot(shadow)),
          generation,
          null,
          null,
        ))
      ) {
        return;
      }
    }
    this.markedInBlock.clear();
    this.measure(start, 'changes');
    this.store.notify();
  }

  /** Occurrences whose block left the document, or lies under a root about to be rescanned, are dropped. */
  private prune(under: ReadonlySet<Node>): void {
    const stale: Element[] = [];
    for (const block of this.store.blocks()) {
      if (!block.isConnected) stale.push(block);
      else if (under.size) {
        for (let up: Node | null = block; up; up = up.parentNode) {
          if (under.has(up)) {
            stale.push(block);
            break;
          }
        }
      }
    }
    for (const block of stale) {
      for (const occurrence of this.store.dropBlock(block)) {
        if (occurrence.marked)
          this.marker.delete(this.matcher.categories[occurrence.term] as Category, occurrence.staticRange);
      }
    }
  }

  /** Runs the matcher over runs until they end, yielding every SLICE_MS. False when superseded. */
  private async consume(
    runs: Generator<TextRun>,
    generation: number,
    record: Set<Element> | null,
    skip: ReadonlySet<Element> | null,
  ): Promise<boolean> {
    let sliceStart = performance.now();
    for (const run of runs) {
      if (skip?.has(run.block)) continue;
      record?.add(run.block);
      this.scanRun(run);
      const now = performance.now();
      if (now - sliceStart > SLICE_MS) {
        this.endSlice(now - sliceStart);
        await yieldToPage();
        if (generation !== this.generation) return false;
        sliceStart = performance.now();
      }
    }
    this.endSlice(performance.now() - sliceStart);
    return true;
  }

  private endSlice(ms: number): void {
    this.workMs += ms;
    this.longestSliceMs = Math.max(this.longestSliceMs, ms);
  }

  private scanRun(run: TextRun): void {
    const found: number[] = [];
    this.matcher.scan(run.text, (start, end, term) => {
      found.push(start, end, term);
    });
    if (found.length === 0) return;
    const { categories, termIds } = this.matcher;
    const { density, categories: enabled } = this.options;
    const termsHere = new Set<number>();
    for (let i = 2; i < found.length; i += 3) termsHere.add(found[i] as number);
    let inBlock = this.markedInBlock.get(run.block);
    for (let i = 0; i < found.length; i += 3) {
      const term = found[i + 2] as number;
      const category = categories[term] as Category;
      if (!enabled[category]) continue;
      let marked = true;
      if (density === 'first-per-page') marked = !this.markedOnPage.has(term);
      else if (density === 'first-per-block') marked = !inBlock?.has(term);
      if (marked) {
        this.markedOnPage.add(term);
        if (!inBlock) {
          inBlock = new Set();
          this.markedInBlock.set(run.block, inBlock);
        }
        inBlock.add(term);
      }
      const [startNode, startOffset] = locate(run, found[i] as number, false);
      const [endNode, endOffset] = locate(run, found[i + 1] as number, true);
      const range = new StaticRange({
        startContainer: startNode,
        startOffset,
        endContainer: endNode,
        endOffset,
      });
      const nearby: string[] = [];
      for (const other of termsHere) if (other !== term) nearby.push(termIds[other] as string);
      this.store.add(
        makeOccurrence(range, term, termIds[term] as string, run.block, run.text, nearby, marked),
      );
      if (marked) this.marker.add(category, range);
    }
  }

  private adoptShadowRoot(shadow: ShadowRoot): void {
    if (this.seenShadowRoots.has(shadow)) return;
    this.seenShadowRoots.add(shadow);
    this.onShadowRoot(shadow);
  }

  /** A block near the middle of the viewport, a few levels up, so the first slice marks what is in view. */
  private blockInView(root: Element): Element | null {
    if (!document.body || innerHeight === 0) return null;
    let element = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
    for (
      let level = 0;
      element && level < 3 && element.parentElement && element.parentElement !== root;
      level++
    ) {
      element = element.parentElement;
    }
    // A block, so that no block is split between the in-view pass and the rest.
    element = element && blockOf(element);
    return element && element !== root && root.contains(element) && !isInSkippedSubtree(element)
      ? element
      : null;
  }

  /** One User Timing entry per pass: wall time from start to end, with the time actually worked. */
  private measure(start: number, pass: 'document' | 'changes'): void {
    if (++this.measures > MAX_MEASURES) {
      performance.clearMeasures(MEASURE_NAME);
      this.measures = 1;
    }
    const detail = { pass, workMs: this.workMs, longestSliceMs: this.longestSliceMs };
    performance.measure(MEASURE_NAME, { start, end: performance.now(), detail });
  }
}
