// Decides where the glossary's ambiguous aliases (LLM, NPC, corpus, 阿里, Google…) are marked: only where
// the page shows AI evidence. The scanner reports every match it finds; an ambiguous one without evidence
// is held here, and released when evidence turns up later in its block or anywhere on the page.
import type { MarkReason } from '../core/mark-reason';
import {
  BLOCK_DISTINCT_TERMS,
  PAGE_DISTINCT_TERMS,
  PAGE_DISTINCT_WITH_ONE,
  PAGE_UNAMBIGUOUS,
} from '../core/topic-rule';

/** How many evidence terms a reason names. */
const REASON_TERMS = 3;

interface Count {
  /** Occurrences of unambiguous aliases and cues. */
  evidence: number;
  /** The unambiguous terms, and the cue words, in the order found. */
  unambiguous: number[];
  words: string[];
  terms: Set<number>;
}

const newCount = (): Count => ({ evidence: 0, unambiguous: [], words: [], terms: new Set() });

function countTerm(count: Count, term: number, ambiguous: boolean): void {
  count.terms.add(term);
  if (ambiguous) return;
  count.evidence++;
  if (!count.unambiguous.includes(term)) count.unambiguous.push(term);
}

function countCue(count: Count, word: string): void {
  count.evidence++;
  if (count.words.length < REASON_TERMS && !count.words.includes(word)) count.words.push(word);
}

/** What takeReleased gives when nothing was released: most runs release nothing. */
const NONE_RELEASED: readonly never[] = Object.freeze([]);

/**
 * Evidence only ever grows: once the page or a block is on topic it stays so for the life of the content
 * script (a block that is rewritten keeps its verdict), so that evidence that scrolls away or is replaced
 * never takes marks off and puts them back.
 */
export class TopicEvidence<Held> {
  private readonly page = newCount();
  private pageReason: MarkReason | null = null;
  /** Counts of the blocks scanned in the current pass (a block is always read whole in one pass). */
  private readonly counts = new Map<Element, Count>();
  /**
   * The blocks on topic: each with its reason, or with the count that made it so until a reason is first
   * asked for (most blocks with evidence hold no ambiguous alias, and a reason is an object per block).
   */
  private readonly onTopic = new WeakMap<Element, MarkReason | Count>();
  private readonly held = new Map<Element, Held[]>();
  private readonly released: [Held, MarkReason][] = [];

  constructor(private readonly termIds: readonly string[]) {}

  /** Records one match of a term; call it for every match of a piece before asking for reasons. */
  see(block: Element, term: number, ambiguous: boolean): void {
    const count = this.countOf(block);
    countTerm(count, term, ambiguous);
    countTerm(this.page, term, ambiguous);
    this.decide(block, count);
  }

  /**
   * Records a topic cue (an AI word that is no term), as written on the page: `text` from `start` to
   * `end`, cut out only while a reason still has room for a word (a cue is found in most AI paragraphs).
   */
  seeCue(block: Element, text: string, start = 0, end = text.length): void {
    const count = this.countOf(block);
    const page = this.page;
    const word =
      count.words.length < REASON_TERMS || page.words.length < REASON_TERMS ? text.slice(start, end) : '';
    countCue(count, word);
    countCue(page, word);
    this.decide(block, count);
  }

  /** Why an ambiguous alias in this block may be marked now, or null: then hold it. */
  reason(block: Element): MarkReason | null {
    const verdict = this.onTopic.get(block);
    if (!verdict) return this.pageReason;
    if ('scope' in verdict) return verdict;
    const reason = this.reasonOf('block', verdict);
    this.onTopic.set(block, reason);
    return reason;
  }

  hold(block: Element, item: Held): void {
    const list = this.held.get(block);
    if (list) list.push(item);
    else this.held.set(block, [item]);
  }

  /** What evidence released since the last call, each with its reason; in the order it was held. */
  takeReleased(): readonly [Held, MarkReason][] {
    return this.released.length === 0 ? NONE_RELEASED : this.released.splice(0);
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

  private countOf(block: Element): Count {
    let count = this.counts.get(block);
    if (!count) {
      count = newCount();
      this.counts.set(block, count);
    }
    return count;
  }

  private decide(block: Element, count: Count): void {
    if (!this.onTopic.has(block) && (count.evidence > 0 || count.terms.size >= BLOCK_DISTINCT_TERMS)) {
      this.onTopic.set(block, count);
      if (this.held.has(block)) this.release(block, this.reason(block) as MarkReason);
    }
    const { evidence, terms } = this.page;
    if (
      !this.pageReason &&
      (evidence >= PAGE_UNAMBIGUOUS ||
        (evidence >= 1 && terms.size >= PAGE_DISTINCT_WITH_ONE) ||
        terms.size >= PAGE_DISTINCT_TERMS)
    ) {
      this.pageReason = this.reasonOf('page', this.page);
      for (const held of [...this.held.keys()]) this.release(held, this.pageReason);
    }
  }

  private release(block: Element, reason: MarkReason): void {
    const list = this.held.get(block);
    if (!list) return;
    this.held.delete(block);
    for (const item of list) this.released.push([item, reason]);
  }

  /** The unambiguous terms and cues that made the verdict, or (distinct-terms rule) the terms seen. */
  private reasonOf(scope: MarkReason['scope'], count: Count): MarkReason {
    const terms =
      count.unambiguous.length > 0 || count.words.length > 0 ? count.unambiguous : [...count.terms];
    return Object.freeze({
      scope,
      termIds: Object.freeze(terms.slice(0, REASON_TERMS).map((t) => this.termIds[t] as string)),
      words: Object.freeze(count.words.slice()),
    });
  }
}
