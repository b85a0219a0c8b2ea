// The lazily loaded card: one host element with a closed shadow root, the Preact card inside, placed next to the term with floating-ui.
import {
  autoUpdate,
  computePosition,
  flip,
  hide,
  inline,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import { h, render } from 'preact';
import type { Lang } from '../article/types';
import type { MarkReason } from '../core/mark-reason';
import type { BackgroundRequest } from '../core/messages';
import type { RankContext } from '../core/rank';
import type { Settings } from '../core/settings';
import { createSettingsStore, type StorageLike } from '../platform/settings-store';
import { cardLanguage } from '../ui/language';
import { Card } from './Card';
import { CARD_CSS } from './styles';

export interface CardRequest {
  /** The occurrence's (or the selection's) live range; null places the card at the top of the viewport. */
  readonly anchor: Range | null;
  /**
   * Where the term is when it is not in this document: a term in a frame too small for a card, whose card
   * the top frame shows at the term's place in its own coordinates. Wins over `anchor`.
   */
  readonly anchorRect?: () => DOMRect;
  /** null: the card that says the selection holds no term. */
  readonly termId: string | null;
  readonly context: RankContext;
  /** Why an ambiguous alias was marked (the AI evidence around it); null for the others. */
  readonly reason?: MarkReason | null;
  readonly settings: Settings;
  /** Where a language click is saved (null: not saved), and how "Read in context" asks for the reader. */
  readonly storage: StorageLike | null;
  readonly notifyBackground: (request: BackgroundRequest) => Promise<void>;
  /** Move focus into the card (keyboard and selection), and give it back on Esc. */
  readonly focus: boolean;
  /** The card closed itself (Esc, its close button, fullscreen change). */
  readonly onClose: () => void;
  readonly onPin: (pinned: boolean) => void;
}

export interface CardHandle {
  /** The one element the page can see; events from inside the card are retargeted to it. */
  readonly host: HTMLElement;
  /** Closes the card without calling onClose (the caller decided); focus inside goes back where it was. */
  close(): void;
  /** The P key while the pointer rests on the term or card (focus stays on the page then). */
  togglePin(): void;
}

const HOST_TAG = 'aigc-lens-card';
/** Events that stop at the card: the page must not act on typing, clicks or wheels inside it. */
const CONTAINED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'click',
  'dblclick',
  'auxclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'contextmenu',
  'wheel',
  'copy',
  'cut',
  'paste',
  'focusin',
  'focusout',
] as const;

/** Where a card is a bottom sheet instead of a box next to its term: phones, and touch screens generally. */
const SHEET_QUERY = '(max-width: 600px), (pointer: coarse)';
/** A downward swipe on a sheet longer than this closes it. */
const SWIPE_CLOSE_PX = 48;

let sheet: CSSStyleSheet | null = null;
let open: { handle: CardHandle; dispose: () => void } | null = null;
/** Where focus was before a card took it; kept across cards replacing each other. */
let returnFocus: HTMLElement | null = null;

function hostStyle(host: HTMLElement): void {
  // Inline and !important: beats any page rule, `* { all: unset !important }` included.
  const set = (name: string, value: string) => host.style.setProperty(name, value, 'important');
  set('all', 'initial');
  set('display', 'block');
  set('position', 'fixed');
  set('top', '0');
  set('left', '0');
  set('width', '0');
  set('height', '0');
  set('overflow', 'visible');
  set('z-index', '2147483647');
  set('pointer-events', 'auto');
  set('visibility', 'visible');
  set('opacity', '1');
  set('transform', 'none');
  set('contain', 'none');
}

function adoptStyles(shadow: ShadowRoot): void {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CARD_CSS);
    }
    shadow.adoptedStyleSheets = [sheet];
    if (shadow.adoptedStyleSheets.length === 1) return;
  } catch {
    // Firefox content scripts may not set adoptedStyleSheets through their Xray view of the page.
  }
  const style = document.createElement('style');
  style.textContent = CARD_CSS;
  shadow.append(style);
}

/**
 * The element of the top layer that holds the term: an open modal dialog (showModal) or an open popover.
 * Walks up through shadow hosts. Null when the term is in the page's ordinary layer.
 */
function topLayerAround(anchor: Range | null): Element | null {
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
function container(anchor: Range | null): Element {
  const layer = topLayerAround(anchor);
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

function virtualReference(range: Range | null): VirtualElement {
  if (!range) {
    return { getBoundingClientRect: () => new DOMRect(window.innerWidth / 2 - 200, 24, 0, 0) };
  }
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement:
      range.startContainer instanceof Element
        ? range.startContainer
        : (range.startContainer.parentElement ?? undefined),
  };
}

async function copyToClipboard(text: string, shadow: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission or no focus: the old way, from a hidden field inside the shadow root.
  }
  const before = shadow.activeElement as HTMLElement | null;
  const buffer = document.createElement('textarea');
  buffer.className = 'copy-buffer';
  buffer.value = text;
  buffer.readOnly = true;
  buffer.setAttribute('aria-hidden', 'true');
  buffer.tabIndex = -1;
  shadow.append(buffer);
  buffer.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  buffer.remove();
  before?.focus();
  return ok;
}

/**
 * Puts the host in the top layer, above the dialog or popover that holds the term, which no z-index
 * reaches (Chromium and Firefox drew a card on <html> under an open modal: 0 px² visible). A manual
 * popover: it closes no other popover and no light dismiss or Esc closes it. The top layer also takes
 * the host out of the dialog's box, so the dialog's overflow and transforms do not clip or move it.
 * Set before the host is inserted, so that the page's DOM sees no attribute change.
 */
function prepareTopLayer(host: HTMLElement, layer: Element | null): void {
  if (layer && 'showPopover' in host) host.popover = 'manual';
}

function joinTopLayer(host: HTMLElement): void {
  if (host.popover !== 'manual') return;
  try {
    host.showPopover();
  } catch {
    // Not connected, or the page removed the attribute first: the host's z-index is all there is.
  }
}

/** Calls `onGone` when the dialog or popover that holds the card closes; returns the unsubscribe. */
function watchTopLayer(layer: Element | null, onGone: () => void): () => void {
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

/**
 * The host element and its closed shadow root. Chrome creates a content script's element with the page's
 * custom element definition when the page registered our tag name, and that page's element may take the
 * shadow root itself (or forbid one): then attachShadow throws and a host with a name the page cannot
 * know takes its place (tests/e2e/hostile/pages.chromium.test.ts, "fights").
 */
function createHost(): { host: HTMLElement; shadow: ShadowRoot } {
  const host = document.createElement(HOST_TAG);
  try {
    return { host, shadow: host.attachShadow({ mode: 'closed' }) };
  } catch {
    const unknown = document.createElement(`${HOST_TAG}-${crypto.randomUUID().slice(0, 8)}`);
    return { host: unknown, shadow: unknown.attachShadow({ mode: 'closed' }) };
  }
}

/** Opens the card (closing any other first) and returns its handle. */
export function showCard(request: CardRequest): CardHandle {
  const hadFocus = open !== null && document.activeElement === open.handle.host;
  open?.dispose();
  if (request.focus && !hadFocus) {
    const active = document.activeElement;
    returnFocus = active instanceof HTMLElement && active !== document.body ? active : null;
  }

  const { host, shadow } = createHost();
  hostStyle(host);
  adoptStyles(shadow);
  const mount = document.createElement('div');
  const asSheet = matchMedia(SHEET_QUERY).matches;
  mount.className = `size-${request.settings.cardTextSize}${asSheet ? ' sheet' : ''}`;
  shadow.append(mount);
  const contain = (event: Event) => event.stopPropagation();
  for (const type of CONTAINED_EVENTS) shadow.addEventListener(type, contain);

  const settings = request.settings;
  let lang: Lang = cardLanguage(settings.language, document.documentElement.lang, navigator.language);
  let pinned = false;
  let dragged = false;
  let disposed = false;
  const store = request.storage ? createSettingsStore(request.storage, () => undefined) : null;

  const cardElement = (): HTMLElement | null => mount.firstElementChild as HTMLElement | null;

  const close = (notify: boolean) => {
    if (disposed) return;
    const focusInside = document.activeElement === host;
    dispose();
    if (focusInside) {
      if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
      returnFocus = null;
    }
    if (notify) request.onClose();
  };
  const setPinned = (next: boolean) => {
    pinned = next;
    paint();
    request.onPin(next);
  };

  const paint = () => {
    if (disposed) return;
    render(
      h(Card, {
        termId: request.termId,
        context: request.context,
        reason: request.reason ?? null,
        lang,
        theme: settings.theme,
        pinned,
        onLang: (next: Lang) => {
          lang = next;
          paint();
          void store?.saveSettings({ language: next }).catch(() => undefined);
        },
        onPin: setPinned,
        onClose: () => close(true),
        onReadInContext: (sentenceId: string) => {
          void request.notifyBackground({ type: 'open-reader', sentenceId }).catch(() => undefined);
        },
        onCopy: (text: string) => copyToClipboard(text, shadow),
        onDragStart: startDrag,
      }),
      mount,
    );
  };

  const reference: VirtualElement = request.anchorRect
    ? { getBoundingClientRect: request.anchorRect }
    : virtualReference(request.anchor);
  const place = async () => {
    const element = cardElement();
    if (!element || dragged || disposed || asSheet) return;
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
    if (disposed || dragged) return;
    element.style.left = `${Math.round(x)}px`;
    element.style.top = `${Math.round(y)}px`;
    element.classList.toggle('hidden', middlewareData.hide?.referenceHidden === true && !pinned);
  };

  function startDrag(event: PointerEvent) {
    const element = cardElement();
    if (!element) return;
    event.preventDefault();
    const rect = element.getBoundingClientRect();
    const dx = event.clientX - rect.left;
    const dy = event.clientY - rect.top;
    element.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => {
      dragged = true;
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

  const layer = topLayerAround(request.anchor);
  prepareTopLayer(host, layer);
  container(request.anchor).append(host);
  joinTopLayer(host);
  const stopWatchingLayer = watchTopLayer(layer, () => close(true));
  paint();
  if (asSheet) followSheet();
  const stopAutoUpdate = (() => {
    const element = cardElement();
    return element ? autoUpdate(reference, element, () => void place()) : () => undefined;
  })();
  const onFullscreen = () => close(true);
  document.addEventListener('fullscreenchange', onFullscreen);

  /** A sheet closes on a swipe down, and the page scrolls its term clear of it. */
  function followSheet() {
    const element = cardElement();
    if (!element) return;
    let start: { id: number; y: number } | null = null;
    element.addEventListener('pointerdown', (event) => {
      if (event.pointerType !== 'mouse' && (event.target as Element).closest('.head')) {
        start = { id: event.pointerId, y: event.clientY };
      }
    });
    element.addEventListener('pointerup', (event) => {
      if (start?.id === event.pointerId && event.clientY - start.y > SWIPE_CLOSE_PX) close(true);
      start = null;
    });
    element.addEventListener('pointercancel', () => {
      start = null;
    });
    // The page scrolls the term clear of the sheet (a tap opens a card only after its click has landed:
    // src/content/interactions.ts, so this moves nothing under a finger).
    const term = request.anchorRect?.() ?? request.anchor?.getBoundingClientRect();
    const covered = term ? term.bottom - (window.innerHeight - element.offsetHeight) + 8 : 0;
    if (term && covered > 0) window.scrollBy({ top: covered, behavior: 'instant' });
  }

  function dispose() {
    if (disposed) return;
    disposed = true;
    stopAutoUpdate();
    stopWatchingLayer();
    document.removeEventListener('fullscreenchange', onFullscreen);
    render(null, mount);
    host.remove();
    if (open?.handle === handle) open = null;
  }

  const handle: CardHandle = {
    host,
    close: () => close(false),
    togglePin: () => {
      if (request.termId !== null) setPinned(!pinned);
    },
  };
  open = { handle, dispose };
  if (request.focus) cardElement()?.focus({ preventScroll: true });
  return handle;
}
