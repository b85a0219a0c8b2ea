// The mouse over the marks: the pointer is hit-tested at most once per animation frame and fed to the
// hover machine; with a key to hold (settings.cardKey), pressing or releasing it re-tests a resting pointer.
// It hears mousemove, not pointermove (input-source.ts says why and tells a mouse from a finger).
import type { Settings } from '../core/settings';
import { fromTouch } from './input-source';
import type { Input, Session } from './session';

/** Whether the key the settings ask for (if any) is held during this event. */
export function keyHeld(settings: Settings, event: { shiftKey: boolean; altKey: boolean }): boolean {
  if (settings.cardKey === 'shift') return event.shiftKey;
  if (settings.cardKey === 'alt') return event.altKey;
  return true;
}

export interface PointerInput extends Input {
  /** A mouse move (a listener's, or one the bridge replays). */
  move(event: MouseEvent): void;
}

export function createPointerInput(session: Session): PointerInput {
  const { index, settings, opener } = session;
  let pointer: { x: number; y: number; target: EventTarget | null; held: boolean } | null = null;
  let frame = 0;

  function onFrame(): void {
    frame = 0;
    if (!pointer) return;
    const card = opener.card();
    const onCard = card !== null && pointer.target === card.host;
    // atPoint is a caret lookup and a map read; list() may sort the whole page, so it is not asked here.
    // With a key to hold (settings.cardKey), a pointer without it is on no term: nothing opens.
    const target = onCard || !pointer.held ? null : index.atPoint(pointer.x, pointer.y);
    session.dispatch({
      type: 'pointer',
      time: performance.now(),
      x: pointer.x,
      y: pointer.y,
      target,
      onCard,
    });
  }

  // Only the user's own input counts: a page's synthetic (untrusted) events neither open nor close cards.
  function onMouseMove(event: MouseEvent): void {
    if (!event.isTrusted || fromTouch(event)) return;
    pointer = { x: event.clientX, y: event.clientY, target: event.target, held: keyHeld(settings(), event) };
    if (frame === 0) frame = requestAnimationFrame(onFrame);
  }

  function onMouseOut(event: MouseEvent): void {
    if (event.relatedTarget === null) {
      pointer = null;
      session.dispatch({ type: 'leave', time: performance.now() });
    }
  }

  /** Pressing or releasing the key to hold re-tests the resting pointer, as if it had moved. */
  function onHeldKey(event: KeyboardEvent): void {
    if (!event.isTrusted || settings().cardKey === 'none' || !pointer) return;
    if (event.key !== 'Shift' && event.key !== 'Alt') return;
    const held = keyHeld(settings(), event);
    if (held === pointer.held) return;
    pointer = { ...pointer, held };
    if (frame === 0) frame = requestAnimationFrame(onFrame);
  }

  const passive = { passive: true, capture: true } as const;
  return {
    move: onMouseMove,
    listen() {
      window.addEventListener('mousemove', onMouseMove, passive);
      window.addEventListener('mouseout', onMouseOut, { passive: true });
      window.addEventListener('keydown', onHeldKey);
      window.addEventListener('keyup', onHeldKey);
    },
    unlisten() {
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      window.removeEventListener('mousemove', onMouseMove, passive);
      window.removeEventListener('mouseout', onMouseOut);
      window.removeEventListener('keydown', onHeldKey);
      window.removeEventListener('keyup', onHeldKey);
    },
    forget() {
      pointer = null;
    },
  };
}
