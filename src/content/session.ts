// What the lazily loaded interactions share: the hover-intent machine (core/hover-intent.ts, with its
// timer) driving the one card of this frame, which pointer, taps, keys and requests all open and close.
import { type HoverInput, type HoverState, hoverReducer, initialHoverState } from '../core/hover-intent';
import type { Settings } from '../core/settings';
import type { Lookup, Target } from './card-context';
import { type CardHandle, type CardOpener, createCardOpener } from './card-opener';
import type { InteractionContext } from './interactions';
import type { OccurrenceIndex } from './occurrences';

export interface Session {
  readonly index: OccurrenceIndex;
  readonly settings: () => Settings;
  readonly opener: CardOpener;
  /** The hover machine's state now (whether the card is pinned, open, left). */
  state(): HoverState<Target>;
  dispatch(input: HoverInput<Target>): void;
  /** Closes the card the user dismissed (a click or tap elsewhere, Esc), and tells the hover machine. */
  dismiss(): void;
  /** Opens a card that pointer movement does not close (tap, keyboard, selection). */
  openSticky(target: Target, focus: boolean, lookup?: Lookup): Promise<CardHandle | null>;
  disposed(): boolean;
  dispose(): void;
}

/** One of the ways input reaches the session: its listeners, added again after document.open(). */
export interface Input {
  /** Adding a listener that is already there does nothing: safe to call again after document.open(). */
  listen(): void;
  unlisten(): void;
  /** Drops what it remembers of the pointer or press (the document was replaced under it). */
  forget(): void;
}

export function createSession(context: InteractionContext): Session {
  const { index, settings } = context;
  let state: HoverState<Target> = initialHoverState();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const opener = createCardOpener(context, {
    onClosed: () => dispatch({ type: 'closed' }),
    onPin: (pinned) => dispatch({ type: 'pin', pinned }),
  });

  function dispatch(input: HoverInput<Target>): void {
    if (disposed) return;
    const result = hoverReducer(state, input, { dwellMs: settings().hoverDelayMs });
    state = result.state;
    clearTimeout(timer);
    timer = undefined;
    if (result.wakeAt !== null) {
      timer = setTimeout(
        () => dispatch({ type: 'tick', time: performance.now() }),
        Math.max(0, result.wakeAt - performance.now()),
      );
    }
    if (result.action?.type === 'open') void opener.open(result.action.target, false);
    else if (result.action?.type === 'close') opener.close();
  }

  return {
    index,
    settings,
    opener,
    state: () => state,
    dispatch,
    dismiss() {
      opener.close();
      dispatch({ type: 'closed' });
    },
    openSticky(target, focus, lookup) {
      dispatch({ type: 'opened', target, time: performance.now() });
      return opener.open(target, focus, lookup);
    },
    disposed: () => disposed,
    dispose() {
      if (disposed) return;
      opener.dispose();
      disposed = true;
      clearTimeout(timer);
    },
  };
}
