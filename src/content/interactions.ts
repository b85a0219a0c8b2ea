// What a user does with the marks: pointer, tap and keyboard to the term card (which this loads lazily on
// first use), stepping and looking up, and the popup's "on this page" list and its scroll-to-term. Itself
// loaded lazily by interaction-bridge.ts when a pointer first reaches a term or a request first needs it.
// No Preact or floating-ui here; the card module brings those when needed.
import type {
  ContentHandlers,
  ContentRequestOf,
  ContentRequestType,
  ContentResponse,
  Done,
  PageTerms,
} from '../core/content-requests';
import { type HoverInput, type HoverState, hoverReducer, initialHoverState } from '../core/hover-intent';
import { MAX_CONTEXT } from '../core/limits';
import type { Matcher } from '../core/matcher';
import { type BackgroundRequest, type FrameCard, parseFrameCard, type TermShown } from '../core/messages';
import type { Settings } from '../core/settings';
import type { StorageLike } from '../platform/settings-store';
import type { Occurrence, OccurrenceIndex } from './occurrences';

type CardModule = typeof import('../card/index');
type CardHandle = ReturnType<CardModule['showCard']>;
type TermListModule = typeof import('../card/term-list');

/**
 * What a card is open for: an occurrence on the page, a selection looked up from the context menu, or (in
 * the top frame) a term of a frame too small to hold its card.
 */
type Target =
  | Occurrence
  | { readonly selection: Range | null }
  | { readonly remote: FrameCard; readonly frame: HTMLIFrameElement | HTMLFrameElement };

const isOccurrence = (target: Target): target is Occurrence =>
  !('selection' in target) && !('remote' in target);

/** The content requests the interactions answer (the eager script answers page-host itself). */
export type InteractionRequestType =
  | 'step-term'
  | 'lookup-selection'
  | 'reveal-term'
  | 'term-list'
  | 'frame-card'
  | 'page-terms';

/**
 * Runs the handler for a request's type (the map's lookup loses the link between the two; this keeps it).
 * Here, not beside the map, because only the lazily loaded interactions need it.
 */
function dispatchContent<K extends ContentRequestType, R extends ContentRequestOf<K>>(
  handlers: ContentHandlers<K>,
  request: R,
): Promise<ContentResponse<R['type']>> {
  const handler = handlers[request.type as K] as (request: R) => ContentResponse<R['type']>;
  return Promise.resolve(handler(request));
}

/** A pointer event with the time it arrived: the bridge hands over the events that made it load us. */
export interface TimedPointerEvent {
  readonly event: PointerEvent;
  readonly time: number;
  /** For a replayed pointerup: the occurrence under it then (the page may have scrolled since). */
  readonly hit?: Occurrence;
}

/** What the eager script lends the interactions. */
export interface InteractionContext {
  readonly index: OccurrenceIndex;
  readonly settings: () => Settings;
  readonly matcher: Matcher;
  /** False once the extension is reloaded or removed under this page (see platform/ext.ts). */
  readonly extensionAlive: () => boolean;
  /**
   * The extension's storage and messages, lent to the card (which saves its language and opens the
   * reader): handed down rather than imported, so that platform/ext.ts stays in the eager chunk.
   */
  readonly storage: StorageLike | null;
  readonly notifyBackground: (request: BackgroundRequest) => Promise<void>;
  /** Briefly draws a range in the flash style, to show where a reveal scrolled to. */
  readonly flash: (range: AbstractRange) => void;
  /**
   * Tells the extension's pages (the side panel) which term a card just opened for (the background relays
   * a card this frame is too small for: notifyBackground).
   */
  readonly report: (message: TermShown) => void;
  /** (Top frame) the window of the frame that posted this nonce, if one did. */
  readonly frameSource: (nonce: string) => MessageEventSource | null;
}

export interface Interactions {
  handle<R extends ContentRequestOf<InteractionRequestType>>(request: R): Promise<ContentResponse<R['type']>>;
  /** Removes every listener and closes the card (the site was disabled). */
  dispose(): void;
}

/** What interactions.ts adds to the bridge's interface: listening again on a document the page replaced. */
export interface InstalledInteractions extends Interactions {
  /** document.open() erased our listeners and took the card's host: listen again, forget the card. */
  reattach(): void;
}

/** A touch or pen contact that moves less than this and lifts within TAP_MS is a tap. */
const TAP_SLOP_PX = 10;
const TAP_MS = 600;
/** A tap's click follows its touchend within this (browsers may wait about 300 ms for a double tap). */
const TAP_CLICK_MS = 350;
/** The list of terms in view stays short enough to walk by ear. */
const MAX_LISTED = 40;

let loading: Promise<CardModule> | null = null;
function loadCard(): Promise<CardModule> {
  loading ??= import('../card/index').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

let listLoading: Promise<TermListModule> | null = null;
function loadTermList(): Promise<TermListModule> {
  listLoading ??= import('../card/term-list').catch((error: unknown) => {
    listLoading = null;
    throw error;
  });
  return listLoading;
}

/** The card's language, for the words the list and the live region say (as src/ui/language.ts picks). */
async function uiLanguage(settings: Settings) {
  const { cardLanguage } = await import('../ui/language');
  return cardLanguage(settings.language, document.documentElement.lang, navigator.language);
}

/** Whether the key the settings ask for (if any) is held during this event. */
function keyHeld(settings: Settings, event: { shiftKey: boolean; altKey: boolean }): boolean {
  if (settings.cardKey === 'shift') return event.shiftKey;
  if (settings.cardKey === 'alt') return event.altKey;
  return true;
}

function inView(range: Range): boolean {
  const rect = range.getBoundingClientRect();
  return rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth;
}

/** Below this a frame cannot hold a card (its width is 416 px, its height at least 160): the top frame shows it. */
const MIN_CARD_FRAME = { width: 360, height: 200 };

/** A frame whose card goes to the top frame: too small, and a child of the top (whose offset it can find). */
function cardGoesToTop(): boolean {
  return (
    window.top !== window &&
    window.parent === window.top &&
    (window.innerWidth < MIN_CARD_FRAME.width || window.innerHeight < MIN_CARD_FRAME.height)
  );
}

/** The <iframe> (or <frame>) element of a child window, in this document. */
function frameElementOf(source: MessageEventSource): HTMLIFrameElement | HTMLFrameElement | null {
  for (const frame of document.querySelectorAll<HTMLIFrameElement | HTMLFrameElement>('iframe, frame')) {
    if (frame.contentWindow === source) return frame;
  }
  return null;
}

/** A rect in a frame's viewport, in this document's viewport: past the frame's border and padding. */
function inTopCoordinates(frame: Element, rect: FrameCard['rect']): DOMRect {
  const box = frame.getBoundingClientRect();
  const style = getComputedStyle(frame);
  const left = box.left + frame.clientLeft + Number.parseFloat(style.paddingLeft);
  const top = box.top + frame.clientTop + Number.parseFloat(style.paddingTop);
  return new DOMRect(left + rect.x, top + rect.y, rect.width, rect.height);
}

/** Text being edited: a field, a contenteditable, or any of a document in designMode. */
function isEditable(target: EventTarget | null): boolean {
  if (document.designMode === 'on') return true;
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(input|textarea|select)$/.test(target.localName))
  );
}

/** The nearest block-level ancestor's text, for ranking a selection's passage. */
function blockTextAround(range: Range): string {
  let node: Node | null = range.commonAncestorContainer;
  while (node && !(node instanceof Element && getComputedStyle(node).display !== 'inline')) {
    node = node.parentNode;
  }
  return (node?.textContent ?? '').slice(0, MAX_CONTEXT);
}

function scrollToRange(range: Range): void {
  // The element first, so that scrolling containers bring it in; then the window centres the term itself
  // (a tall paragraph centred would leave the term off screen).
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
  const rect = range.getBoundingClientRect();
  const offBy = rect.top + rect.height / 2 - window.innerHeight / 2;
  if (Math.abs(offBy) > window.innerHeight / 4) window.scrollBy({ top: offBy, behavior: 'instant' });
}

export function installInteractions(
  {
    index,
    settings,
    matcher,
    extensionAlive,
    flash,
    storage,
    notifyBackground,
    report,
    frameSource,
  }: InteractionContext,
  replay: readonly TimedPointerEvent[] = [],
): InstalledInteractions {
  let state: HoverState<Target> = initialHoverState();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let card: CardHandle | null = null;
  let cardFor: Target | null = null;
  /** Bumped by every open and close, so a card module that loads late does not open a stale card. */
  let generation = 0;
  let disposed = false;

  let pointer: { x: number; y: number; target: EventTarget | null; held: boolean } | null = null;
  let frame = 0;
  let press: { id: number; x: number; y: number; time: number } | null = null;

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
    if (result.action?.type === 'open') void openCard(result.action.target, false);
    else if (result.action?.type === 'close') closeCard();
  }

  function closeCard(): void {
    generation++;
    card?.close();
    card = null;
    cardFor = null;
  }

  /**
   * Loads the card module if needed and shows the card for an occurrence, or for a looked-up selection
   * (whose term the lookup found, or null to say the selection holds none).
   */
  async function openCard(
    target: Target,
    focus: boolean,
    lookup?: { termId: string | null; text: string },
  ): Promise<CardHandle | null> {
    // Orphaned by an extension reload (the watchdog in index.ts stops us within a second): the old
    // chunk URLs may be gone, and Chrome would log "Failed to fetch dynamically imported module".
    if (!extensionAlive()) return null;
    const mine = ++generation;
    const module = await loadCard();
    if (mine !== generation || disposed) return null;
    let anchor: Range | null;
    let anchorRect: (() => DOMRect) | undefined;
    let termId: string | null;
    let context: { blockText: string; nearbyTermIds: readonly string[] };
    if ('remote' in target) {
      anchor = null;
      const { remote, frame } = target;
      anchorRect = () => inTopCoordinates(frame, remote.rect);
      termId = remote.termId;
      context = { blockText: remote.blockText.slice(0, MAX_CONTEXT), nearbyTermIds: remote.nearbyTermIds };
    } else if ('selection' in target) {
      anchor = target.selection;
      termId = lookup?.termId ?? null;
      const fallback = (lookup?.text ?? '').slice(0, MAX_CONTEXT);
      context = { blockText: anchor ? blockTextAround(anchor) : fallback, nearbyTermIds: [] };
    } else {
      anchor = target.liveRange();
      termId = target.termId;
      context = { blockText: target.runText().slice(0, MAX_CONTEXT), nearbyTermIds: target.nearbyTermIds() };
    }
    if (isOccurrence(target) && cardGoesToTop()) {
      // The card would be clipped by this frame: the top frame shows it (and keeps it like a tapped card,
      // until Esc, its close button or a click elsewhere). Here it stands open, so a rest does not re-send it.
      const nonce = crypto.randomUUID();
      window.parent.postMessage({ aigcLensFrame: nonce }, '*');
      const r = target.liveRange().getBoundingClientRect();
      void notifyBackground({
        type: 'frame-card',
        nonce,
        termId: target.termId,
        ...context,
        nearbyTermIds: context.nearbyTermIds.slice(0, 64),
        rect: { x: r.x, y: r.y, width: r.width, height: r.height },
      }).catch(() => undefined);
      card = { host: document.createElement('span'), close() {}, togglePin() {} };
      cardFor = target;
      return card;
    }
    card = module.showCard({
      anchor,
      anchorRect,
      termId,
      context,
      // A card relayed from a small frame carries no reason (the relay sends the term and its context only).
      reason: 'reason' in target ? target.reason : null,
      settings: settings(),
      storage,
      notifyBackground,
      focus,
      onClose: () => {
        card = null;
        cardFor = null;
        dispatch({ type: 'closed' });
      },
      onPin: (pinned) => dispatch({ type: 'pin', pinned }),
    });
    cardFor = target;
    if (termId !== null && isOccurrence(target)) {
      report({ type: 'term-shown', termId, ...context, nearbyTermIds: context.nearbyTermIds.slice(0, 64) });
    }
    return card;
  }

  /** Opens a card that pointer movement does not close (tap, keyboard, selection). */
  function openSticky(target: Target, focus: boolean, lookup?: { termId: string | null; text: string }) {
    dispatch({ type: 'opened', target, time: performance.now() });
    return openCard(target, focus, lookup);
  }

  // ── Pointer (mouse): hit-test at most once per animation frame ──
  function onFrame(): void {
    frame = 0;
    if (!pointer) return;
    const onCard = card !== null && pointer.target === card.host;
    // atPoint is a caret lookup and a map read; list() may sort the whole page, so it is not asked here.
    // With a key to hold (settings.cardKey), a pointer without it is on no term: nothing opens.
    const target = onCard || !pointer.held ? null : index.atPoint(pointer.x, pointer.y);
    dispatch({ type: 'pointer', time: performance.now(), x: pointer.x, y: pointer.y, target, onCard });
  }

  // Only the user's own input counts: a page's synthetic (untrusted) events neither open nor close cards.
  function onPointerMove(event: PointerEvent): void {
    if (event.pointerType !== 'mouse' || !event.isTrusted) return;
    pointer = { x: event.clientX, y: event.clientY, target: event.target, held: keyHeld(settings(), event) };
    if (frame === 0) frame = requestAnimationFrame(onFrame);
  }

  function onMouseOut(event: MouseEvent): void {
    if (event.relatedTarget === null) {
      pointer = null;
      dispatch({ type: 'leave', time: performance.now() });
    }
  }

  // ── Taps (touch, pen) and clicks elsewhere ──
  function onPointerDown(event: PointerEvent, time = performance.now()): void {
    if (!event.isTrusted) return;
    press = { id: event.pointerId, x: event.clientX, y: event.clientY, time };
    if (event.pointerType !== 'mouse' || !card || event.target === card.host || state.pinned) return;
    // A click elsewhere closes the card; a click on its own term leaves it (and does what the page does).
    const hit = index.atPoint(event.clientX, event.clientY);
    if (hit === null || hit !== cardFor) {
      closeCard();
      dispatch({ type: 'closed' });
    }
  }

  function onPointerUp(event: PointerEvent, time = performance.now(), replayedHit?: Occurrence): void {
    const down = press;
    press = null;
    if (event.pointerType === 'mouse' || !event.isTrusted || !down || down.id !== event.pointerId) return;
    const moved = Math.hypot(event.clientX - down.x, event.clientY - down.y);
    if (moved > TAP_SLOP_PX || time - down.time > TAP_MS) return;
    if (card && event.target === card.host) return;
    const hit = replayedHit ?? index.atPoint(event.clientX, event.clientY);
    if (hit) {
      if (hit !== cardFor) afterTapClick(() => void openSticky(hit, false));
    } else if (card && !state.pinned) {
      closeCard();
      dispatch({ type: 'closed' });
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
      if (done || disposed) return;
      done = true;
      window.removeEventListener('click', onClick, true);
      clearTimeout(fallback);
      open();
    };
    const onClick = () => setTimeout(run);
    window.addEventListener('click', onClick, { capture: true, once: true, passive: true });
    const fallback = setTimeout(run, TAP_CLICK_MS);
  }

  function onPointerCancel(): void {
    press = null;
  }

  // ── Keys while a card is open and focus is on the page (keys inside the card stay in the card) ──
  function onKeyDown(event: KeyboardEvent): void {
    if (!event.isTrusted) return;
    onHeldKey(event);
    if (!card || event.altKey || event.ctrlKey || event.metaKey || isEditable(event.target)) return;
    if (event.key === 'Escape') {
      closeCard();
      dispatch({ type: 'closed' });
    } else if ((event.key === 'p' || event.key === 'P') && state.open !== null && state.leftAt === null) {
      card.togglePin();
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

  // Listeners get the event alone (the time defaults to now); replayed events bring their own time.
  const onDown = (event: PointerEvent) => onPointerDown(event);
  const onUp = (event: PointerEvent) => onPointerUp(event);
  const passive = { passive: true, capture: true } as const;
  /** Adding a listener that is already there does nothing: safe to call again after document.open(). */
  function listen(): void {
    window.addEventListener('pointermove', onPointerMove, passive);
    window.addEventListener('pointerdown', onDown, passive);
    window.addEventListener('pointerup', onUp, passive);
    window.addEventListener('pointercancel', onPointerCancel, passive);
    window.addEventListener('mouseout', onMouseOut, { passive: true });
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onHeldKey);
  }
  listen();
  for (const { event, time, hit } of replay) {
    if (event.type === 'pointermove') onPointerMove(event);
    else if (event.type === 'pointerdown') onPointerDown(event, time);
    else if (event.type === 'pointerup') onPointerUp(event, time, hit);
  }

  async function step(direction: 1 | -1): Promise<Done> {
    const list = index.list();
    if (list.length === 0) return { ok: false };
    const at = cardFor && isOccurrence(cardFor) ? list.indexOf(cardFor) : -1;
    let next: Occurrence | undefined;
    if (at >= 0) next = list[(at + direction + list.length) % list.length];
    else {
      // From the top of the viewport: the first term at or below it, or the last one above it.
      const below = list.findIndex((occurrence) => occurrence.liveRange().getBoundingClientRect().bottom > 0);
      if (direction === 1) next = list[Math.max(below, 0)];
      else next = below > 0 ? list[below - 1] : list[list.length - 1];
    }
    if (!next) return { ok: false };
    scrollToRange(next.liveRange());
    await openSticky(next, true);
    const termId = next.termId;
    void Promise.all([loadTermList(), uiLanguage(settings())]).then(([list, lang]) =>
      list.announceTerm(termId, lang),
    );
    return { ok: true, termId };
  }

  async function lookup(text: string): Promise<Done> {
    const match = matcher.findAll(text)[0];
    const termId = match ? (matcher.termIds[match.term] ?? null) : null;
    const selection = window.getSelection();
    const range =
      selection && selection.rangeCount > 0 && !selection.isCollapsed
        ? selection.getRangeAt(0).cloneRange()
        : null;
    await openSticky({ selection: range }, true, { termId, text });
    return termId ? { ok: true, termId } : { ok: false };
  }

  /** Which of a term's occurrences a reveal showed last, so that the next one shows the next. */
  const revealed = new Map<string, number>();

  /** Scrolls to the next marked occurrence of a term (cycling) and flashes it. */
  function reveal(termId: string): Done {
    const matches = index.list().filter((occurrence) => occurrence.termId === termId);
    if (matches.length === 0) return { ok: false };
    const at = ((revealed.get(termId) ?? -1) + 1) % matches.length;
    const occurrence = matches[at] as Occurrence;
    revealed.set(termId, at);
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    occurrence.staticRange.startContainer.parentElement?.scrollIntoView({
      block: 'center',
      behavior: reduceMotion ? 'auto' : 'smooth',
    });
    flash(occurrence.staticRange);
    return { ok: true };
  }

  /**
   * The terms near the focus (inside the focused element) or else in view, one entry per term at its first
   * such occurrence, as a list a screen reader can walk; choosing one selects it and opens its card.
   */
  async function termList(): Promise<Done> {
    const all = index.list();
    const focused = document.activeElement;
    const near =
      focused && focused !== document.body && focused !== document.documentElement
        ? all.filter((occurrence) => focused.contains(occurrence.staticRange.startContainer))
        : [];
    const candidates = near.length > 0 ? near : all.filter((occurrence) => inView(occurrence.liveRange()));
    const seen = new Set<string>();
    const chosen: Occurrence[] = [];
    for (const occurrence of candidates) {
      if (seen.has(occurrence.termId)) continue;
      seen.add(occurrence.termId);
      chosen.push(occurrence);
      if (chosen.length === MAX_LISTED) break;
    }
    const [list, lang] = await Promise.all([loadTermList(), uiLanguage(settings())]);
    if (disposed) return { ok: false };
    closeCard();
    list.showTermList({
      entries: chosen,
      lang,
      theme: settings().theme,
      onChoose: (at) => {
        const occurrence = chosen[at];
        if (!occurrence?.staticRange.startContainer.isConnected) return;
        const range = occurrence.liveRange();
        // The selection is what a screen reader reads in context; the card then takes focus.
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        scrollToRange(range);
        void openSticky(occurrence, true);
      },
    });
    return { ok: chosen.length > 0 };
  }

  /** Shows a small frame's card here, at its term's place (once the frame's post has said which it is). */
  async function frameCard(request: FrameCard): Promise<Done> {
    let source = frameSource(request.nonce);
    for (let tries = 0; !source && tries < 15; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      source = frameSource(request.nonce);
    }
    const frame = source ? frameElementOf(source) : null;
    if (!frame || disposed) return { ok: false };
    await openSticky({ remote: request, frame }, false);
    return { ok: true, termId: request.termId };
  }

  const handlers: ContentHandlers<InteractionRequestType> = {
    'page-terms': () => pageTerms(index),
    'frame-card': (request) => {
      const parsed = parseFrameCard(request.unparsed);
      return parsed ? frameCard(parsed) : { ok: false };
    },
    'reveal-term': (request) => (disposed ? { ok: false } : reveal(request.termId)),
    'term-list': () => (disposed ? { ok: false } : termList()),
    'step-term': (request) => (disposed ? { ok: false } : step(request.direction)),
    'lookup-selection': (request) => (disposed ? { ok: false } : lookup(request.text)),
  };

  return {
    handle: (request) => dispatchContent(handlers, request),
    reattach() {
      if (disposed) return;
      if (card) {
        closeCard();
        dispatch({ type: 'closed' });
      }
      pointer = null;
      press = null;
      listen();
    },
    dispose() {
      if (disposed) return;
      closeCard();
      disposed = true;
      clearTimeout(timer);
      if (frame) cancelAnimationFrame(frame);
      window.removeEventListener('pointermove', onPointerMove, passive);
      window.removeEventListener('pointerdown', onDown, passive);
      window.removeEventListener('pointerup', onUp, passive);
      window.removeEventListener('pointercancel', onPointerCancel, passive);
      window.removeEventListener('mouseout', onMouseOut);
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onHeldKey);
    },
  };
}

/** The terms on the page in page order (of each term's first marked occurrence), counting unmarked ones too. */
function pageTerms(index: OccurrenceIndex): PageTerms {
  const counts = new Map<string, number>();
  for (const occurrence of index.list()) if (!counts.has(occurrence.termId)) counts.set(occurrence.termId, 0);
  for (const occurrence of index.all())
    counts.set(occurrence.termId, (counts.get(occurrence.termId) ?? 0) + 1);
  return { type: 'page-terms', terms: [...counts].map(([termId, count]) => ({ termId, count })) };
}
