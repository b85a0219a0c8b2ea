// The topic rule's thresholds, in one place: the engine applies them block by block (content/topic.ts),
// and the background's first look at a frame's text (background/term-probe.ts) asks whether they could be
// met anywhere in it.
/**
 * The evidence rule. Evidence is an unambiguous alias or a topic cue (an AI word that is no term, such
 * as "deep learning" or 人工智能). A block (a paragraph, list item, cell…) is on topic when it holds
 * evidence, or BLOCK_DISTINCT_TERMS distinct glossary terms. The page (this frame) is on topic when it
 * holds PAGE_UNAMBIGUOUS pieces of evidence, or one and PAGE_DISTINCT_WITH_ONE distinct terms, or
 * PAGE_DISTINCT_TERMS distinct terms. One stray "ChatGPT" in a law school's news box then marks its own
 * paragraph, not every "LLM program" on the page.
 */
export const BLOCK_DISTINCT_TERMS = 3;
export const PAGE_UNAMBIGUOUS = 2;
export const PAGE_DISTINCT_WITH_ONE = 3;
export const PAGE_DISTINCT_TERMS = 4;
