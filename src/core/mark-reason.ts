// Why an ambiguous glossary alias was marked: the content script finds the evidence, the card says it.

/** The AI terms found in the occurrence's block, or on its page, that let an ambiguous alias be marked. */
export interface MarkReason {
  readonly scope: 'block' | 'page';
  readonly termIds: readonly string[];
}
