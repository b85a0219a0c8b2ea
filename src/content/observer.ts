// Watches the document (and each open shadow root) for changes, and hands the scanner, in batches,
// the nodes whose text may have changed: added blocks, blocks whose inline content changed, and
// elements shown or hidden by an attribute.
import { blockOf, isInline } from './block-runs';

/** How long changes gather before one rescan; a page mutating 1,000 times a second costs ~20 rescans. */
const BATCH_MS = 50;
/**
 * Attributes that decide whether the scanner reads an element (block-runs.ts, isSkipped): removing
 * `hidden` (also `hidden="until-found"`, which find-in-page removes) or `contenteditable` reveals text to
 * mark; adding them hides marked text. `inert` and `aria-hidden` text is still shown and stays marked.
 */
const READ_ATTRIBUTES = ['hidden', 'contenteditable'];

export class ChangeObserver {
  private readonly observer: MutationObserver;
  private readonly pending = new Set<Node>();
  private removals = false;
  private timer = 0;

  constructor(private readonly onChanges: (roots: Set<Node>, removals: boolean) => void) {
    this.observer = new MutationObserver((records) => this.collect(records));
  }

  observe(root: Node): void {
    this.observer.observe(root, {
      childList: true,
      characterData: true,
      subtree: true,
      attributeFilter: READ_ATTRIBUTES,
    });
  }

  disconnect(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.timer = 0;
    this.pending.clear();
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData' || record.type === 'attributes') {
        this.pending.add(record.target);
        continue;
      }
      // New blocks are scanned on their own; new text or inline elements change their block's text.
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && !isInline(node as Element)) this.pending.add(node);
        else if (node.nodeType === 1 || node.nodeType === 3) this.pending.add(record.target);
      }
      if (record.removedNodes.length > 0) {
        this.removals = true;
        for (const node of record.removedNodes) {
          if (node.nodeType === 3 || (node.nodeType === 1 && isInline(node as Element))) {
            const block = blockOf(record.target);
            if (block) this.pending.add(block);
          }
        }
      }
    }
    if (!this.timer && (this.pending.size > 0 || this.removals)) {
      this.timer = window.setTimeout(() => this.flush(), BATCH_MS);
    }
  }

  private flush(): void {
    this.timer = 0;
    const roots = new Set(this.pending);
    const removals = this.removals;
    this.pending.clear();
    this.removals = false;
    this.onChanges(roots, removals);
  }
}
