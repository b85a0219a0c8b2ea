// The settings as this page's content script sees them: read from storage, repaired by the core parser,
// and watched. Problems are not logged here: a content script's console is the page's console.
import { parseSettings, SETTINGS_KEY, type Settings } from '../core/settings';
import { ext } from './ext';

/** Mirrors src/platform/settings-store.ts: storage.local says 'local' when sync refused the settings. */
const AREA_KEY = 'settingsArea';

async function read(area: 'sync' | 'local', keys: string[]): Promise<Record<string, unknown> | null> {
  try {
    return ((await ext?.storage[area]?.get(keys)) as Record<string, unknown> | undefined) ?? null;
  } catch {
    return null;
  }
}

/** Both areas at once: one round trip's wait instead of two, in every frame that reads them. */
export async function readSettings(): Promise<Settings> {
  const [local, sync] = await Promise.all([
    read('local', [SETTINGS_KEY, AREA_KEY]),
    read('sync', [SETTINGS_KEY]),
  ]);
  return parseSettings((local?.[AREA_KEY] === 'local' ? local : (sync ?? local))?.[SETTINGS_KEY]).settings;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>): void => {
    if (SETTINGS_KEY in changes || AREA_KEY in changes) void readSettings().then(onChange);
  };
  ext?.storage.onChanged.addListener(listener);
  return () => ext?.storage.onChanged.removeListener(listener);
}

/**
 * The host of the tab's top-level page, which the per-site switch follows in every frame: about:blank,
 * srcdoc and cross-site frames included. A same-origin top is read directly; otherwise the browser's
 * list of ancestor origins ends with it (Chrome, Firefox). Where that list is withheld (an origin of
 * "null" under a no-referrer policy), the frame's own host is the best left.
 */
export function topLevelHost(): string {
  try {
    const host = window.top?.location.hostname;
    if (host !== undefined) return host;
  } catch {
    // A cross-origin top: its location is not ours to read.
  }
  const ancestors = location.ancestorOrigins;
  const top = ancestors?.[ancestors.length - 1];
  if (top && top !== 'null') {
    try {
      return new URL(top).hostname;
    } catch {
      // Not a URL (an opaque origin): fall through.
    }
  }
  return location.hostname;
}
