// Touch and pen: a tap on a mark opens its card once the tap's click has landed; a tap or a mouse press
// elsewhere closes an unpinned card. A tap is heard as its click (input-source.ts says why not as pointer
// events): the browser has already decided that the contact was a tap and not a scroll, a drag or a long
// press, and has hit-tested its click. A page that cancels a touch's click (preventDefault on touchend)
// gets no card from a tap; keyboard steps still open one.
import { fromTouch, isTapClick } from './input-source';
import type { Occurrence } from './occurrences';
import type { Input, Session } from './session';

export interface TapInput extends Input {
  /** A click (a listener's, or the tap the bridge replays with the occurrence that was under it then). */
  click(event: MouseEvent, replayedHit?: Occurrence): void;
}

export function createTapInput(session: Session): TapInput {
  const { index, opener } = session;

  // A click elsewhere closes the card; a click on its own term leaves it (and does what the page does).
  function onMouseDown(event: MouseEvent): void {
    if (!event.isTrusted || fromTouch(event)) return;
    const card = opener.card();
    if (!card || event.target === card.host || session.state().pinned) return;
    const hit = index.atPoint(event.clientX, event.clientY);
    if (hit === null || hit !== opener.target()) session.dismiss();
  }

  function onClick(event: MouseEvent, replayedHit?: Occurrence): void {
    if (!event.isTrusted || !isTapClick(event)) return;
    const card = opener.card();
    if (card && event.target === card.host) return;
    const hit = replayedHit ?? index.atPoint(event.clientX, event.clientY);
    if (hit) {
      // After the page's own handlers of this click (a link followed, a button pressed) have run.
      if (hit === opener.target()) return;
      setTimeout(() => {
        if (!session.disposed()) void session.openSticky(hit, false);
      });
    } else if (card && !session.state().pinned) {
      session.dismiss();
    }
  }

  const listener = (event: MouseEvent) => onClick(event);
  const passive = { passive: true, capture: true } as const;
  return {
    click: onClick,
    listen() {
      window.addEventListener('mousedown', onMouseDown, passive);
      window.addEventListener('click', listener, passive);
    },
    unlisten() {
      window.removeEventListener('mousedown', onMouseDown, passive);
      window.removeEventListener('click', listener, passive);
    },
    forget: () => undefined,
  };
}
