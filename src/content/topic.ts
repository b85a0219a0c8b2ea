// Decides where the glossary's ambiguous aliases (LLM, NPC, corpus, 阿里, Google…) are marked: only where
// the page shows AI evidence. The scanner reports every match it finds; an ambiguous one without evidence
// is held here, and released when evidence turns up later in its block or anywhere on the page.
import type { MarkReason } from '../core/mark-reason';

/**
 * The evidence rule. A block (a paragraph, list item, cell…) is on topic when it holds an unambiguous
 * alias, or BLOCK_DISTINCT_TERMS distinct glossary terms. The page (this frame) is on topic when it holds
 * PAGE_UNAMBIGUOUS occurrences of unambiguous aliases, or one and PAGE_DISTINCT_WITH_ONE distinct terms,
 * or PAGE_DISTINCT_TERMS distinct terms. One stray "ChatGPT" in a law school's news box then marks its own
 * paragraph, not every "LLM program" on the page.
 */
export const BLOCK_DISTINCT_TERMS = 3;
export const PAGE_UNAMBIGUOUS = 2;
export const PAGE_DISTINCT_WITH_ONE = 3;
export const PAGE_DISTINCT_TERMS = 4;
/** How many evidence terms a reason names. */
const REASON_TERMS = 3;

interface BlockCount {
  unambiguous: number[];
  terms: Set<number>;
}

/**
 * Evidence only ever grows: once the page or a block is on topic it stays so for the life of the content
 * script (a block that is rewritten keeps its verdict), so that evidence that scrolls away or is replaced
 * never takes marks off and puts them back.
 */
export class TopicEvidence<Held> {
  private unambiguousCount = 0;
  private readonly pageTerms = new Set<number>();
  private readonly pageUnambiguous: number[] = [];
  private pageReason: MarkReason | null = null;
  /** Counts of the blocks scanned in the current pass (a block is always read whole in one pass). */
  private readonly counts = new Map<Element, BlockCount>();
  private readonly onTopic = new WeakMap<Element, MarkReason>();
  private readonly held = new Map<Element, Held[]>();
  private readonly released: [Held, MarkReason][] = [];

  constructor(private readonly termIds: readonly string[]) {}

  /** Records one match; call it for every match of a piece before asking for reasons. */
  see(block: Element, term: number, ambiguous: boolean): void {
    let count = this.counts.get(block);
    if (!count) {
      count = { unambiguous: [], terms: new Set() };
      this.counts.set(block, count);
    }
    count.terms.add(term);
    this.pageTerms.add(term);
    if (!ambiguous) {
      this.unambiguousCount++;
      if (!count.unambiguous.includes(term)) count.unambiguous.push(term);
      if (!this.pageUnambiguous.includes(term)) this.pageUnambiguous.push(term);
    }
    if (!this.onTopic.has(block)) {
      if (count.unambiguous.length > 0 || count.terms.size >= BLOCK_DISTINCT_TERMS) {
        const reason = this.reasonOf('block', count.unambiguous, count.terms);
        this.onTopic.set(block, reason);
        this.release(block, reason);
      }
    }
    if (!this.pageReason && this.pageIsOnTopic()) {
      this.pageReason = this.reasonOf('page', this.pageUnambiguous, this.pageTerms);
      for (const block of [...this.held.keys()]) this.release(block, this.pageReason);
    }
  }

  /** Why an ambiguous alias in this block may be marked now, or null: then hold it. */
  reason(block: Element): MarkReason | null {
    return this.onTopic.get(block) ?? this.pageReason;
  }

  hold(block: Element, item: Held): void {
    const list = this.held.get(block);
    if (list) list.push(item);
    else this.held.set(block, [item]);
  }

  /** What evidence released since the last call, each with its reason; in the order it was held. */
  takeReleased(): [Held, MarkReason][] {
    return this.released.splice(0);
  }

  /** Blocks with held occurrences, for pruning. */
  heldBlocks(): IterableIterator<Element> {
    return this.held.keys();
  }

  /** Forgets what is held for a block that left the document or is about to be read again. */
  dropBlock(block: Element): void {
    this.held.delete(block);
  }

  /** Forgets everything held; the verdicts stay. */
  clearHeld(): void {
    this.held.clear();
    this.released.length = 0;
    this.counts.clear();
  }

  endPass(): void {
    this.counts.clear();
  }

  private pageIsOnTopic(): boolean {
    const distinct = this.pageTerms.size;
    return (
      this.unambiguousCount >= PAGE_UNAMBIGUOUS ||
      (this.unambiguousCount >= 1 && distinct >= PAGE_DISTINCT_WITH_ONE) ||
      distinct >= PAGE_DISTINCT_TERMS
    );
  }

  private release(block: Element, reason: MarkReason): void {
    const list = this.held.get(block);
    if (!list) return;
    this.held.delete(block);
    for (const item of list) this.released.push([item, reason]);
  }

  /** The unambiguous terms that made the verdict, or (the distinct-terms rule) the first terms seen. */
  private reasonOf(
    scope: MarkReason['scope'],
    unambiguous: readonly number[],
    terms: Set<number>,
  ): MarkReason {
    const evidence = unambiguous.length > 0 ? unambiguous : [...terms];
    return Object.freeze({
      scope,
      termIds: Object.freeze(evidence.slice(0, REASON_TERMS).map((t) => this.termIds[t] as string)),
    });
  }
}
