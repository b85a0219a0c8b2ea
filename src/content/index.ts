// The eager content script, in every frame: decides whether the frame is worth scanning (dormancy.ts),
// reads its text (frame-text.ts) and asks the background whether it may hold a term on this site (a
// sub-frame looks for any alias first, core/first-look.ts, and asks only where there may be one). Only a
// frame whose text may loads the engine (engine.ts: the whole matcher, marks, changes, hover, the popup's
// answers). No matcher and no UI here: the card loads on first use.
import { firstLookPatterns } from '../article/generated/first-look';
import { parseContentRequest, parseTextProbe, type TextProbe } from '../core/content-requests';
import { createFirstLook } from '../core/first-look';
import { isRecord } from '../core/guards';
import { isActiveOn, type Settings } from '../core/settings';
import { askBackground, ext, extensionAlive } from '../platform/ext';
import { whenWorthScanning } from './dormancy';
import type { Engine } from './engine';
import { firstLookAt, probeTexts } from './frame-text';
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
 * Whether AIGC Lens is on for this page: from the settings once this frame has read them (a term found,
 * or the site off), else as the background last said (a frame with no term never reads them), and
 * undefined while this frame has not asked (text without any alias is never asked about).
 */
let siteActive: boolean | undefined;
const active = (): boolean => (settings ? isActiveOn(settings, siteHost) : siteActive === true);
const knownOff = (): boolean => (settings ? !isActiveOn(settings, siteHost) : siteActive === false);
/**
 * A sub-frame looks for any alias before it asks (core/first-look.ts); the top frame asks at once. Measured
 * in the bench (Chromium 156, the term-free 30 KB page): compiling the first look's patterns cost the top
 * frame ~3 ms more than its question did, while for 20 frames with text it saved ~17 ms, as frames of one
 * process share the compiled patterns and a frame that asks nothing registers no listener. The top frame
 * registers one anyway (the popup asks it), and its text is usually the page's largest.
 */
const mayHoldAlias = isTopFrame ? () => true : createFirstLook(firstLookPatterns);

let settingsRead: Promise<Settings> | null = null;
/** Reads the settings once, and follows their changes from then on. */
function readAndFollowSettings(): Promise<Settings> {
  settingsRead ??= readSettings().then((read) => {
    watchSettings(apply);
    settings ??= read;
    return settings;
  });
  return settingsRead;
}

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

/** The engine, with the settings it needs read first; null where the site turns out to be off. */
async function ensureEngine(): Promise<Engine | null> {
  await readAndFollowSettings();
  return active() ? loadEngine() : null;
}

/**
 * The background's answer for `text`. Where it cannot answer (a background being replaced, an answer
 * not understood), the engine is the one to know: on, and maybe.
 */
async function askProbe(text: string, pass: 'document' | 'changes'): Promise<TextProbe> {
  try {
    const answer = await askBackground({ type: 'probe-text', text, host: siteHost, pass });
    return parseTextProbe(answer) ?? { active: true, found: true };
  } catch {
    return { active: extensionAlive(), found: extensionAlive() };
  }
}

/** More elements than this make a document one the engine scans without asking first. */
const HUGE_DOCUMENT_ELEMENTS = 20_000;
const isHuge = (): boolean => document.getElementsByTagName('*').length > HUGE_DOCUMENT_ELEMENTS;

/**
 * Asks the background about the text under `roots`: the first piece that may hold a term loads the
 * engine, which scans the whole frame; a site that is off stops the frame until the settings change.
 */
async function probe(roots: Iterable<Node>, pass: 'document' | 'changes'): Promise<void> {
  const generation = probes;
  const start = performance.now();
  if (pass === 'document' && isHuge()) {
    // The engine reads it all anyway wherever a term is, and a page this big mostly has one: asking
    // first would add a whole read of its text (~80 ms on a 10 MB page) to that.
    void ensureEngine().then(() => {
      if (active()) listen();
      performance.mark(READY_MARK);
    });
    return;
  }
  const read = await probeTexts(
    roots,
    (shadow) => watcher?.observe(shadow),
    () => generation !== probes,
  );
  if (!read) return;
  const { texts, workMs, longestSliceMs } = read;
  // Text without any alias asks nothing: no term can be marked there, whether the site is on or not. (A
  // new document's badge needs no clearing: both browsers reset a tab's badge on navigation.)
  const stale = () => generation !== probes;
  let lookMs = 0;
  let settled = false;
  for (const piece of texts) {
    const lookStart = performance.now();
    const may = await firstLookAt(piece, mayHoldAlias, stale);
    lookMs += performance.now() - lookStart;
    if (may === null) return;
    if (!may) continue;
    const answer = await askProbe(piece, pass);
    if (stale()) return;
    siteActive = answer.active;
    settled = !answer.active || answer.found;
    if (!answer.active) {
      stopWatching();
      void readAndFollowSettings();
      break;
    }
    listen();
    if (answer.found) {
      void ensureEngine();
      break;
    }
  }
  if (pass !== 'document') return;
  if (!settled) {
    const detail = {
      pass,
      workMs: workMs + lookMs,
      longestSliceMs: Math.max(longestSliceMs, lookMs),
      marks: 0,
    };
    performance.measure(SCAN_MEASURE, { start, end: performance.now(), detail });
  }
  performance.mark(READY_MARK);
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
/** The top frame answers the popup from the start; other frames once they know the site is on (steps, lookups). */
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
    if (knownOff()) return Promise.resolve({ ok: false });
    return ensureEngine().then((loaded) => loaded?.answer(request) ?? { ok: false });
  });
}

if (isTopFrame) listen();
if (whenWorthScanning(isTopFrame, watch)) watch();
else performance.mark(DORMANT_MARK);
