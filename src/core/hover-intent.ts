// Hover intent as a pure reducer (time passed in): a dwell opens a card, a fly-over does not, and leaving both term and card closes it after a grace period.

/** Pointer speed above which the pointer is travelling, not reading: the dwell starts over. px per ms. */
export const FLY_SPEED = 0.6;
/** Time from leaving both the term and the card to the card closing: enough to travel into the card. */
export const CLOSE_DELAY_MS = 300;

export interface HoverState<T> {
  /** What the pointer rests on and since when; null when it rests on no term. */
  readonly dwell: T | null;
  readonly dwellSince: number;
  /** The term whose card is open; null when none is. */
  readonly open: T | null;
  /**
   * A card opened by tap, keyboard or selection, or pinned: the pointer leaving does not close it, and a
   * hover does not replace a pinned one.
   */
  readonly sticky: boolean;
  readonly pinned: boolean;
  /** When the pointer left both the open card's term and the card; null while it is on one of them. */
  readonly leftAt: number | null;
  /** The term whose card was just closed by hand: resting on it does not reopen it until the pointer leaves it. */
  readonly suppressed: T | null;
  readonly last: { readonly x: number; readonly y: number; readonly time: number } | null;
}

export type HoverInput<T> =
  /** A hit-tested pointer position: `target` is the term under it (null for none), `onCard` the card. */
  | {
      readonly type: 'pointer';
      readonly time: number;
      readonly x: number;
      readonly y: number;
      readonly target: T | null;
      readonly onCard: boolean;
    }
  /** The pointer left the document (or a touch ended): no term and no card under it. */
  | { readonly type: 'leave'; readonly time: number }
  /** A timer the reducer asked for (`wakeAt`) has fired. */
  | { readonly type: 'tick'; readonly time: number }
  /** A card was opened some other way (tap, keyboard, selection). */
  | { readonly type: 'opened'; readonly target: T; readonly time: number }
  | { readonly type: 'pin'; readonly pinned: boolean }
  /** The card closed by itself (Esc, its close button, a tap elsewhere). */
  | { readonly type: 'closed' };

export type HoverAction<T> = { readonly type: 'open'; readonly target: T } | { readonly type: 'close' };

export interface HoverResult<T> {
  readonly state: HoverState<T>;
  readonly action: HoverAction<T> | null;
  /** When to send the next `tick`; null for no timer. */
  readonly wakeAt: number | null;
}

export interface HoverTiming {
  readonly dwellMs: number;
  readonly closeMs?: number;
  readonly flySpeed?: number;
}

export function initialHoverState<T>(): HoverState<T> {
  return {
    dwell: null,
    dwellSince: 0,
    open: null,
    sticky: false,
    pinned: false,
    leftAt: null,
    suppressed: null,
    last: null,
  };
}

function wakeAt<T>(state: HoverState<T>, timing: HoverTiming): number | null {
  const times: number[] = [];
  if (state.dwell !== null && state.dwell !== state.open && !state.pinned) {
    times.push(state.dwellSince + timing.dwellMs);
  }
  if (state.open !== null && state.leftAt !== null && !state.sticky && !state.pinned) {
    times.push(state.leftAt + (timing.closeMs ?? CLOSE_DELAY_MS));
  }
  return times.length > 0 ? Math.min(...times) : null;
}

function settle<T>(state: HoverState<T>, time: number, timing: HoverTiming): HoverResult<T> {
  if (
    state.dwell !== null &&
    state.dwell !== state.open &&
    !state.pinned &&
    time - state.dwellSince >= timing.dwellMs
  ) {
    const next = { ...state, open: state.dwell, dwell: null, sticky: false, leftAt: null };
    return { state: next, action: { type: 'open', target: state.dwell }, wakeAt: wakeAt(next, timing) };
  }
  if (
    state.open !== null &&
    state.leftAt !== null &&
    !state.sticky &&
    !state.pinned &&
    time - state.leftAt >= (timing.closeMs ?? CLOSE_DELAY_MS)
  ) {
    const next = { ...state, open: null, leftAt: null };
    return { state: next, action: { type: 'close' }, wakeAt: wakeAt(next, timing) };
  }
  return { state, action: null, wakeAt: wakeAt(state, timing) };
}

export function hoverReducer<T>(
  state: HoverState<T>,
  input: HoverInput<T>,
  timing: HoverTiming,
): HoverResult<T> {
  switch (input.type) {
    case 'pointer': {
      const { time, x, y, target, onCard } = input;
      const last = state.last;
      const speed = last ? Math.hypot(x - last.x, y - last.y) / Math.max(1, time - last.time) : 0;
      const fast = speed > (timing.flySpeed ?? FLY_SPEED);
      const suppressed = target !== null && target === state.suppressed ? state.suppressed : null;
      let dwell = onCard || target === suppressed ? null : target;
      let dwellSince = state.dwellSince;
      // A new target, or travelling fast across the same one, starts the dwell over.
      if (dwell !== null && (dwell !== state.dwell || fast)) dwellSince = time;
      if (dwell !== null && dwell === state.open) dwell = null;
      const onOpen = onCard || (target !== null && target === state.open);
      const leftAt = onOpen ? null : (state.leftAt ?? time);
      const next: HoverState<T> = {
        ...state,
        dwell,
        dwellSince,
        leftAt,
        suppressed,
        last: { x, y, time },
      };
      return settle(next, time, timing);
    }
    case 'leave': {
      const next: HoverState<T> = {
        ...state,
        dwell: null,
        leftAt: state.leftAt ?? input.time,
        suppressed: null,
        last: null,
      };
      return settle(next, input.time, timing);
    }
    case 'tick':
      return settle(state, input.time, timing);
    case 'opened': {
      const next: HoverState<T> = { ...state, open: input.target, dwell: null, sticky: true, leftAt: null };
      return { state: next, action: null, wakeAt: wakeAt(next, timing) };
    }
    case 'pin': {
      const next: HoverState<T> = {
        ...state,
        pinned: input.pinned,
        leftAt: input.pinned ? null : state.leftAt,
      };
      return { state: next, action: null, wakeAt: wakeAt(next, timing) };
    }
    case 'closed': {
      const next: HoverState<T> = {
        ...state,
        open: null,
        dwell: null,
        sticky: false,
        pinned: false,
        leftAt: null,
        suppressed: state.open,
      };
      return { state: next, action: null, wakeAt: wakeAt(next, timing) };
    }
  }
}
