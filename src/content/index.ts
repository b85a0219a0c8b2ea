// The eager content script, in every frame: decides whether the frame is worth scanning (dormancy.ts),
// reads the settings, and looks for a first term in the page's text; only a frame whose text holds one
// loads the engine (engine.ts: marks, changes, hover, the popup's answers). No UI here: the card loads
// on first use.
import { matcherAliases } from '../article/generated/matcher-aliases';
import { parseContentRequest } from '../core/content-requests';
import { isRecord } from '../core/guards';
import { createProbe, type MatchScanner } from '../core/matcher';
import { isActiveOn, type Settings } from '../core/settings';
import { ext, extensionAlive, notifyBackground } from '../platform/ext';
import { holdsTerm, whenWorthScanning } from './dormancy';
import type { Engine } from './engine';
import { ChangeObserver } from './observer';
import { readSettings, topLevelHost, watchSettings } from './page-settings';

/** Tests and the benchmark wait for this performance mark. */
const READY_MARK = 'aigc-lens:content-ready';
/** A sub-frame not worth scanning (yet): tiny, hidden or without text. */
const DORMANT_MARK = 'aigc-lens:dormant';
const SCAN_MEASURE = 'aigc-lens:scan';

performance.mark('aigc-lens:content-start');
const isTopFrame = window.top === window;
/** The per-site switch follows the tab's top-level page in every frame. */
const siteHost = topLevelHost();
let settings: Settings | undefined;
let probeMatcher: MatchScanner | null = null;
let engine: Engine | null = null;
let engineLoading: Promise<Engine | null> | null = null;
/** Watches for text while no term is found; the engine has its own observer. */
let watcher: ChangeObserver | null = null;
let probes = 0;

/**
 * The windows of frames that asked for a card in this (top) frame, by the nonce each posted: the card's
 * request comes through the background, the window says which <iframe> it is. Listened to eagerly, as the
 * post may come before the engine and the interactions have loaded.
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
 * Built on first use, in frames that scan: the cost of building it shows in DevTools and in the benchmark.
 * The aliases alone: whether a text may hold a term (the engine builds the whole matcher, with the sense
 * rules, ambiguity and topic cues, which only it needs).
 */
function theProbe(): MatchScanner {
  if (!probeMatcher) {
    const start = performance.now();
    probeMatcher = createProbe(matcherAliases);
    performance.measure('aigc-lens:init', { start, end: performance.now() });
  }
  return probeMatcher;
}

const active = (): boolean => settings !== undefined && isActiveOn(settings, siteHost);

function loadEngine(): Promise<Engine | null> {
  // An orphaned script (extension reloaded) would only fail to fetch the chunk.
  if (!extensionAlive()) return Promise.resolve(null);
  engineLoading ??= import('./engine').then(
    ({ startEngine }) => {
      if (!active() || !settings) return null;
      stopWatching();
      engine = startEngine(settings, isTopFrame, (nonce) => frameSources.get(nonce) ?? null);
      return engine;
    },
    () => {
      // A document on its way out cannot load chunks; the next change or request tries again.
      engineLoading = null;
      return null;
    },
  );
  return engineLoading;
}

/** Looks for a term under `roots`; the first one found loads the engine, which scans the whole frame. */
async function probe(roots: Iterable<Node>, pass: 'document' | 'changes'): Promise<void> {
  const generation = probes;
  const start = performance.now();
  const result = await holdsTerm(
    roots,
    theProbe(),
    (shadow) => watcher?.observe(shadow),
    () => generation !== probes,
  );
  if (!result || generation !== probes) return;
  if (result.found) {
    void loadEngine();
    return;
  }
  if (pass === 'document') {
    const detail = { pass, workMs: result.workMs, longestSliceMs: result.longestSliceMs };
    performance.measure(SCAN_MEASURE, { start, end: performance.now(), detail });
    // A page with no term shows no count on the badge.
    if (isTopFrame) notifyBackground({ type: 'page-term-count', count: 0 }).catch(() => undefined);
  }
}

function watch(): void {
  watcher = new ChangeObserver((roots) => {
    if (!extensionAlive()) stopWatching();
    else void probe(roots, 'changes');
  });
  watcher.observe(document);
  void probe([document.body ?? document.documentElement], 'document');
}

function stopWatching(): void {
  probes++;
  watcher?.disconnect();
  watcher = null;
}

function apply(next: Settings): void {
  const before = settings;
  settings = next;
  if (!active()) {
    stopWatching();
    engine?.stop();
    engine = null;
    engineLoading = null;
    return;
  }
  listen();
  if (engine && before) engine.apply(next, before);
  else if (!engineLoading && !watcher) watch();
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
    if (request.type === 'page-host') return Promise.resolve({ host: location.hostname });
    // Stopped (site or extension off), or no term found: no terms, which the popup says plainly.
    if (request.type === 'page-terms' && !engineLoading)
      return Promise.resolve({ type: 'page-terms', terms: [] });
    if (!active()) return Promise.resolve({ ok: false });
    return loadEngine().then((loaded) => loaded?.answer(request) ?? { ok: false });
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
