// The eager content script, in every frame: finds the glossary's terms in the page's text, marks them
// with CSS highlights, keeps up with changes, and answers the popup. No UI here: the card loads lazily.
import { matcherData } from '../article/generated/matcher-data';
import { type ContentRequest, type ContentResponse, parseContentRequest } from '../core/content-requests';
import { isRecord } from '../core/guards';
import { createMatcher } from '../core/matcher';
import { isActiveOn, type Settings } from '../core/settings';
import { ext, extensionAlive, extStorage, notifyBackground, notifyPages } from '../platform/ext';
import { installInteractionBridge } from './interaction-bridge';
import type { Interactions } from './interactions';
import { Marker } from './mark';
import { ChangeObserver } from './observer';
import { OccurrenceStore } from './occurrences';
import { readSettings, watchSettings } from './page-settings';
import { Scanner } from './scanner';

/** Tests and the benchmark wait for this performance mark. */
const READY_MARK = 'aigc-lens:content-ready';

// The cost of starting up (module evaluation aside) shows in DevTools and in the benchmark.
performance.mark('aigc-lens:content-start');
const matcher = createMatcher(matcherData);
performance.measure('aigc-lens:init', 'aigc-lens:content-start');
const store = new OccurrenceStore();
let settings: Settings;
let marker: Marker | null = null;
let scanner: Scanner | null = null;
let observer: ChangeObserver | null = null;
let interactions: Interactions | null = null;
let lastBadgeCount = -1;
let watchdog = 0;

const isTopFrame = window.top === window;

/**
 * The windows of frames that asked for a card in this (top) frame, by the nonce each posted: the card's
 * request comes through the background, the window says which <iframe> it is. Listened to eagerly, as the
 * post may come before the interactions have loaded.
 */
const frameSources = new Map<string, MessageEventSource>();
const MAX_FRAME_SOURCES = 8;
if (isTopFrame) {
  window.addEventListener('message', (event) => {
    const nonce = isRecord(event.data) ? event.data.aigcLensFrame : undefined;
    if (typeof nonce !== 'string' || nonce.length > 64 || !event.source) return;
    frameSources.set(nonce, event.source);
    if (frameSources.size > MAX_FRAME_SOURCES) frameSources.delete(frameSources.keys().next().value ?? '');
  });
}

/**
 * A page may clear or replace CSS.highlights (the registry is shared with it) without touching the DOM,
 * and the extension may be reloaded while the page stays open: neither shows up as a DOM mutation, so
 * without this the marks would stay gone, or the orphaned script alive, until the page next changes.
 * Once a second, while the page is visible: stop if orphaned, else re-register our highlights (a few
 * Map reads; nothing when they are still in place).
 */
const WATCHDOG_MS = 1000;
function watch(): void {
  if (!extensionAlive()) {
    stop();
    return;
  }
  if (!document.hidden) marker?.repair();
}

function start(): void {
  marker = new Marker(settings.markStyle);
  observer = new ChangeObserver((roots) => {
    if (!extensionAlive()) {
      stop();
      return;
    }
    marker?.repair();
    void scanner?.rescan(roots).then(reportCount);
  });
  scanner = new Scanner(matcher, store, marker, settings, (shadow) => {
    store.shadowRoots.push(shadow);
    observer?.observe(shadow);
    void scanner?.rescan([shadow]);
  });
  observer.observe(document);
  watchdog = window.setInterval(watch, WATCHDOG_MS);
  interactions = installInteractionBridge({
    index: store,
    settings: () => settings,
    matcher,
    extensionAlive,
    storage: extStorage,
    notifyBackground,
    flash: (range) => marker?.flash(range),
    frameSource: (nonce) => frameSources.get(nonce) ?? null,
    report: (message) => {
      // No page of ours may be listening (no side panel open): that is no error.
      notifyPages(message);
    },
  });
  void scanner.scanDocument().then(reportCount);
}

function stop(): void {
  clearInterval(watchdog);
  watchdog = 0;
  interactions?.dispose();
  interactions = null;
  observer?.disconnect();
  scanner?.reset();
  marker?.dispose();
  observer = null;
  scanner = null;
  marker = null;
  reportCount();
}

function apply(next: Settings): void {
  const before = settings;
  settings = next;
  const wasActive = before !== undefined && isActiveOn(before, location.hostname);
  const active = isActiveOn(next, location.hostname);
  if (!active) {
    if (wasActive) stop();
    return;
  }
  if (!wasActive || !scanner || !marker) {
    start();
    return;
  }
  marker.setStyle(next.markStyle);
  if (
    next.density !== before.density ||
    JSON.stringify(next.categories) !== JSON.stringify(before.categories)
  ) {
    scanner.setOptions(next);
    scanner.reset();
    void scanner.scanDocument().then(reportCount);
  }
}

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

/** This frame's one receiver: page-host here, everything else by the (lazily loaded) interactions. */
function answer(request: ContentRequest): Promise<ContentResponse<ContentRequest['type']>> {
  if (request.type === 'page-host') return Promise.resolve({ host: location.hostname });
  // Stopped (site or extension off): no terms, which the popup says plainly; nothing else is done.
  if (!interactions)
    return Promise.resolve(request.type === 'page-terms' ? { type: 'page-terms', terms: [] } : { ok: false });
  return interactions.handle(request);
}

ext?.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
  // Only our own extension's pages and background may ask; pages cannot reach this listener at all.
  if (sender.id !== ext?.runtime.id) return undefined;
  const request = parseContentRequest(message);
  if (!request) return undefined;
  // Only the top frame answers page-wide questions, so the popup gets one answer per tab.
  if (!isTopFrame && request.type !== 'step-term' && request.type !== 'lookup-selection') return undefined;
  return answer(request);
});

void readSettings().then((initial) => {
  apply(initial);
  watchSettings(apply);
  performance.mark(READY_MARK);
});
