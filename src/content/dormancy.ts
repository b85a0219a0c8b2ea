// Decides, before anything costly runs, whether a frame is worth scanning: most frames of the web are
// ads, trackers and widgets with no prose, yet every frame runs the content script. A frame not worth
// scanning stays dormant (no settings read, no question to the background) until it grows or text
// arrives.
import { openShadowRoots } from './frame-text';

/** A frame this small (a tracking pixel, a hidden or collapsed frame) shows no readable text. */
const TINY_PX = 4;
/** Mutations in a dormant frame are gathered this long before it looks again. */
const RECHECK_MS = 200;
/** Elements whose text is never shown (an ad frame's inline scripts). */
const NEVER_SHOWN = 'script, style, noscript, template';

/**
 * Is there any text under `root` that a page could show, its open shadow roots included? Stops at the
 * first. A TreeWalker over text nodes, asking an ancestor only of text that is not blank: an ad frame's
 * few nodes cost next to nothing, and a frame of prose stops at its first paragraph. (The scanner's own
 * walk, with its runs and skip rules, cost ~0.4 ms per small frame here, run cold in every frame.)
 */
export function holdsText(root: Node): boolean {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/\S/.test((node as Text).data) && !node.parentElement?.closest(NEVER_SHOWN)) return true;
  }
  for (const shadow of openShadowRoots(root)) if (shadow && holdsText(shadow)) return true;
  return false;
}

/**
 * A frame of a few pixels (or none: `display: none` gives its window a 0×0 viewport) shows nothing.
 * A media query, not innerWidth: reading innerWidth in a frame forced its parent's layout (~2 ms on the
 * benchmark's page of 20 frames) before the parent had painted. If the size is not known yet, the resize
 * that brings it wakes the frame.
 */
const tinyQuery = `(max-width: ${TINY_PX}px), (max-height: ${TINY_PX}px)`;
function tooSmall(): boolean {
  return matchMedia(tinyQuery).matches;
}

/** The top frame always is: its text may come late or inside shadow roots, which its observer follows. */
export function worthScanning(isTopFrame: boolean): boolean {
  return isTopFrame || (!tooSmall() && holdsText(document.body ?? document.documentElement));
}

/**
 * Calls `wake` at once when the frame is worth scanning, else once it becomes so: when its size crosses
 * the tiny bound (a frame shown or grown) or after text is added. Returns whether it woke at once.
 */
export function whenWorthScanning(isTopFrame: boolean, wake: () => void): boolean {
  if (worthScanning(isTopFrame)) return true;
  let timer = 0;
  // The query's own change event too, not only `resize`: it fires whenever the size crosses the bound,
  // also where a frame's first size comes after this script ran (a cross-site frame gets it from its
  // parent's process) and no resize may be dispatched for it.
  const tiny = matchMedia(tinyQuery);
  const check = (): void => {
    timer = 0;
    if (!worthScanning(isTopFrame)) return;
    observer.disconnect();
    removeEventListener('resize', schedule);
    tiny.removeEventListener('change', schedule);
    wake();
  };
  const schedule = (): void => {
    if (timer === 0) timer = window.setTimeout(check, RECHECK_MS);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(document, { childList: true, characterData: true, subtree: true });
  addEventListener('resize', schedule, { passive: true });
  tiny.addEventListener('change', schedule);
  return false;
}
