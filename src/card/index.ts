// The lazily loaded card: the Preact card in its host (host.ts), placed in the document (layer.ts) and
// next to its term (placement.ts); what it saves and sends, and where focus goes when it closes.

import { autoUpdate } from '@floating-ui/dom';
import { h, render } from 'preact';
import type { Lang } from '../article/types';
import type { MarkReason } from '../core/mark-reason';
import type { Matcher } from '../core/matcher';
import type { BackgroundRequest } from '../core/messages';
import type { RankContext } from '../core/rank';
import type { Settings } from '../core/settings';
import { createSettingsStore, type StorageLike } from '../platform/settings-store';
import { cardLanguage } from '../ui/language';
import { Card } from './Card';
import { copyToClipboard } from './clipboard';
import { createHost } from './host';
import { container, joinTopLayer, prepareTopLayer, topLayerAround, watchTopLayer } from './layer';
import { dragCard, followSheet, positionNextTo, referenceFor, showsAsSheet } from './placement';

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
  /** The content world's matcher, which found the term: the card ranks and marks with it, and builds none. */
  readonly matcher: Matcher;
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

let open: { handle: CardHandle; dispose: () => void } | null = null;
/** Where focus was before a card took it; kept across cards replacing each other. */
let returnFocus: HTMLElement | null = null;

/** Opens the card (closing any other first) and returns its handle. */
export function showCard(request: CardRequest): CardHandle {
  const hadFocus = open !== null && document.activeElement === open.handle.host;
  open?.dispose();
  if (request.focus && !hadFocus) {
    const active = document.activeElement;
    returnFocus = active instanceof HTMLElement && active !== document.body ? active : null;
  }

  const { host, shadow } = createHost();
  const mount = document.createElement('div');
  const asSheet = showsAsSheet();
  mount.className = `size-${request.settings.cardTextSize}${asSheet ? ' sheet' : ''}`;
  shadow.append(mount);

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
  const startDrag = (event: PointerEvent) => {
    const element = cardElement();
    if (!element) return;
    dragCard(element, event, () => {
      dragged = true;
    });
  };

  const paint = () => {
    if (disposed) return;
    render(
      h(Card, {
        termId: request.termId,
        context: request.context,
        matcher: request.matcher,
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

  const reference = referenceFor(request.anchor, request.anchorRect);
  const place = async () => {
    const element = cardElement();
    if (!element || dragged || disposed || asSheet) return;
    const { x, y, hidden } = await positionNextTo(reference, element);
    if (disposed || dragged) return;
    element.style.left = `${Math.round(x)}px`;
    element.style.top = `${Math.round(y)}px`;
    element.classList.toggle('hidden', hidden && !pinned);
  };

  const layer = topLayerAround(request.anchor);
  prepareTopLayer(host, layer);
  container(layer).append(host);
  joinTopLayer(host);
  const stopWatchingLayer = watchTopLayer(layer, () => close(true));
  paint();
  const element = cardElement();
  if (asSheet && element) {
    const term = request.anchorRect?.() ?? request.anchor?.getBoundingClientRect();
    followSheet(element, term, () => close(true));
  }
  const stopAutoUpdate = element ? autoUpdate(reference, element, () => void place()) : () => undefined;
  const onFullscreen = () => close(true);
  document.addEventListener('fullscreenchange', onFullscreen);

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
