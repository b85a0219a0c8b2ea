// Which storage area holds the settings, decided once for every reader of them (the extension's pages and
// the background through platform/settings-store.ts, the content script through content/page-settings.ts).
//
// The settings live in storage.sync, so they follow the user. When sync is missing or refuses a write
// (QUOTA_BYTES_PER_ITEM is 8 KB in Chrome, which a long disabled-sites list exceeds), they are written to
// storage.local and `settingsArea: 'local'` in storage.local says so; reads then prefer local until a
// later write to sync succeeds again and clears the marker.

/** In storage.local: 'local' when the settings could not be written to sync and live in local instead. */
export const SETTINGS_AREA_KEY = 'settingsArea';

/** The area to read the settings from, given what storage.local holds (null when it could not be read). */
export function settingsAreaFor(local: Record<string, unknown> | null): 'sync' | 'local' {
  return local?.[SETTINGS_AREA_KEY] === 'local' ? 'local' : 'sync';
}
