// Where the card's host goes in the document: inside the open dialog or popover that holds the term, in
// the fullscreen element, or on the root, and into the top layer when the term is there.

/**
 * The element of the top layer that holds the term: an open modal dialog (showModal) or an open popover.
 * Walks up through shadow hosts. Null when the term is in the page's ordinary layer.
 */
export function topLayerAround(anchor: Range | null): Element | null {
  let node: Node | null = anchor?.startContainer ?? null;
  while (node) {
    if (node instanceof Element && matchesTopLayer(node)) return node;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

function matchesTopLayer(element: Element): boolean {
  try {
    return element.matches(':modal, :popover-open');
  } catch {
    // A browser without :popover-open has no popovers either.
    return element.matches(':modal');
  }
}

/**
 * Where the host goes. Inside the top-layer element that holds the term: outside an open modal dialog
 * everything is inert (the card could not be clicked), and a click in a page's popover's descendant does
 * not light-dismiss it. Otherwise the fullscreen element when the card can live inside it (not a video or
 * other replaced element), or the root.
 */
export function container(layer: Element | null): Element {
  if (layer) return layer;
  const full = document.fullscreenElement;
  if (
    full &&
    !(
      full instanceof HTMLMediaElement ||
      full instanceof HTMLCanvasElement ||
      full instanceof HTMLIFrameElement ||
      full instanceof HTMLImageElement
    )
  ) {
    return full;
  }
  return document.documentElement;
}

/**
 * Puts the host in the top layer, above the dialog or popover that holds the term, which no z-index
 * reaches (Chromium and Firefox drew a card on <html> under an open modal: 0 px² visible). A manual
 * popover: it closes no other popover and no light dismiss or Esc closes it. The top layer also takes
 * the host out of the dialog's box, so the dialog's overflow and transforms do not clip or move it.
 * Set before the host is inserted, so that the page's DOM sees no attribute change.
 */
export function prepareTopLayer(host: HTMLElement, layer: Element | null): void {
  if (layer && 'showPopover' in host) host.popover = 'manual';
}

export function joinTopLayer(host: HTMLElement): void {
  if (host.popover !== 'manual') return;
  try {
    host.showPopover();
  } catch {
    // Not connected, or the page removed the attribute first: the host's z-index is all there is.
  }
}

/** Calls `onGone` when the dialog or popover that holds the card closes; returns the unsubscribe. */
export function watchTopLayer(layer: Element | null, onGone: () => void): () => void {
  if (!layer) return () => undefined;
  const onClose = () => onGone();
  const onToggle = (event: Event) => {
    if ((event as ToggleEvent).newState === 'closed') onGone();
  };
  layer.addEventListener('close', onClose);
  layer.addEventListener('toggle', onToggle);
  return () => {
    layer.removeEventListener('close', onClose);
    layer.removeEventListener('toggle', onToggle);
  };
}
