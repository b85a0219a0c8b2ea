// Every size limit of AIGC Lens, each with its reason: receivers, parsers and callers import them from
// here instead of repeating a number.

/** A term or sentence id is a short slug (`rlhf`, `a7.p2.s2`); anything longer is not one of ours. */
export const MAX_ID = 64;

/**
 * The longest selected text a lookup carries: the lookup needs its first term only, and a message with a
 * whole page's selection would be copied between worlds for nothing. The context menu cuts to it; the
 * content script refuses longer.
 */
export const MAX_SELECTION_TEXT = 10_000;

/** 253 is the longest DNS name; anything longer is not a host name. */
export const MAX_HOST = 253;

/**
 * A host as stored may carry what normaliseHost strips (spaces, a trailing dot) before it is checked
 * against MAX_HOST; longer raw input is refused unread.
 */
export const MAX_RAW_HOST = 300;

/**
 * The text around a term that the card ranks passages against. Text beyond this says nothing more
 * about which passage fits, and ranking a huge block costs time while the card opens.
 */
export const MAX_CONTEXT = 4000;

/** The nearby terms a context carries: more than the glossary holds is no real context. */
export const MAX_NEARBY = 64;

/** Disabled sites kept: Chrome's storage.sync holds 8 KB per item; 500 short hosts already need local. */
export const MAX_DISABLED_SITES = 500;

/** Problem lines reported for one settings read, the last one counting the rest: a console, not a log. */
export const MAX_PROBLEMS = 12;

/**
 * The most text one probe message carries to the background (background/probe-text.ts): a bigger page is
 * sent in pieces, stopping at the first that may hold a term, so a 10 MB page is not one 20 MB message.
 */
export const PROBE_PIECE = 1_000_000;

/** Pieces overlap by more than the longest alias (~50 chars), so no alias is cut in two. */
export const PROBE_OVERLAP = 256;
