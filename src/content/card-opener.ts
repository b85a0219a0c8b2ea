// Opening and closing the one card of this frame: loads the card module on first use, hands it the
// scanner's findings (card-context.ts) and the content world's matcher, and sends the card of a frame too
// small to hold it to the top frame.
import type { FrameCard } from '../core/messages';
import type { RankContext } from '../core/rank';
import { cardSubject, isOccurrence, type Lookup, type Target } from './card-context';
import type { InteractionContext } from './interactions';
import type { Occurrence } from './occurrences';

type CardModule = typeof import('../card/index');
export type CardHandle = ReturnType<CardModule['showCard']>;

export interface CardOpener {
  /** The card open now (for a small frame's term, a stand-in while the top frame shows it), or null. */
  card(): CardHandle | null;
  /** What the open card is for, or null. */
  target(): Target | null;
  /** Loads the card module if needed and shows the card; null when a later open or close overtook it. */
  open(target: Target, focus: boolean, lookup?: Lookup): Promise<CardHandle | null>;
  /** Closes the card (if any) without telling anyone: the caller decided. */
  close(): void;
  dispose(): void;
}

/** What the opener tells the hover machine: the card closed itself, or was pinned or unpinned. */
export interface CardEvents {
  readonly onClosed: () => void;
  readonly onPin: (pinned: boolean) => void;
}

let loading: Promise<CardModule> | null = null;
function loadCard(): Promise<CardModule> {
  loading ??= import('../card/index').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
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

/** A rect in a frame's viewport, in this document's viewport: past the frame's border and padding. */
function inTopCoordinates(frame: Element, rect: FrameCard['rect']): DOMRect {
  const box = frame.getBoundingClientRect();
  const style = getComputedStyle(frame);
  const left = box.left + frame.clientLeft + Number.parseFloat(style.paddingLeft);
  const top = box.top + frame.clientTop + Number.parseFloat(style.paddingTop);
  return new DOMRect(left + rect.x, top + rect.y, rect.width, rect.height);
}

/** Where the card goes: next to the term's range, or (a small frame's term) at its rect in this viewport. */
function placeOf(target: Target): { anchor: Range | null; anchorRect?: () => DOMRect } {
  if ('remote' in target) {
    const { remote, frame } = target;
    return { anchor: null, anchorRect: () => inTopCoordinates(frame, remote.rect) };
  }
  return { anchor: 'selection' in target ? target.selection : target.liveRange() };
}

export function createCardOpener(
  {
    settings,
    matcher,
    extensionAlive,
    storage,
    notifyBackground,
    report,
  }: Pick<
    InteractionContext,
    'settings' | 'matcher' | 'extensionAlive' | 'storage' | 'notifyBackground' | 'report'
  >,
  events: CardEvents,
): CardOpener {
  let card: CardHandle | null = null;
  let cardFor: Target | null = null;
  /** Bumped by every open and close, so a card module that loads late does not open a stale card. */
  let generation = 0;
  let disposed = false;

  function close(): void {
    generation++;
    card?.close();
    card = null;
    cardFor = null;
  }

  /**
   * The card would be clipped by this frame: the top frame shows it (and keeps it like a tapped card,
   * until Esc, its close button or a click elsewhere). Here it stands open, so a rest does not re-send it.
   */
  function sendToTop(target: Occurrence, context: RankContext): CardHandle {
    const nonce = crypto.randomUUID();
    window.parent.postMessage({ aigcLensFrame: nonce }, '*');
    const r = target.liveRange().getBoundingClientRect();
    void notifyBackground({
      type: 'frame-card',
      nonce,
      termId: target.termId,
      ...context,
      rect: { x: r.x, y: r.y, width: r.width, height: r.height },
    }).catch(() => undefined);
    return { host: document.createElement('span'), close() {}, togglePin() {} };
  }

  async function open(target: Target, focus: boolean, lookup?: Lookup): Promise<CardHandle | null> {
    // Orphaned by an extension reload (the watchdog in engine.ts stops us within a second): the old
    // chunk URLs may be gone, and Chrome would log "Failed to fetch dynamically imported module".
    if (!extensionAlive()) return null;
    const mine = ++generation;
    const module = await loadCard();
    if (mine !== generation || disposed) return null;
    const { termId, context } = cardSubject(matcher, target, lookup);
    if (isOccurrence(target) && cardGoesToTop()) {
      card = sendToTop(target, context);
      cardFor = target;
      return card;
    }
    card = module.showCard({
      ...placeOf(target),
      termId,
      context,
      matcher,
      // A card relayed from a small frame carries no reason (the relay sends the term and its context only).
      reason: 'reason' in target ? target.reason : null,
      settings: settings(),
      storage,
      notifyBackground,
      focus,
      onClose: () => {
        card = null;
        cardFor = null;
        events.onClosed();
      },
      onPin: events.onPin,
    });
    cardFor = target;
    if (termId !== null && isOccurrence(target)) {
      report({ type: 'term-shown', termId, ...context });
    }
    return card;
  }

  return {
    card: () => card,
    target: () => cardFor,
    open,
    close,
    dispose() {
      close();
      disposed = true;
    },
  };
}
