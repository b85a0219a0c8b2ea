// The settings as this page's content script sees them: read from storage, repaired by the core parser,
// and watched. Problems are not logged here: a content script's console is the page's console.
import { checkSettings, SETTINGS_KEY, type Settings } from '../core/settings';
import { SETTINGS_AREA_KEY as AREA_KEY, settingsAreaFor } from '../core/settings-area';
import { ext } from '../platform/ext';

async function read(area: 'sync' | 'local', keys: string[]): Promise<Record<string, unknown> | null> {
  try {
    return ((await ext?.storage[area]?.get(keys)) as Record<string, unknown> | undefined) ?? null;
  } catch {
    return null;
  }
}

export async function readSettings(): Promise<Settings> {
  const local = await read('local', [SETTINGS_KEY, AREA_KEY]);
  const sync = settingsAreaFor(local) === 'local' ? null : await read('sync', [SETTINGS_KEY]);
  return checkSettings((sync ?? local)?.[SETTINGS_KEY]).settings;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>): void => {
    if (SETTINGS_KEY in changes || AREA_KEY in changes) void readSettings().then(onChange);
  };
  ext?.storage.onChanged.addListener(listener);
  return () => ext?.storage.onChanged.removeListener(listener);
}
