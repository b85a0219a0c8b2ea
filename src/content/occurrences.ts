// The index of every term occurrence found in this frame: which page text is which term, for marking,
// hit-testing (hit-test.ts says what text is under a point) and "terms on this page". Occurrences hold
// their nodes and offsets, and make a StaticRange only when one is drawn or asked for: most occurrences of
// a big page are never drawn (mark.ts draws only what is near the view), and a StaticRange is a DOM
// object with a JS wrapper (~33 ms for 23,000 of them on the 10 MB bench page, and garbage to collect).
// Unlike live Ranges, neither costs the page anything when its DOM changes (the observer drops and
// re-finds what a change touched).
import type { MarkReason } from '../core/mark-reason';
import { blockOrder } from './document-order';
import { caretAt, rectsContainPoint } from './hit-test';
import type { Drawable } from './mark';

/** Where a piece of text lies: a StaticRange's four fields, which a StaticRange itself also has. */
export interface TextSpan {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
}

export interface Occurrence extends TextSpan, Drawable {
  /** A new live Range over the occurrence's text (the page never sees it). */
  liveRange(): Range;
  /** Made on first use, then the same object (a highlight finds a range to delete by identity). */
  readonly staticRange: StaticRange;
  readonly term: number;
  readonly termId: string;
  readonly block: Element;
  /** The text of the run it was found in, joined from the run's nodes. */
  runText(): string;
  /** The other terms found in the same piece of the run. */
  nearbyTermIds(): readonly string[];
  /** False when the density setting leaves this one unmarked: counted, but neither drawn nor hoverable. */
  readonly marked: boolean;
  /** For an ambiguous alias: the AI evidence it was marked on (see topic.ts); null for the others. */
  readonly reason: MarkReason | null;
}

export interface OccurrenceIndex {
  /** Marked occurrences, in document order. */
  list(): readonly Occurrence[];
  /** Every occurrence, marked or not (the density setting leaves some unmarked), in no order. */
  all(): Iterable<Occurrence>;
  /** The marked occurrence under a viewport point, or null. */
  atPoint(x: number, y: number): Occurrence | null;
}

/**
 * What the occurrences found in one piece of a run share, kept once for all of them: the run's text
 * nodes (its text is joined again when a card asks, instead of every occurrence keeping a copy of the
 * block's text alive) and the ids of the terms found in that piece.
 */
export interface RunContext {
  readonly nodes: readonly Text[];
  readonly termIds: readonly string[];
}

/**
 * A class rather than an object literal: a literal with methods or getters costs closures per occurrence
 * and lands in V8's dictionary mode (~280 bytes each on a page of 22,700 terms); here the methods live
 * once on the prototype and the fields in the object.
 */
class StoredOccurrence implements Occurrence {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  private range: StaticRange | null = null;

  constructor(
    span: TextSpan,
    readonly term: number,
    readonly termId: string,
    readonly block: Element,
    private readonly run: RunContext,
    readonly marked: boolean,
    readonly reason: MarkReason | null,
  ) {
    this.startContainer = span.startContainer;
    this.startOffset = span.startOffset;
    this.endContainer = span.endContainer;
    this.endOffset = span.endOffset;
  }

  get staticRange(): StaticRange {
    this.range ??= new StaticRange(this);
    return this.range;
  }

  get hasStaticRange(): boolean {
    return this.range !== null;
  }

  liveRange(): Range {
    const range = document.createRange();
    range.setStart(this.startContainer, this.startOffset);
    range.setEnd(this.endContainer, this.endOffset);
    return range;
  }

  runText(): string {
    const { nodes } = this.run;
    return nodes.length === 1 ? (nodes[0] as Text).data : nodes.map((node) => node.data).join('');
  }

  nearbyTermIds(): readonly string[] {
    return this.run.termIds.filter((id) => id !== this.termId);
  }

  /** The run's text nodes from the one the occurrence starts in to the one it ends in. */
  coveredNodes(): readonly Node[] {
    const { startContainer, endContainer } = this;
    if (startContainer === endContainer) return [startContainer];
    const { nodes } = this.run;
    const first = nodes.indexOf(startContainer as Text);
    const last = nodes.indexOf(endContainer as Text, first);
    return first < 0 || last < 0 ? [startContainer, endContainer] : nodes.slice(first, last + 1);
  }
}

export function makeOccurrence(
  span: TextSpan,
  term: number,
  termId: string,
  block: Element,
  run: RunContext,
  marked: boolean,
  reason: MarkReason | null = null,
): Occurrence {
  return new StoredOccurrence(span, term, termId, block, run, marked, reason);
}

/** Still over the same text it was found in: its nodes are in the document and long enough. */
export function isIntact(occurrence: Occurrence): boolean {
  const { startContainer, endContainer, startOffset, endOffset } = occurrence;
  return (
    startContainer.isConnected &&
    endContainer.isConnected &&
    (startContainer as Text).length >= startOffset &&
    (endContainer as Text).length >= endOffset
  );
}

/** The mutable store behind OccurrenceIndex: the scanner adds and drops occurrences by block. */
export class OccurrenceStore implements OccurrenceIndex {
  private readonly byBlock = new Map<Element, Occurrence[]>();
  /** An occurrence alone at its node (the usual case) is kept without an array around it. */
  private readonly byNode = new Map<Node, Occurrence | Occurrence[]>();
  private sorted: Occurrence[] | null = [];
  readonly shadowRoots: ShadowRoot[] = [];

  /** `onFirstMarked` runs once, when the first marked occurrence comes in (the hover bridge's cue). */
  constructor(private onFirstMarked: (() => void) | null = null) {}

  add(occurrence: Occurrence): void {
    const list = this.byBlock.get(occurrence.block);
    if (list) list.push(occurrence);
    else this.byBlock.set(occurrence.block, [occurrence]);
    if (occurrence.marked) {
      for (const node of this.nodesOf(occurrence)) {
        const atNode = this.byNode.get(node);
        if (!atNode) this.byNode.set(node, occurrence);
        else if (Array.isArray(atNode)) atNode.push(occurrence);
        else this.byNode.set(node, [atNode, occurrence]);
      }
      if (this.onFirstMarked) {
        const first = this.onFirstMarked;
        this.onFirstMarked = null;
        first();
      }
    }
    this.sorted = null;
  }

  /**
   * Adds an occurrence found after others of its block that lie after it (an ambiguous alias released
   * by later evidence), in its place in reading order.
   */
  insert(occurrence: Occurrence): void {
    const list = this.byBlock.get(occurrence.block);
    const { startContainer, startOffset } = occurrence;
    // An occurrence whose text changed is about to be dropped and found again: any place is fine for it.
    const at = list?.findIndex(
      (other) => isIntact(other) && other.liveRange().comparePoint(startContainer, startOffset) < 0,
    );
    this.add(occurrence);
    if (list && at !== undefined && at >= 0) {
      list.pop();
      list.splice(at, 0, occurrence);
    }
  }

  /** Drops every occurrence of `block`, and returns them. */
  dropBlock(block: Element): Occurrence[] {
    const list = this.byBlock.get(block);
    if (!list) return [];
    this.byBlock.delete(block);
    for (const occurrence of list) {
      for (const node of this.nodesOf(occurrence)) {
        const atNode = this.byNode.get(node);
        if (atNode === occurrence) this.byNode.delete(node);
        else if (Array.isArray(atNode)) {
          const rest = atNode.filter((other) => other !== occurrence);
          if (rest.length > 1) this.byNode.set(node, rest);
          else if (rest.length === 1) this.byNode.set(node, rest[0] as Occurrence);
          else this.byNode.delete(node);
        }
      }
    }
    this.sorted = null;
    return list;
  }

  /** Blocks that hold occurrences, for pruning and for rescans. */
  blocks(): IterableIterator<Element> {
    return this.byBlock.keys();
  }

  /** The occurrences of a block, in reading order (a released alias asks whether its term is already marked there). */
  occurrencesOf(block: Element): readonly Occurrence[] {
    return this.byBlock.get(block) ?? [];
  }

  clear(): void {
    this.byBlock.clear();
    this.byNode.clear();
    this.sorted = [];
  }

  /** Every occurrence, marked or not, in no particular order. */
  *all(): IterableIterator<Occurrence> {
    for (const list of this.byBlock.values()) yield* list;
  }

  list(): readonly Occurrence[] {
    if (!this.sorted) {
      // Within a block, occurrences were added in reading order; blocks need ordering among themselves.
      const order = blockOrder(this.byBlock.keys());
      const blocks = [...this.byBlock.keys()].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      this.sorted = [];
      for (const block of blocks) {
        for (const occurrence of this.byBlock.get(block) ?? [])
          if (occurrence.marked) this.sorted.push(occurrence);
      }
    }
    return this.sorted;
  }

  /** How many distinct terms are marked, without ordering anything. */
  markedTermCount(): number {
    const terms = new Set<number>();
    for (const occurrence of this.all()) if (occurrence.marked) terms.add(occurrence.term);
    return terms.size;
  }

  atPoint(x: number, y: number): Occurrence | null {
    // No card over text being edited (a designMode document made editable after it was marked).
    if (document.designMode === 'on') return null;
    const caret = caretAt(x, y, this.shadowRoots);
    if (!caret) return null;
    const atNode = this.byNode.get(caret.node);
    if (!atNode) return null;
    for (const occurrence of Array.isArray(atNode) ? atNode : [atNode]) {
      if (isIntact(occurrence) && rectsContainPoint(occurrence.liveRange().getClientRects(), x, y))
        return occurrence;
    }
    return null;
  }

  /**
   * The text nodes an occurrence is indexed under for hit-testing: every node of its run it covers, so
   * that pointing at any character finds it (大语言模型 with a ruby annotation per character is five).
   */
  private nodesOf(occurrence: Occurrence): readonly Node[] {
    if (occurrence instanceof StoredOccurrence) return occurrence.coveredNodes();
    const { startContainer, endContainer } = occurrence;
    return startContainer === endContainer ? [startContainer] : [startContainer, endContainer];
  }
}
