// Which device a mouse event came from. Hover and taps listen to mouse events (mousemove, mousedown,
// click), never to pointer events: Chromium quirk (pointer listeners repaint hit-test data;
// docs/browser-quirks.md). A touch fires mouse events too (a compatibility mousemove, mousedown and
// mouseup before its click), and those must not count as a mouse resting on a term or pressing elsewhere.

/** Firefox's `MouseEvent.mozInputSource` for a touch (`MOZ_SOURCE_TOUCH`). */
const MOZ_SOURCE_TOUCH = 5;

interface DeviceHints {
  /** Chromium: the device's capabilities; `firesTouchEvents` is true for a touch's mouse events. */
  readonly sourceCapabilities?: { readonly firesTouchEvents: boolean } | null;
  /** Firefox: the kind of device (1 mouse, 2 pen, 5 touch, ...). */
  readonly mozInputSource?: number;
}

/** Whether a mouse event is one a touch fired for compatibility. */
export function fromTouch(event: MouseEvent): boolean {
  const { sourceCapabilities, mozInputSource } = event as MouseEvent & DeviceHints;
  return sourceCapabilities?.firesTouchEvents === true || mozInputSource === MOZ_SOURCE_TOUCH;
}

/**
 * Whether a click ends a tap of a finger or a pen. A click is a PointerEvent in both browsers, and its
 * `pointerType` names the device ('' for a click from the keyboard or a script).
 */
export function isTapClick(event: MouseEvent): boolean {
  const type = (event as Partial<PointerEvent>).pointerType;
  return type === 'touch' || type === 'pen';
}
