// The part of the content script a frame loads once its text holds a term (index.ts finds out): the
// occurrence index, the marks, the scanner and its observer, the hover bridge and the answers to the
// popup. Most frames of the web never load it.
import { matcherData } from '../article/generated/matcher-data';
import type { ContentRequestOf, ContentResponse } from '../core/content-requests';
import { createMatcher } from '../core/matcher';
import type { Settings } from '../core/settings';
import { extensionAlive, extStorage, notifyBackground, notifyPages } from '../platform/ext';
import { installInteractionBridge } from './interaction-bridge';
import type { InteractionRequestType } from './interactions';
import { Marker } from './mark';
import { ChangeObserver } from './observer';
import { OccurrenceStore } from './occurrences';
import { Scanner } from './scanner';

export interface Engine {
  /** Settings changed while the site stays on. */
  apply(next: Settings, before: Settings): void;
  answer<R extends ContentRequestOf<InteractionRequestType>>(request: R): Promise<ContentResponse<R['type']>>;
  stop(): void;
}

/**
 * A page may clear or replace CSS.highlights (the registry is shared with it) without touching the DOM,
 * and the extension may be reloaded while the page stays open: neither shows up as a DOM mutation, so
 * without this the marks would stay gone, or the orphaned script alive, until the page next changes.
 * Once a second, while the page is visible: stop if orphaned, else re-register our highlights (a few
 * Map reads; nothing when they are still in place).
 */
const WATCHDOG_MS = 1000;

export function startEngine(
  initial: Settings,
  isTopFrame: boolean,
  frameSource: (nonce: string) => MessageEventSource | null,
): Engine {
  const start = performance.now();
  // This frame's one matcher: the scanner's, the lookups' and the card's (which ranks with it). With the
  // topic cues: the scanner's topic rule counts them as evidence (they are never marked).
  const matcher = createMatcher(matcherData, { cues: true });
  performance.measure('aigc-lens:engine-init', { start, end: performance.now() });
  let settings = initial;
  let lastBadgeCount = -1;
  // The hover bridge listens from the first marked occurrence on (interaction-bridge.ts says why); the
  // scan that adds it starts below, after the bridge is installed.
  const store = new OccurrenceStore(() => interactions.arm());
  const marker = new Marker(settings.markStyle);
  const observer = new ChangeObserver((roots) => {
    if (!extensionAlive()) {
      stop();
      return;
    }
    marker.repair();
    void scanner.rescan(roots).then(reportCount);
  });
  const scanner = new Scanner(matcher, store, marker, settings, (shadow) => {
    store.shadowRoots.push(shadow);
    observer.observe(shadow);
    void scanner.rescan([shadow]);
  });
  observer.observe(document);
  const watchdog = window.setInterval(() => {
    if (!extensionAlive()) stop();
    else if (!document.hidden) marker.repair();
  }, WATCHDOG_MS);
  const interactions = installInteractionBridge({
    index: store,
    settings: () => settings,
    matcher,
    extensionAlive,
    flash: (range) => marker.flash(range),
    frameSource,
    storage: extStorage,
    notifyBackground,
    report: (message) => {
      // No page of ours may be listening (no side panel open): that is no error.
      notifyPages(message);
    },
  });
  void scanner.scanDocument().then(reportCount);

  function reportCount(): void {
    if (!isTopFrame || !extensionAlive()) return;
    const count = store.markedTermCount();
    if (count === lastBadgeCount) return;
    lastBadgeCount = count;
    notifyBackground({ type: 'page-term-count', count }).catch(() => {
      // The background may be restarting; the next scan reports again.
      lastBadgeCount = -1;
    });
  }

  function stop(): void {
    clearInterval(watchdog);
    interactions.dispose();
    observer.disconnect();
    scanner.reset();
    marker.dispose();
    reportCount();
  }

  return {
    apply(next, before) {
      settings = next;
      marker.setStyle(next.markStyle);
      if (
        next.density !== before.density ||
        JSON.stringify(next.categories) !== JSON.stringify(before.categories)
      ) {
        scanner.setOptions(next);
        scanner.reset();
        void scanner.scanDocument().then(reportCount);
      }
    },
    answer: (request) => interactions.handle(request),
    stop,
  };
}
