// When the reader's term popover opens and closes: hover intent (core/hover-intent.ts, the machine the
// page's cards use, so a dwell opens it, a fly-over does not, and leaving both term and popover closes it
// after a grace period), focus, click and keys. Touch never hovers: a tap opens it as a click does.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { type HoverInput, hoverReducer, initialHoverState } from '../core/hover-intent';

export interface PopoverTarget {
  readonly termId: string;
  readonly anchor: HTMLElement;
  /** Opened by click, tap or Enter: focus moves in, a hover does not replace it, and it stays until dismissed. */
  readonly pinned: boolean;
}

export interface TermPopover {
  readonly target: PopoverTarget | null;
  /** Closes it (its close button, Escape, a passage followed); focus goes back to its term when asked. */
  readonly close: (returnFocus: boolean) => void;
}

/** The popover's element, so the pointer resting on it counts as on the popover. */
const POPOVER_SELECTOR = '.term-popover';

function termAt(node: EventTarget | null): HTMLElement | null {
  return node instanceof Element ? node.closest<HTMLElement>('.term') : null;
}

function onPopover(node: EventTarget | null): boolean {
  return node instanceof Element && node.closest(POPOVER_SELECTOR) !== null;
}

/**
 * The popover for the terms inside `root` (the article), with the user's dwell delay. `contentKey`
 * changes when the article is rendered again (a language switch): the old anchors are gone, so it closes.
 */
export function useTermPopover(
  root: { readonly current: HTMLElement | null },
  hoverDelayMs: number,
  contentKey: string,
): TermPopover {
  const [target, setTarget] = useState<PopoverTarget | null>(null);
  const now = useRef(target);
  now.current = target;
  const delay = useRef(hoverDelayMs);
  delay.current = hoverDelayMs;
  const machine = useRef(initialHoverState<HTMLElement>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const show = useCallback((anchor: HTMLElement, pinned: boolean) => {
    const termId = anchor.dataset.term;
    if (termId) setTarget({ termId, anchor, pinned });
  }, []);

  const dispatch = useCallback(
    (input: HoverInput<HTMLElement>) => {
      const result = hoverReducer(machine.current, input, { dwellMs: delay.current });
      machine.current = result.state;
      clearTimeout(timer.current);
      timer.current = undefined;
      if (result.wakeAt !== null) {
        timer.current = setTimeout(
          () => dispatch({ type: 'tick', time: performance.now() }),
          Math.max(0, result.wakeAt - performance.now()),
        );
      }
      if (result.action?.type === 'open') show(result.action.target, false);
      else if (result.action?.type === 'close') setTarget(null);
    },
    [show],
  );

  /** Opened other than by a dwell: the pointer leaving does not close it; pinned, a hover does not replace it. */
  const open = useCallback(
    (anchor: HTMLElement, pinned: boolean) => {
      dispatch({ type: 'opened', target: anchor, time: performance.now() });
      dispatch({ type: 'pin', pinned });
      show(anchor, pinned);
    },
    [dispatch, show],
  );

  const close = useCallback(
    (returnFocus: boolean) => {
      if (returnFocus) now.current?.anchor.focus();
      setTarget(null);
      dispatch({ type: 'closed' });
    },
    [dispatch],
  );

  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const closeUnpinned = () => {
      if (now.current && !now.current.pinned) close(false);
    };
    // Events bubble up from the terms: one set of listeners for every mark in the article.
    const inArticle: Array<[string, (event: Event) => void]> = [
      [
        'focusin',
        (event) => {
          const term = termAt(event.target);
          if (term) open(term, false);
        },
      ],
      [
        'focusout',
        (event) => {
          if (!onPopover((event as FocusEvent).relatedTarget)) closeUnpinned();
        },
      ],
      [
        'click',
        (event) => {
          const term = termAt(event.target);
          if (term) open(term, true);
        },
      ],
      [
        'keydown',
        (event) => {
          const key = (event as KeyboardEvent).key;
          const term = termAt(event.target);
          if (term && (key === 'Enter' || key === ' ')) {
            event.preventDefault();
            open(term, true);
          } else if (key === 'Escape' && now.current) close(true);
        },
      ],
    ];
    // The pointer is followed over the whole page: off the article and off the popover is "left".
    const inPage: Array<[string, (event: Event) => void]> = [
      [
        'pointermove',
        (event) => {
          const pointer = event as PointerEvent;
          if (pointer.pointerType !== 'mouse') return;
          const term = termAt(pointer.target);
          dispatch({
            type: 'pointer',
            time: performance.now(),
            x: pointer.clientX,
            y: pointer.clientY,
            target: term && el.contains(term) ? term : null,
            onCard: onPopover(pointer.target),
          });
        },
      ],
      [
        'mouseout',
        (event) => {
          if ((event as MouseEvent).relatedTarget === null)
            dispatch({ type: 'leave', time: performance.now() });
        },
      ],
      [
        // A tap outside the popover and its terms closes it, as a tap outside the card does on a phone.
        'pointerdown',
        (event) => {
          const pointer = event as PointerEvent;
          if (pointer.pointerType === 'mouse' || !now.current) return;
          if (!onPopover(pointer.target) && termAt(pointer.target) === null) close(false);
        },
      ],
    ];
    for (const [type, listener] of inArticle) el.addEventListener(type, listener);
    for (const [type, listener] of inPage) document.addEventListener(type, listener);
    return () => {
      for (const [type, listener] of inArticle) el.removeEventListener(type, listener);
      for (const [type, listener] of inPage) document.removeEventListener(type, listener);
    };
  }, [root, open, close, dispatch]);

  // A language switch renders the article anew: the old anchors are gone. (On mount nothing is open.)
  useLayoutEffect(() => {
    if (now.current) close(false);
  }, [contentKey, close]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return { target, close };
}
