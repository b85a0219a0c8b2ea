// The eager content script, in every frame: finds the glossary's terms in the page's text, marks them
// with CSS highlights, keeps up with changes, and answers the popup. No UI here: the card loads lazily.
// A frame pays for nothing before it is worth scanning (dormancy.ts), then reads the settings, and builds
// the matcher only once the top-level site is on.
import { matcherData } from '../article/generated/matcher-data';
import type { Category } from '../article/types';
import { type ContentRequest, parseContentRequest } from '../core/content-requests';
import { createMatcher, type Matcher } from '../core/matcher';
import { isActiveOn, type Settings } from '../core/settings';
import { whenWorthScanning } from './dormancy';
import { ext, extensionAlive } from './ext';
import { installInteractionBridge } from './interaction-bridge';
import type { Interactions } from './interactions';
import { Marker } from './mark';
import { ChangeObserver } from './observer';
import { OccurrenceStore } from './occurrences';
import { readSettings, topLevelHost, watchSettings } from './page-settings';
import { Scanner } from './scanner';

export const READY_MARK = 'aigc-lens:content-ready';
/** A sub-frame not worth scanning (yet): tiny, hidden or without text. */
export const DORMANT_MARK = 'aigc-lens:dormant';

performance.mark('aigc-lens:content-start');
let matcher: Matcher | null = null;
const store = new OccurrenceStore();
let settings: Settings;
let marker: Marker | null = null;
let scanner: Scanner | null = null;
let observer: ChangeObserver | null = null;
let interactions: Interactions | null = null;
let lastBadgeCount = -1;
let watchdog = 0;

const isTopFrame = window.top === window;
/** The per-site switch follows the tab's top-level page in every frame. */
const siteHost = topLevelHost();

/** Built on first use, in frames that scan: the cost of building it shows in DevTools and in the benchmark. */
function theMatcher(): Matcher {
  if (!matcher) {
    const start = performance.now();
    matcher = createMatcher(matcherData);
    performance.measure('aigc-lens:init', { start, end: performance.now() });
  }
  return matcher;
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
  const matcher = theMatcher();
  listen();
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
  const wasActive = before !== undefined && isActiveOn(before, siteHost);
  const active = isActiveOn(next, siteHost);
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

let listening = false;
/** The top frame answers the popup from the start; other frames only once they scan (steps, lookups). */
function listen(): void {
  if (listening) return;
  listening = true;
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
}

function wake(): void {
  void readSettings().then((initial) => {
    apply(initial);
    watchSettings(apply);
    performance.mark(READY_MARK);
  });
}

if (isTopFrame) listen();
if (whenWorthScanning(isTopFrame, wake)) wake();
else performance.mark(DORMANT_MARK);

export type { Category };
