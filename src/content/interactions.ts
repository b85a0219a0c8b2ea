// What a user does with the marks: pointer, tap and keyboard to the term card (which this loads lazily on
// first use), stepping and looking up, and the popup's "on this page" list and its scroll-to-term. Itself
// loaded lazily by interaction-bridge.ts when a pointer first reaches a term or a request first needs it.
// No Preact, floating-ui or valibot here; the card module brings those when needed.
import { type HoverInput, type HoverState, hoverReducer, initialHoverState } from '../core/hover-intent';
import type { Matcher } from '../core/matcher';
import type { PageTerms } from '../core/messages';
import type { Settings } from '../core/settings';
import type { Occurrence, OccurrenceIndex } from './occurrences';

type CardModule = typeof import('../card/index');
type CardHandle = ReturnType<CardModule['showCard']>;

/** What a card is open for: an occurrence on the page, or a selection looked up from the context menu. */
type Target = Occurrence | { readonly selection: Range | null };

export type InteractionRequest =
  | { readonly type: 'step-term'; readonly direction: 1 | -1 }
  | { readonly type: 'lookup-selection'; readonly text: string }
  | { readonly type: 'reveal-term'; readonly termId: string }
  | { readonly type: 'page-terms' };

export interface InteractionResponse {
  readonly ok: boolean;
  readonly termId?: string;
}

/** A pointer event with the time it arrived: the bridge hands over the events that made it load us. */
export interface TimedPointerEvent {
  readonly event: PointerEvent;
  readonly time: number;
}

/** What the eager script lends the interactions. */
export interface InteractionContext {
  readonly index: OccurrenceIndex;
  readonly settings: () => Settings;
  readonly matcher: Matcher;
  /** False once the extension is reloaded or removed under this page (see ext.ts). */
  readonly extensionAlive: () => boolean;
  /** Briefly draws a range in the flash style, to show where a reveal scrolled to. */
  readonly flash: (range: AbstractRange) => void;
}

export interface Interactions {
  handle(request: InteractionRequest): Promise<InteractionResponse | PageTerms>;
  /** Removes every listener and closes the card (the site was disabled). */
  dispose(): void;
}

/** A touch or pen contact that moves less than this and lifts within TAP_MS is a tap. */
const TAP_SLOP_PX = 10;
const TAP_MS = 600;
/** Block text beyond this says nothing more about which passage fits. */
const MAX_CONTEXT = 4000;

let loading: Promise<CardModule> | null = null;
function loadCard(): Promise<CardModule> {
  loading ??= import('../card/index').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
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
  { index, settings, matcher, extensionAlive, flash }: InteractionContext,
  replay: readonly TimedPointerEvent[] = [],
): Interactions {
  let state: HoverState<Target> = initialHoverState();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let card: CardHandle | null = null;
  let cardFor: Target | null = null;
  /** Bumped by every open and close, so a card module that loads late does not open a stale card. */
  let generation = 0;
  let disposed = false;

  let pointer: { x: number; y: number; target: EventTarget | null } | null = null;
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
    let termId: string | null;
    let context: { blockText: string; nearbyTermIds: readonly string[] };
    if ('selection' in target) {
      anchor = target.selection;
      termId = lookup?.termId ?? null;
      const fallback = (lookup?.text ?? '').slice(0, MAX_CONTEXT);
      context = { blockText: anchor ? blockTextAround(anchor) : fallback, nearbyTermIds: [] };
    } else {
      anchor = target.range;
      termId = target.termId;
      context = { blockText: target.blockText.slice(0, MAX_CONTEXT), nearbyTermIds: target.nearbyTermIds };
    }
    card = module.showCard({
      anchor,
      termId,
      context,
      reason: 'selection' in target ? null : target.reason,
      settings: settings(),
      focus,
      onClose: () => {
        card = null;
        cardFor = null;
        dispatch({ type: 'closed' });
      },
      onPin: (pinned) => dispatch({ type: 'pin', pinned }),
    });
    cardFor = target;
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
    const target = onCard ? null : index.atPoint(pointer.x, pointer.y);
    dispatch({ type: 'pointer', time: performance.now(), x: pointer.x, y: pointer.y, target, onCard });
  }

  function onPointerMove(event: PointerEvent): void {
    if (event.pointerType !== 'mouse') return;
    pointer = { x: event.clientX, y: event.clientY, target: event.target };
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
    press = { id: event.pointerId, x: event.clientX, y: event.clientY, time };
    if (event.pointerType !== 'mouse' || !card || event.target === card.host || state.pinned) return;
    // A click elsewhere closes the card; a click on its own term leaves it (and does what the page does).
    const hit = index.atPoint(event.clientX, event.clientY);
    if (hit === null || hit !== cardFor) {
      closeCard();
      dispatch({ type: 'closed' });
    }
  }

  function onPointerUp(event: PointerEvent, time = performance.now()): void {
    const down = press;
    press = null;
    if (event.pointerType === 'mouse' || !down || down.id !== event.pointerId) return;
    const moved = Math.hypot(event.clientX - down.x, event.clientY - down.y);
    if (moved > TAP_SLOP_PX || time - down.time > TAP_MS) return;
    if (card && event.target === card.host) return;
    const hit = index.atPoint(event.clientX, event.clientY);
    if (hit) {
      if (hit !== cardFor) void openSticky(hit, false);
    } else if (card && !state.pinned) {
      closeCard();
      dispatch({ type: 'closed' });
    }
  }

  function onPointerCancel(): void {
    press = null;
  }

  // ── Keys while a card is open and focus is on the page (keys inside the card stay in the card) ──
  function onKeyDown(event: KeyboardEvent): void {
    if (!card || event.altKey || event.ctrlKey || event.metaKey || isEditable(event.target)) return;
    if (event.key === 'Escape') {
      closeCard();
      dispatch({ type: 'closed' });
    } else if ((event.key === 'p' || event.key === 'P') && state.open !== null && state.leftAt === null) {
      card.togglePin();
    }
  }

  // Listeners get the event alone (the time defaults to now); replayed events bring their own time.
  const onDown = (event: PointerEvent) => onPointerDown(event);
  const onUp = (event: PointerEvent) => onPointerUp(event);
  const passive = { passive: true, capture: true } as const;
  window.addEventListener('pointermove', onPointerMove, passive);
  window.addEventListener('pointerdown', onDown, passive);
  window.addEventListener('pointerup', onUp, passive);
  window.addEventListener('pointercancel', onPointerCancel, passive);
  window.addEventListener('mouseout', onMouseOut, { passive: true });
  window.addEventListener('keydown', onKeyDown);
  for (const { event, time } of replay) {
    if (event.type === 'pointermove') onPointerMove(event);
    else if (event.type === 'pointerdown') onPointerDown(event, time);
    else if (event.type === 'pointerup') onPointerUp(event, time);
  }

  async function step(direction: 1 | -1): Promise<InteractionResponse> {
    const list = index.list();
    if (list.length === 0) return { ok: false };
    const at = cardFor && !('selection' in cardFor) ? list.indexOf(cardFor) : -1;
    let next: Occurrence | undefined;
    if (at >= 0) next = list[(at + direction + list.length) % list.length];
    else {
      // From the top of the viewport: the first term at or below it, or the last one above it.
      const below = list.findIndex((occurrence) => occurrence.range.getBoundingClientRect().bottom > 0);
      if (direction === 1) next = list[Math.max(below, 0)];
      else next = below > 0 ? list[below - 1] : list[list.length - 1];
    }
    if (!next) return { ok: false };
    scrollToRange(next.range);
    await openSticky(next, true);
    return { ok: true, termId: next.termId };
  }

  async function lookup(text: string): Promise<InteractionResponse> {
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
  function reveal(termId: string): InteractionResponse {
    const matches = index.list().filter((occurrence) => occurrence.termId === termId);
    if (matches.length === 0) return { ok: false };
    const at = ((revealed.get(termId) ?? -1) + 1) % matches.length;
    const occurrence = matches[at] as Occurrence;
    revealed.set(termId, at);
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    occurrence.range.startContainer.parentElement?.scrollIntoView({
      block: 'center',
      behavior: reduceMotion ? 'auto' : 'smooth',
    });
    flash(occurrence.staticRange);
    return { ok: true };
  }

  return {
    handle(request) {
      if (request.type === 'page-terms') return Promise.resolve(pageTerms(index));
      if (disposed) return Promise.resolve({ ok: false });
      if (request.type === 'reveal-term') return Promise.resolve(reveal(request.termId));
      return request.type === 'step-term' ? step(request.direction) : lookup(request.text);
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
