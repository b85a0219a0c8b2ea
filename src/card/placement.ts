// Where the card stands: next to its term (floating-ui), or as a bottom sheet on phones and touch
// screens; dragged by its head once pinned; a sheet closes on a swipe down.
import {
  computePosition,
  flip,
  hide,
  inline,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';

/** Where a card is a bottom sheet instead of a box next to its term: phones, and touch screens generally. */
const SHEET_QUERY = '(max-width: 600px), (pointer: coarse)';
/** A downward swipe on a sheet longer than this closes it. */
const SWIPE_CLOSE_PX = 48;

export function showsAsSheet(): boolean {
  return matchMedia(SHEET_QUERY).matches;
}

/**
 * What the card is placed against: a rect given from elsewhere (a small frame's term, in this document's
 * coordinates), the term's range, or with neither the top of the viewport.
 */
export function referenceFor(anchor: Range | null, anchorRect?: () => DOMRect): VirtualElement {
  if (anchorRect) return { getBoundingClientRect: anchorRect };
  if (!anchor) {
    return { getBoundingClientRect: () => new DOMRect(window.innerWidth / 2 - 200, 24, 0, 0) };
  }
  return {
    getBoundingClientRect: () => anchor.getBoundingClientRect(),
    getClientRects: () => anchor.getClientRects(),
    contextElement:
      anchor.startContainer instanceof Element
        ? anchor.startContainer
        : (anchor.startContainer.parentElement ?? undefined),
  };
}

/**
 * Where the card goes below (or, without room, above) its reference, kept inside the viewport; sets the
 * card's greatest height to the room there is. `hidden` when the reference has scrolled out of view.
 */
export async function positionNextTo(
  reference: VirtualElement,
  element: HTMLElement,
): Promise<{ x: number; y: number; hidden: boolean }> {
  const { x, y, middlewareData } = await computePosition(reference, element, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(8),
      inline(),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
      size({
        padding: 8,
        apply({ availableHeight }) {
          element.style.maxHeight = `${Math.max(160, Math.floor(availableHeight))}px`;
        },
      }),
      hide(),
    ],
  });
  return { x, y, hidden: middlewareData.hide?.referenceHidden === true };
}

/** Moves the card with the pointer that pressed its head, inside the viewport, until it lifts. */
export function dragCard(element: HTMLElement, event: PointerEvent, onMove: () => void): void {
  event.preventDefault();
  const rect = element.getBoundingClientRect();
  const dx = event.clientX - rect.left;
  const dy = event.clientY - rect.top;
  element.setPointerCapture(event.pointerId);
  const move = (e: PointerEvent) => {
    onMove();
    const left = Math.min(Math.max(0, e.clientX - dx), window.innerWidth - rect.width);
    const top = Math.min(Math.max(0, e.clientY - dy), window.innerHeight - 40);
    element.style.left = `${Math.round(left)}px`;
    element.style.top = `${Math.round(top)}px`;
  };
  const end = () => {
    element.removeEventListener('pointermove', move);
    element.removeEventListener('pointerup', end);
    element.removeEventListener('pointercancel', end);
  };
  element.addEventListener('pointermove', move);
  element.addEventListener('pointerup', end);
  element.addEventListener('pointercancel', end);
}

/** A sheet closes on a swipe down its head, and the page scrolls its term clear of it. */
export function followSheet(element: HTMLElement, term: DOMRect | undefined, onSwipeDown: () => void): void {
  let start: { id: number; y: number } | null = null;
  element.addEventListener('pointerdown', (event) => {
    if (event.pointerType !== 'mouse' && (event.target as Element).closest('.head')) {
      start = { id: event.pointerId, y: event.clientY };
    }
  });
  element.addEventListener('pointerup', (event) => {
    if (start?.id === event.pointerId && event.clientY - start.y > SWIPE_CLOSE_PX) onSwipeDown();
    start = null;
  });
  element.addEventListener('pointercancel', () => {
    start = null;
  });
  // A tap opens a card only after its click has landed (src/content/taps.ts), so this moves nothing under
  // a finger.
  const covered = term ? term.bottom - (window.innerHeight - element.offsetHeight) + 8 : 0;
  if (term && covered > 0) window.scrollBy({ top: covered, behavior: 'instant' });
}
