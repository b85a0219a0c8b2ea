// The background's one probe (createProbe with `anywhere`), built on first use and kept warm for every
// frame's question (probe-text.ts). Apart from the handler so that it stays pure and testable.
import { matcherAliases } from '../article/generated/matcher-aliases';
import { createProbe, type MatchScanner } from '../core/matcher';

let probe: MatchScanner | null = null;

/** Whether `text` (blocks joined with nothing between: an element's textContent) may hold a term. */
export function mayHoldTerm(text: string): boolean {
  probe ??= createProbe(matcherAliases, { anywhere: true });
  let found = false;
  probe.scan(text, () => {
    found = true;
  });
  return found;
}
