// Touch and pen: a short, still contact on a mark opens its card once the tap's click has landed; a tap or
// a click elsewhere closes an unpinned card.
import type { Occurrence } from './occurrences';
import type { Input, Session } from './session';

/** A touch or pen contact that moves less than this and lifts within TAP_MS is a tap. */
const TAP_SLOP_PX = 10;
const TAP_MS = 600;
/** A tap's click follows its touchend within this (browsers may wait about 300 ms for a double tap). */
const TAP_CLICK_MS = 350;

export interface TapInput extends Input {
  /** A press (a listener's, or one the bridge replays with the time it came). */
  down(event: PointerEvent, time: number): void;
  /** A lift; a replayed one brings the occurrence that was under it then (the page may have scrolled). */
  up(event: PointerEvent, time: number, replayedHit?: Occurrence): void;
}

export function createTapInput(session: Session): TapInput {
  const { index, opener } = session;
  let press: { id: number; x: number; y: number; time: number } | null = null;

  function onPointerDown(event: PointerEvent, time: number): void {
    if (!event.isTrusted) return;
    press = { id: event.pointerId, x: event.clientX, y: event.clientY, time };
    const card = opener.card();
    if (event.pointerType !== 'mouse' || !card || event.target === card.host || session.state().pinned)
      return;
    // A click elsewhere closes the card; a click on its own term leaves it (and does what the page does).
    const hit = index.atPoint(event.clientX, event.clientY);
    if (hit === null || hit !== opener.target()) session.dismiss();
  }

  function onPointerUp(event: PointerEvent, time: number, replayedHit?: Occurrence): void {
    const down = press;
    press = null;
    if (event.pointerType === 'mouse' || !event.isTrusted || !down || down.id !== event.pointerId) return;
    const moved = Math.hypot(event.clientX - down.x, event.clientY - down.y);
    if (moved > TAP_SLOP_PX || time - down.time > TAP_MS) return;
    const card = opener.card();
    if (card && event.target === card.host) return;
    const hit = replayedHit ?? index.atPoint(event.clientX, event.clientY);
    if (hit) {
      if (hit !== opener.target()) afterTapClick(() => void session.openSticky(hit, false));
    } else if (card && !session.state().pinned) {
      session.dismiss();
    }
  }

  /**
   * Runs `open` once the tap's click has landed, or soon after when none comes (the tap that loaded this
   * module clicked before it was here). Browsers hit-test a tap's click after the touch ends: a card
   * opened at once (a bottom sheet most of all) would take the click from the link or button tapped.
   */
  function afterTapClick(open: () => void): void {
    let done = false;
    const run = () => {
      if (done || session.disposed()) return;
      done = true;
      window.removeEventListener('click', onClick, true);
      clearTimeout(fallback);
      open();
    };
    const onClick = () => setTimeout(run);
    window.addEventListener('click', onClick, { capture: true, once: true, passive: true });
    const fallback = setTimeout(run, TAP_CLICK_MS);
  }

  // Listeners get the event alone (the time is now); replayed events bring their own time.
  const onDown = (event: PointerEvent) => onPointerDown(event, performance.now());
  const onUp = (event: PointerEvent) => onPointerUp(event, performance.now());
  const onCancel = () => {
    press = null;
  };
  const passive = { passive: true, capture: true } as const;
  return {
    down: onPointerDown,
    up: onPointerUp,
    listen() {
      window.addEventListener('pointerdown', onDown, passive);
      window.addEventListener('pointerup', onUp, passive);
      window.addEventListener('pointercancel', onCancel, passive);
    },
    unlisten() {
      window.removeEventListener('pointerdown', onDown, passive);
      window.removeEventListener('pointerup', onUp, passive);
      window.removeEventListener('pointercancel', onCancel, passive);
    },
    forget() {
      press = null;
    },
  };
}
