// The background's one probe, built on first use and kept warm for every frame's question
// (probe-text.ts): the whole matcher's aliases, ambiguity bits and topic cues, matching text joined from
// many blocks (an element's textContent; `scanJoined`, which applies no sense rule). Apart from the handler
// so that it stays pure and testable.
import { matcherData } from '../article/generated/matcher-data';
import { AMBIGUOUS, createMatcher, type Matcher, TOPIC_CUE } from '../core/matcher';
import { BLOCK_DISTINCT_TERMS } from '../core/topic-rule';

let probe: Matcher | null = null;

/**
 * Whether the engine could mark anything in `text`. A sense rule only ever rules a match out, so without
 * them this finds every term the engine finds, and more. In a document's first look, an ambiguous alias
 * (LLM, NPC, 阿里) is marked only where there is evidence (an unambiguous term or a topic cue) or enough
 * distinct terms for a block to be on topic (core/topic-rule.ts); with neither, or with a cue and no
 * alias, the engine would mark nothing, so the frame loads no engine. Text that changes later may bring
 * what earlier text lacked, so there any match counts.
 */
export function mayMarkTerm(text: string, pass: 'document' | 'changes'): boolean {
  probe ??= createMatcher({ ...matcherData, rules: [] }, { cues: true });
  let unambiguous = false;
  let cue = false;
  const ambiguous = new Set<number>();
  probe.scanJoined(text, (_start, _end, term, kind) => {
    if (kind === AMBIGUOUS) ambiguous.add(term);
    else if (kind === TOPIC_CUE) cue = true;
    else unambiguous = true;
  });
  // A cue is evidence for an ambiguous alias, never a mark of its own.
  if (unambiguous) return true;
  if (ambiguous.size === 0) return false;
  return pass === 'changes' || cue || ambiguous.size >= BLOCK_DISTINCT_TERMS;
}
