// Finds terms in runs of page text and records them: the whole document in slices that yield to the
// page (the part in view first), and later only the blocks that changed.
import type { Category } from '../article/types';
import type { MarkReason } from '../core/mark-reason';
import { AMBIGUOUS, type Matcher, TOPIC_CUE, UNAMBIGUOUS } from '../core/matcher';
import { scanPiece, splitPoint } from '../core/pieces';
import type { Density } from '../core/settings';
import { blockOf, isBeingEdited, isInSkippedSubtree, iterateRuns, locate, type TextRun } from './block-runs';
import { elementAtPoint } from './in-view';
import type { Marker } from './mark';
import { makeOccurrence, type OccurrenceStore, type RunContext, type TextSpan } from './occurrences';
import { TopicEvidence } from './topic';

export interface ScanOptions {
  readonly density: Density;
  readonly categories: Readonly<Record<Category, boolean>>;
}

/** Longest stretch of work before yielding to the page (well under the 50 ms of a "long task"). */
export const SLICE_MS = 6;
/** A run longer than this (a huge text node) is matched in pieces, with pauses between them. */
export const CHUNK = 32_768;
/** An in-view block with more child elements than this is a page container, not a paragraph. */
const MAX_VIEW_BLOCK_CHILDREN = 64;
const MEASURE_NAME = 'aigc-lens:scan';
/** Our User Timing entries are cleared past this many, so hours on a busy page do not pile them up. */
const MAX_MEASURES = 100;

/** An occurrence of an ambiguous alias found where the page shows no AI evidence (yet). */
interface HeldOccurrence {
  readonly span: TextSpan;
  readonly term: number;
  readonly block: Element;
  readonly context: RunContext;
}

type Scheduler = { yield?: () => Promise<void> };

/** Gives the page's own tasks a turn. scheduler.yield keeps our place in line; a message port is the fallback. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves once the browser is idle: after the frame it had to render (a layout it owed the page), so that
 * hit-testing forces none, or at once where it owed none. It asks for no frame itself: on a big page the
 * first frame after load is a long task of the page's own rendering, which a requestAnimationFrame here
 * made ours (docs/performance.md, "Frames we asked for"). The timeout covers a page that is never idle.
 */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 200 });
    else setTimeout(resolve, 0);
  });
}

/** Whether `node` is one of `nodes` or lies inside one. parentNode: it climbs out of shadow trees' tops. */
function isUnder(node: Node, nodes: ReadonlySet<Node>): boolean {
  for (let up: Node | null = node; up; up = up.parentNode) if (nodes.has(up)) return true;
  return false;
}

export class Scanner {
  private options: ScanOptions;
  /** first-per-page: terms already marked somewhere in this frame. */
  private markedOnPage = new Set<number>();
  /** first-per-block: terms marked per block during the current pass. */
  private markedInBlock = new Map<Element, Set<number>>();
  private readonly seenShadowRoots = new WeakSet<ShadowRoot>();
  private readonly aloneLists: (readonly string[] | undefined)[] = [];
  private lastRun: TextRun | null = null;
  private lastNodes: readonly Text[] = [];
  private generation = 0;
  private measures = 0;
  /** Time spent working (not waiting for the page) in the current pass, and its longest slice. */
  private workMs = 0;
  private longestSliceMs = 0;
  private readonly topic: TopicEvidence<HeldOccurrence>;
  /** When the current slice began: one clock for everything a pass does, however many roots it reads. */
  private sliceStart = 0;
  /** The passes, one after another (see `enqueue`). */
  private queue: Promise<void> = Promise.resolve();
  /** Roots waiting for the queued changes pass, which takes them all when it starts; null: none queued. */
  private pendingRoots: Set<Node> | null = null;
  private pendingPass: Promise<void> = Promise.resolve();

  constructor(
    private readonly matcher: Matcher,
    private readonly store: OccurrenceStore,
    private readonly marker: Marker,
    options: ScanOptions,
    private readonly onShadowRoot: (shadow: ShadowRoot) => void,
  ) {
    this.options = options;
    this.topic = new TopicEvidence(matcher.termIds);
  }

  setOptions(options: ScanOptions): void {
    this.options = options;
  }

  /** Forgets everything found; a running pass stops at its next slice, and queued ones do not run. */
  reset(): void {
    this.generation++;
    this.pendingRoots = null;
    this.marker.clear();
    this.store.clear();
    this.markedOnPage.clear();
    this.markedInBlock.clear();
    this.topic.clearHeld();
    this.forgetRun();
  }

  /** Scans the whole document, the part in view first. Resolves when done (or superseded). */
  scanDocument(): Promise<void> {
    return this.enqueue((generation) => this.scanDocumentPass(generation));
  }

  /**
   * Drops and re-finds what changed under these roots (nodes whose block changed, new blocks, or shadow
   * roots), and drops whatever left the document. Roots given while a changes pass waits its turn join
   * it: 5,000 shadow roots found by one document pass make one changes pass, not 5,000.
   */
  rescan(roots: Iterable<Node>): Promise<void> {
    if (this.pendingRoots) {
      for (const root of roots) this.pendingRoots.add(root);
      return this.pendingPass;
    }
    const pending = new Set(roots);
    this.pendingRoots = pending;
    this.pendingPass = this.enqueue((generation) => {
      if (this.pendingRoots === pending) this.pendingRoots = null;
      return this.rescanPass(pending, generation);
    });
    return this.pendingPass;
  }

  /**
   * Runs a pass after the ones before it, from a task of its own: passes never interleave, and no pass
   * starts inside another one's slice (a shadow root found mid-slice once started a nested pass there,
   * with a clock of its own: 5,000 of them made one 0.6–1 s task). A pass queued before a reset is dropped.
   */
  private enqueue(pass: (generation: number) => Promise<void>): Promise<void> {
    const generation = this.generation;
    const run = this.queue.then(async () => {
      await yieldToPage();
      if (generation !== this.generation) return;
      this.workMs = 0;
      this.longestSliceMs = 0;
      this.sliceStart = performance.now();
      await pass(generation);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async scanDocumentPass(generation: number): Promise<void> {
    const start = this.sliceStart;
    if (isBeingEdited(document)) {
      this.endPass(start, 'document');
      return;
    }
    const root = document.body ?? document.documentElement;
    // First the blocks in view, each on its own; then the whole document without entering them again.
    // Not for "first on the page", which means first in reading order, not first seen.
    // Not in a hidden document (no one sees it), and not before the browser is idle: on a big page still
    // being laid out, hit-testing earlier forces a layout of the whole document inside our first slice.
    let inView: Element[] = [];
    if (this.options.density !== 'first-per-page' && !document.hidden) {
      await whenIdle();
      if (generation !== this.generation) return;
      // The wait is the page's time, not a slice of ours: on a 10 MB page it can be the browser's first
      // layout (100–200 ms), which counted as our slice and made the longest one look that long.
      this.sliceStart = performance.now();
      inView = await this.blocksInView(root, generation);
      if (generation !== this.generation) return;
    }
    for (const block of inView) {
      if (
        !(await this.consume(
          iterateRuns(block, (shadow) => this.adoptShadowRoot(shadow)),
          generation,
        ))
      )
        return;
    }
    const rest = iterateRuns(root, (shadow) => this.adoptShadowRoot(shadow), new Set(inView));
    if (!(await this.consume(rest, generation))) return;
    this.endPass(start, 'document');
  }

  private async rescanPass(roots: ReadonlySet<Node>, generation: number): Promise<void> {
    const start = this.sliceStart;
    const dirty = new Set<Node>();
    // Scopes now skipped (hidden, made editable) are not read again, but what was marked in them goes.
    const hidden = new Set<Node>();
    const editing = isBeingEdited(document);
    for (const root of roots) {
      const scope = root instanceof ShadowRoot ? root : blockOf(root);
      if (!scope?.isConnected) continue;
      (editing || isInSkippedSubtree(scope) ? hidden : dirty).add(scope);
    }
    // A root inside another root is covered by it.
    const tops = [...dirty].filter((scope) => !(scope.parentNode && isUnder(scope.parentNode, dirty)));
    this.prune(new Set([...tops, ...hidden]));
    for (const top of tops) {
      if (
        !(await this.consume(
          iterateRuns(top, (shadow) => this.adoptShadowRoot(shadow)),
          generation,
        ))
      ) {
        return;
      }
    }
    this.endPass(start, 'changes');
  }

  private endPass(start: number, pass: 'document' | 'changes'): void {
    this.marker.draw(true);
    this.endSlice(performance.now() - this.sliceStart);
    this.forgetRun();
    this.markedInBlock.clear();
    this.topic.endPass();
    this.measure(start, pass);
  }

  /** Occurrences whose block left the document, or lies under a root about to be rescanned, are dropped. */
  private prune(under: ReadonlySet<Node>): void {
    const stale: Element[] = [];
    for (const block of [...this.store.blocks(), ...this.topic.heldBlocks()]) {
      if (!block.isConnected) stale.push(block);
      else if (under.size && isUnder(block, under)) stale.push(block);
    }
    for (const block of stale) {
      this.topic.dropBlock(block);
      this.store.dropBlock(block);
      this.marker.dropBlock(block);
    }
  }

  /**
   * Runs the matcher over runs until they end, yielding once the pass's slice is over SLICE_MS. False
   * when superseded.
   */
  private async consume(runs: Generator<TextRun | null>, generation: number): Promise<boolean> {
    // Between runs, and between the chunks of a very long run, look at the clock and let the page in.
    for (const run of runs) {
      if (run) {
        const length = run.text.length;
        for (let from = 0; from < length; ) {
          const to = length - from <= CHUNK ? length : splitPoint(run.text, from, from + CHUNK);
          from = Math.max(to, this.scanRun(run, from, to));
          if (from < length && !(await this.pause(generation))) return false;
        }
      }
      if (!(await this.pause(generation))) return false;
    }
    return true;
  }

  /** Yields to the page when the slice is over budget. False when the pass was superseded. */
  private async pause(generation: number): Promise<boolean> {
    const now = performance.now();
    if (now - this.sliceStart > SLICE_MS) {
      // Before the page's turn, whose rendering update draws what the marker hands over (mark.ts).
      this.marker.draw();
      this.endSlice(performance.now() - this.sliceStart);
      await yieldToPage();
      this.sliceStart = performance.now();
    }
    return generation === this.generation;
  }

  private endSlice(ms: number): void {
    this.workMs += ms;
    this.longestSliceMs = Math.max(this.longestSliceMs, ms);
  }

  /**
   * Finds and records the terms of `run` that start in [from, to); returns where the next piece starts.
   */
  private scanRun(run: TextRun, from: number, to: number): number {
    const found: number[] = [];
    const topic = this.topic;
    const lastEnd = scanPiece(this.matcher, run.text, from, to, (start, end, term, kind) => {
      // A cue is evidence and nothing else.
      if (kind === TOPIC_CUE) topic.seeCue(run.block, run.text, start, end);
      else found.push(start, end, term, kind);
    });
    if (found.length === 0) {
      this.recordReleased();
      return lastEnd;
    }
    const { categories, termIds } = this.matcher;
    const { categories: enabled } = this.options;
    const termsHere = new Set<number>();
    for (let i = 0; i < found.length; i += 4) {
      const term = found[i + 2] as number;
      termsHere.add(term);
      topic.see(run.block, term, found[i + 3] === AMBIGUOUS);
    }
    const context: RunContext = {
      nodes: this.nodesOf(run),
      termIds:
        termsHere.size === 1
          ? this.alone(termIds, found[2] as number)
          : Object.freeze(Array.from(termsHere, (term) => termIds[term] as string)),
    };
    for (let i = 0; i < found.length; i += 4) {
      const term = found[i + 2] as number;
      if (!enabled[categories[term] as Category]) continue;
      const [startNode, startOffset] = locate(run, found[i] as number, false);
      const [endNode, endOffset] = locate(run, found[i + 1] as number, true);
      const span: TextSpan = { startContainer: startNode, startOffset, endContainer: endNode, endOffset };
      if (found[i + 3] === UNAMBIGUOUS) this.record(span, term, run.block, context, null, false);
      else {
        const reason = topic.reason(run.block);
        if (reason) this.record(span, term, run.block, context, reason, false);
        else topic.hold(run.block, { span, term, block: run.block, context });
      }
    }
    this.recordReleased();
    return lastEnd;
  }

  /** Evidence found in the last piece releases what its block, or the whole page, held until now. */
  private recordReleased(): void {
    for (const [held, reason] of this.topic.takeReleased()) {
      this.record(held.span, held.term, held.block, held.context, reason, true);
    }
  }

  /**
   * Adds one occurrence, marked unless the density setting says otherwise. A released one may lie before
   * occurrences its block already has, so it is put in its place.
   */
  private record(
    span: TextSpan,
    term: number,
    block: Element,
    context: RunContext,
    reason: MarkReason | null,
    released: boolean,
  ): void {
    const { density } = this.options;
    let inBlock = this.markedInBlock.get(block);
    let marked = true;
    if (density === 'first-per-page') marked = !this.markedOnPage.has(term);
    else if (density === 'first-per-block') {
      marked = !(
        inBlock?.has(term) ||
        (released && this.store.occurrencesOf(block).some((o) => o.marked && o.term === term))
      );
    }
    if (marked) {
      this.markedOnPage.add(term);
      if (!inBlock) {
        inBlock = new Set();
        this.markedInBlock.set(block, inBlock);
      }
      inBlock.add(term);
    }
    const occurrence = makeOccurrence(
      span,
      term,
      this.matcher.termIds[term] as string,
      block,
      context,
      marked,
      reason,
    );
    if (released) this.store.insert(occurrence);
    else this.store.add(occurrence);
    if (marked) this.marker.add(this.matcher.categories[term] as Category, occurrence, block);
  }

  /**
   * The run's nodes, copied once per run (its pieces share the copy): the run's own array grew by push
   * and keeps spare slots, which every occurrence would keep alive.
   */
  private nodesOf(run: TextRun): readonly Text[] {
    if (this.lastRun !== run) {
      this.lastRun = run;
      this.lastNodes = run.nodes.slice();
    }
    return this.lastNodes;
  }

  /** Lets go of the last run, which holds its text (a 1 MB text node's, say) alive. */
  private forgetRun(): void {
    this.lastRun = null;
    this.lastNodes = [];
  }

  /** One shared list per term for the usual piece that holds a single term. */
  private alone(termIds: readonly string[], term: number): readonly string[] {
    let list = this.aloneLists[term];
    if (!list) {
      list = Object.freeze([termIds[term] as string]);
      this.aloneLists[term] = list;
    }
    return list;
  }

  private adoptShadowRoot(shadow: ShadowRoot): void {
    if (this.seenShadowRoots.has(shadow)) return;
    this.seenShadowRoots.add(shadow);
    this.onShadowRoot(shadow);
  }

  /**
   * The blocks at a few points down the middle of the viewport, so that the first slices mark what the
   * reader sees. Only small blocks: one that holds the whole page would make "in view first" mean nothing.
   * Found by descending in the page's order (in-view.ts), hit-tested where that order does not hold. Each
   * point may end the slice: on 3,000 sections with content-visibility: auto one costs ~20 ms in
   * Chromium, and three in a row made a 106 ms slice.
   */
  private async blocksInView(root: Element, generation: number): Promise<Element[]> {
    if (!document.body || innerHeight === 0) return [];
    const blocks = new Set<Element>();
    for (const y of [0.2, 0.5, 0.8]) {
      if (!(await this.pause(generation))) return [];
      const [x, at] = [innerWidth / 2, innerHeight * y];
      const hit = elementAtPoint(root, x, at) ?? document.elementFromPoint(x, at);
      const block = hit && blockOf(hit);
      if (!block || block === root || !root.contains(block) || isInSkippedSubtree(block)) continue;
      if (block.childElementCount > MAX_VIEW_BLOCK_CHILDREN) continue;
      blocks.add(block);
    }
    // A block inside another one in the list is scanned with it.
    return [...blocks].filter(
      (block) => ![...blocks].some((other) => other !== block && other.contains(block)),
    );
  }

  private measure(start: number, pass: 'document' | 'changes'): void {
    if (++this.measures > MAX_MEASURES) {
      performance.clearMeasures(MEASURE_NAME);
      this.measures = 1;
    }
    const detail = {
      pass,
      workMs: this.workMs,
      longestSliceMs: this.longestSliceMs,
      marks: this.marker.size,
    };
    performance.measure(MEASURE_NAME, { start, end: performance.now(), detail });
  }
}
