// What a user does with the marks, loaded lazily by interaction-bridge.ts when the mouse first reaches a
// term, a tap lands on one, or a request first needs it: this composes the session (hover machine and card, session.ts) with
// its inputs (pointer.ts, taps.ts, keys.ts) and the requests it answers (requests.ts). No Preact or
// floating-ui here; the card module brings those when needed.
import type {
  ContentHandlers,
  ContentRequestOf,
  ContentRequestType,
  ContentResponse,
} from '../core/content-requests';
import type { Matcher } from '../core/matcher';
import type { BackgroundRequest, TermShown } from '../core/messages';
import type { Settings } from '../core/settings';
import type { StorageLike } from '../platform/settings-store';
import { createKeyInput } from './keys';
import type { Occurrence, OccurrenceIndex } from './occurrences';
import { createPointerInput } from './pointer';
import { createRequestHandlers, type InteractionRequestType } from './requests';
import { createSession } from './session';
import { createTapInput } from './taps';

export type { InteractionRequestType } from './requests';

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

/** An event the bridge hands over: the mouse move or tap (click) that made it load us. */
export interface ReplayedEvent {
  readonly event: MouseEvent;
  /** For a tap: the occurrence under it then (the page may have scrolled since). */
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

export function installInteractions(
  context: InteractionContext,
  replay: readonly ReplayedEvent[] = [],
): InstalledInteractions {
  const session = createSession(context);
  const pointer = createPointerInput(session);
  const taps = createTapInput(session);
  const inputs = [pointer, taps, createKeyInput(session)];
  const handlers = createRequestHandlers(context, session);

  for (const input of inputs) input.listen();
  for (const { event, hit } of replay) {
    if (event.type === 'mousemove') pointer.move(event);
    else if (event.type === 'click') taps.click(event, hit);
  }

  return {
    handle: (request) => dispatchContent(handlers, request),
    reattach() {
      if (session.disposed()) return;
      if (session.opener.card()) session.dismiss();
      for (const input of inputs) {
        input.forget();
        input.listen();
      }
    },
    dispose() {
      if (session.disposed()) return;
      session.dispose();
      for (const input of inputs) input.unlisten();
    },
  };
}
