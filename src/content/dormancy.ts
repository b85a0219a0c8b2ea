// Decides, before anything costly runs, whether a frame is worth scanning: most frames of the web are ads,
// trackers and widgets with no prose, and every one of them runs the content script. Such a frame stays
// dormant (no settings read, no matcher, no scan) until it grows, or text arrives.
import { iterateRuns } from './block-runs';

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
