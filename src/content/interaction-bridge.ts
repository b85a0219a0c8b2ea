// The stand-in for interactions.ts in the engine chunk. Most pages are read without a card ever opening,
// so the hover state machine, tap and key handling, the card loader and the popup's requests stay out of
// it: until a mouse first rests on a term, a tap lands on one, or a request (a step or lookup command, the
// popup's list of terms) needs them, only these two listeners run. Then interactions.ts loads and is
// handed the events that brought it, so that first hover or tap still opens its card.
//
// Chromium quirk (pointer listeners repaint hit-test data; docs/browser-quirks.md): adding a pointer
// event listener, even a passive one, to the window makes the next frame recompute the whole page's
// hit-test data, a long task on a big page (docs/performance.md, "Frames we asked for"). So hover and taps
// are heard through mouse events (mousemove, click: input-source.ts tells a mouse from a finger), which do
// not cost that frame. They wait for the frame's first marked occurrence all the same (`arm`): before it no
// event can be on a term, and a page with none runs no listener of ours and asks for no frame.
import { fromTouch, isTapClick } from './input-source';
import type { InstalledInteractions, InteractionContext, Interactions, ReplayedEvent } from './interactions';

export interface InteractionBridge extends Interactions {
  /** Starts listening to the mouse and taps: the frame now holds a marked occurrence. */
  arm(): void;
}

export function installInteractionBridge(context: InteractionContext): InteractionBridge {
  const { index, extensionAlive } = context;
  let installed: InstalledInteractions | null = null;
  let loading: Promise<Interactions | null> | null = null;
  let disposed = false;
  let armed = false;
  let frame = 0;
  let move: MouseEvent | null = null;

  function load(replay: readonly ReplayedEvent[]): Promise<Interactions | null> {
    // An orphaned script (extension reloaded) would only fail to fetch the chunk; the watchdog stops it.
    if (!extensionAlive()) return Promise.resolve(null);
    loading ??= import('./interactions').then(
      ({ installInteractions }) => {
        if (disposed) return null;
        stopListening();
        installed = installInteractions(context, replay);
        return installed;
      },
      () => {
        // A document on its way out cannot load chunks; a later event tries again if it stays.
        loading = null;
        return null;
      },
    );
    return loading;
  }

  function onFrame(): void {
    frame = 0;
    if (move && index.atPoint(move.clientX, move.clientY)) void load([{ event: move }]);
  }

  // Only the user's own input: a page's synthetic (untrusted) events do not open cards.
  function onMouseMove(event: MouseEvent): void {
    if (!event.isTrusted || fromTouch(event)) return;
    move = event;
    if (frame === 0) frame = requestAnimationFrame(onFrame);
  }

  function onClick(event: MouseEvent): void {
    if (!event.isTrusted || !isTapClick(event)) return;
    // The occurrence goes along: by the time the module has loaded, the click may have scrolled it away.
    const hit = index.atPoint(event.clientX, event.clientY);
    if (hit) void load([{ event, hit }]);
  }

  const passive = { passive: true, capture: true } as const;
  function listen(): void {
    if (!armed || disposed) return;
    window.addEventListener('mousemove', onMouseMove, passive);
    window.addEventListener('click', onClick, passive);
  }

  /**
   * document.open() keeps the Document but erases every listener on it and on its window (ours too, in
   * Chromium and Firefox alike), and a new <html> follows: seen here as a child of the document itself
   * (childList only, no subtree: it costs nothing otherwise), when every listener is added again.
   */
  const replaced = new MutationObserver((records) => {
    if (!records.some((record) => record.addedNodes.length > 0)) return;
    if (installed) installed.reattach();
    else listen();
  });
  replaced.observe(document, { childList: true });

  function stopListening(): void {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    window.removeEventListener('mousemove', onMouseMove, passive);
    window.removeEventListener('click', onClick, passive);
  }

  return {
    arm() {
      if (armed) return;
      armed = true;
      if (!installed) listen();
    },
    async handle(request) {
      const interactions = disposed ? null : (installed ?? (await load([])));
      if (interactions) return interactions.handle(request);
      return (request.type === 'page-terms' ? { type: 'page-terms', terms: [] } : { ok: false }) as never;
    },
    dispose() {
      disposed = true;
      replaced.disconnect();
      stopListening();
      installed?.dispose();
      installed = null;
    },
  };
}
