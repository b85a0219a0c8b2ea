// Why an ambiguous glossary alias was marked: the content script finds the evidence, the card says it.

/** The AI terms found in the occurrence's block, or on its page, that let an ambiguous alias be marked. */
export interface MarkReason {
  readonly scope: 'block' | 'page';
  readonly termIds: readonly string[];
  /** Topic cues as the page writes them ("deep learning", 人工智能): AI words that are no terms. */
  readonly words: readonly string[];
}
