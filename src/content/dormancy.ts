// Decides, before anything costly runs, whether a frame is worth scanning and whether its text holds a
// term (a probe's "maybe": the engine decides): most frames of the web are ads, trackers and widgets with no prose, and most pages mention no
// term, yet every frame runs the content script. A frame not worth scanning stays dormant (no settings
// read, no matcher) until it grows or text arrives; one whose text holds no term loads no engine.
import type { MatchScanner, OnMatch } from '../core/matcher';
import { scanPiece, splitPoint } from '../core/pieces';
import { iterateRuns } from './block-runs';
import { CHUNK, SLICE_MS, yieldToPage } from './scanner';

/** A frame this small (a tracking pixel, a hidden or collapsed frame) shows no readable text. */
const TINY_PX = 4;
/** Mutations in a dormant frame are gathered this long before it looks again. */
const RECHECK_MS = 200;

/** Is there any run of visible text under `root`, its open shadow roots included? Stops at the first. */
export function holdsText(root: Node): boolean {
  const pending: Node[] = [root];
  const shadows: ShadowRoot[] = [];
  while (pending.length > 0) {
    for (const run of iterateRuns(pending.pop() as Node, (shadow) => shadows.push(shadow))) {
      if (run) return true;
    }
    pending.push(...shadows.splice(0));
  }
  return false;
}

/** A frame of a few pixels (or none: `display: none` gives its window a 0×0 viewport) shows nothing. */
function tooSmall(): boolean {
  return innerWidth <= TINY_PX || innerHeight <= TINY_PX;
}

/** The top frame always is: its text may come late or inside shadow roots, which its observer follows. */
export function worthScanning(isTopFrame: boolean): boolean {
  return isTopFrame || (!tooSmall() && holdsText(document.body ?? document.documentElement));
}

/**
 * Calls `wake` at once when the frame is worth scanning, else once it becomes so: on a resize (a frame
 * shown or grown) or after text is added. Returns whether it woke at once.
 */
export function whenWorthScanning(isTopFrame: boolean, wake: () => void): boolean {
  if (worthScanning(isTopFrame)) return true;
  let timer = 0;
  const check = (): void => {
    timer = 0;
    if (!worthScanning(isTopFrame)) return;
    observer.disconnect();
    removeEventListener('resize', schedule);
    wake();
  };
  const schedule = (): void => {
    if (timer === 0) timer = window.setTimeout(check, RECHECK_MS);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(document, { childList: true, characterData: true, subtree: true });
  addEventListener('resize', schedule, { passive: true });
  return false;
}

/**
 * Does the text under `roots` (and the open shadow roots met there, each handed to `onShadowRoot`) hold
 * any term? Stops at the first. Matches in pieces and yields to the page every few milliseconds, as the
 * scanner does; resolves null once `stale()` says the answer is no longer wanted.
 */
export async function holdsTerm(
  roots: Iterable<Node>,
  matcher: MatchScanner,
  onShadowRoot: (shadow: ShadowRoot) => void,
  stale: () => boolean,
): Promise<{ found: boolean; workMs: number; longestSliceMs: number } | null> {
  let sliceStart = performance.now();
  let workMs = 0;
  let longestSliceMs = 0;
  const endSlice = (): void => {
    const ms = performance.now() - sliceStart;
    workMs += ms;
    longestSliceMs = Math.max(longestSliceMs, ms);
  };
  const pending = [...roots];
  const shadows: ShadowRoot[] = [];
  let found = false;
  // The probe (createProbe) reports no topic cues: an AI word that is no term gives the engine nothing to mark.
  const onMatch: OnMatch = () => {
    found = true;
  };
  // Between pieces, and every few thousand nodes of a text-free stretch, look at the clock; only an
  // ended slice awaits (an await per run would cost a microtask per paragraph).
  const due = (): boolean => performance.now() - sliceStart > SLICE_MS;
  const pause = async (): Promise<boolean> => {
    endSlice();
    await yieldToPage();
    sliceStart = performance.now();
    return !stale();
  };
  while (pending.length > 0 && !found) {
    for (const run of iterateRuns(pending.pop() as Node, (shadow) => {
      shadows.push(shadow);
      onShadowRoot(shadow);
    })) {
      const text = run?.text ?? '';
      for (let from = 0; from < text.length && !found; ) {
        const to = text.length - from <= CHUNK ? text.length : splitPoint(text, from, from + CHUNK);
        from = Math.max(to, scanPiece(matcher, text, from, to, onMatch));
        if (!found && from < text.length && due() && !(await pause())) return null;
      }
      if (found) break;
      if (due() && !(await pause())) return null;
    }
    pending.push(...shadows.splice(0));
  }
  endSlice();
  return { found, workMs, longestSliceMs };
}
