// The eager content script, in every frame: finds the glossary's terms in the page's text, marks them
// with CSS highlights, keeps up with changes, and answers the popup. No UI here: the card loads lazily.
import { matcherData } from '../article/generated/matcher-data';
import type { Category } from '../article/types';
import { type ContentRequest, parseContentRequest } from '../core/content-requests';
import { createMatcher } from '../core/matcher';
import { isActiveOn, type Settings } from '../core/settings';
import { ext, extensionAlive } from './ext';
import { installInteractionBridge } from './interaction-bridge';
import type { Interactions } from './interactions';
import { Marker } from './mark';
import { ChangeObserver } from './observer';
import { OccurrenceStore } from './occurrences';
import { readSettings, watchSettings } from './page-settings';
import { Scanner } from './scanner';

export const READY_MARK = 'aigc-lens:content-ready';

// The cost of starting up (module evaluation aside) shows in DevTools and in the benchmark.
performance.mark('aigc-lens:content-start');
// With the topic cues: the scanner's topic rule counts them as evidence (they are never marked).
const matcher = createMatcher(matcherData, { cues: true });
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
    flash: (range) => marker?.flash(range),
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
  store.clear();
  store.notify();
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
  ext?.runtime.sendMessage({ type: 'page-term-count', count }).catch(() => {
    // The background may be restarting; the next scan reports again.
    lastBadgeCount = -1;
  });
}

function answer(request: ContentRequest): unknown {
  switch (request.type) {
    case 'page-host':
      return { host: location.hostname };
    case 'page-terms':
      // Stopped (site or extension off): no terms, which the popup says plainly.
      return interactions?.handle(request) ?? { type: 'page-terms', terms: [] };
    default:
      return interactions?.handle(request) ?? { ok: false };
  }
}

ext?.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
  // Only our own extension's pages and background may ask; pages cannot reach this listener at all.
  if (sender.id !== ext?.runtime.id) return undefined;
  const request = parseContentRequest(message);
  if (!request) return undefined;
  // Only the top frame answers page-wide questions, so the popup gets one answer per tab.
  if (!isTopFrame && request.type !== 'step-term' && request.type !== 'lookup-selection') return undefined;
  const response = answer(request);
  return response === undefined ? undefined : Promise.resolve(response);
});

void readSettings().then((initial) => {
  apply(initial);
  watchSettings(apply);
  performance.mark(READY_MARK);
});

export type { Category };
