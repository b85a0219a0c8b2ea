// The background's one message receiver: parses each request, checks that it comes from this extension,
// and hands it to the handler of its type (the compiler checks each handler's answer against the map).
import {
  type BackgroundRequestOf,
  type BackgroundRequestType,
  type BackgroundResponse,
  parseBackgroundRequest,
} from '../core/messages';
import { browser, type Runtime } from '../platform/browser';
import { showPageTermCount } from './badge';
import { relayFrameCard } from './frame-card';
import { openReaderFor } from './open-reader';
import { probeText } from './probe-text';

export type BackgroundHandlers = {
  readonly [K in BackgroundRequestType]: (
    request: BackgroundRequestOf<K>,
    sender: Runtime.MessageSender,
  ) => Promise<BackgroundResponse<K>> | undefined;
};

const handlers: BackgroundHandlers = {
  'page-term-count': showPageTermCount,
  'open-reader': openReaderFor,
  'frame-card': relayFrameCard,
  'probe-text': probeText,
};

/** The answer to one message, or undefined to leave it unanswered (not ours, or not for us). */
export function route(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  const request = parseBackgroundRequest(message);
  if (!request || sender.id !== browser.runtime.id) return undefined;
  const handler = handlers[request.type] as (
    request: BackgroundRequestOf<BackgroundRequestType>,
    sender: Runtime.MessageSender,
  ) => Promise<unknown> | undefined;
  return handler(request, sender);
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  route(message, sender),
);
