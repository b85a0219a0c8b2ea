// Settings in browser storage: read (migrated and validated), written, and watched, without ever throwing.
// A factory over any `StorageLike` and free of webextension-polyfill, so the card (a page world) can use
// it with the raw namespace; the pages' and background's store over the polyfill is browser-settings.ts.
// Which area holds the settings: src/core/settings-area.ts.

import { SETTINGS_KEY, SETTINGS_STORAGE_KEYS, type Settings } from '../core/settings';
import { SETTINGS_AREA_KEY, settingsAreaFor } from '../core/settings-area';
import { mergeSettings } from '../core/settings-edits';
import { readStoredSettings } from '../core/settings-migrations';

/** Where problems go. The extension's pages warn in their own console; content scripts pass a no-op. */
export type Report = (problem: string) => void;

/** The slice of `browser.storage` the store uses, so tests can hand it a fake. */
export interface StorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}
export interface StorageLike {
  readonly sync?: StorageArea | undefined;
  readonly local: StorageArea;
  readonly onChanged: {
    addListener(cb: (changes: Record<string, unknown>, area: string) => void): void;
    removeListener(cb: (changes: Record<string, unknown>, area: string) => void): void;
  };
}

export interface SettingsStore {
  loadSettings(): Promise<Settings>;
  /** Applies `patch` (validated field by field) and writes the whole object; resolves to what was saved. */
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  /** Calls `cb` with the new settings whenever any context changes them. Returns the unsubscribe function. */
  onSettingsChanged(cb: (settings: Settings) => void): () => void;
  /** Rewrites storage in the current shape when it holds an older or damaged one (background, on update). */
  migrateStoredSettings(): Promise<void>;
}

export const warnInConsole: Report = (problem) => console.warn(`AIGC Lens settings: ${problem}`);

export function createSettingsStore(storage: StorageLike, report: Report = warnInConsole): SettingsStore {
  const reported = new Set<string>();
  const reportOnce = (problem: string) => {
    if (reported.has(problem)) return;
    reported.add(problem);
    try {
      report(problem);
    } catch {
      // A reporter must never break a read.
    }
  };
  const errorText = (error: unknown) =>
    (error instanceof Error ? error.message : String(error)).slice(0, 200);

  async function safeGet(
    area: StorageArea | undefined,
    keys: string[],
  ): Promise<Record<string, unknown> | null> {
    if (!area) return null;
    try {
      const items = await area.get(keys);
      return typeof items === 'object' && items !== null ? items : {};
    } catch (error) {
      reportOnce(`reading failed: ${errorText(error)}`);
      return null;
    }
  }

  /** The items of the area that holds the settings, and which area that is. */
  async function readItems(): Promise<{ items: Record<string, unknown>; area: 'sync' | 'local' }> {
    const local = await safeGet(storage.local, [...SETTINGS_STORAGE_KEYS, SETTINGS_AREA_KEY]);
    if (settingsAreaFor(local) === 'sync') {
      const sync = await safeGet(storage.sync, [...SETTINGS_STORAGE_KEYS]);
      if (sync) return { items: sync, area: 'sync' };
    }
    return { items: local ?? {}, area: 'local' };
  }

  async function load(): Promise<Settings> {
    const { items } = await readItems();
    const stored = readStoredSettings(items);
    for (const problem of stored.problems) reportOnce(problem);
    return stored.settings;
  }

  async function write(settings: Settings, remove: readonly string[] = []): Promise<void> {
    if (storage.sync) {
      try {
        await storage.sync.set({ [SETTINGS_KEY]: settings });
        if (remove.length > 0) await storage.sync.remove([...remove]);
        // Sync holds the settings again: the local copy and its marker are stale.
        const local = await safeGet(storage.local, [SETTINGS_AREA_KEY]);
        if (settingsAreaFor(local) === 'local') await storage.local.remove([SETTINGS_AREA_KEY, SETTINGS_KEY]);
        return;
      } catch (error) {
        reportOnce(`storage.sync refused the settings (${errorText(error)}); keeping them in storage.local`);
      }
    }
    try {
      await storage.local.set({ [SETTINGS_KEY]: settings, [SETTINGS_AREA_KEY]: 'local' });
      if (remove.length > 0) await storage.local.remove([...remove]);
    } catch (error) {
      reportOnce(`storage.local refused the settings too: ${errorText(error)}`);
    }
  }

  // Saves run one after another, so two quick changes cannot overwrite each other with stale reads.
  let queue: Promise<unknown> = Promise.resolve();
  function saveSettings(patch: Partial<Settings>): Promise<Settings> {
    const run = queue.then(async () => {
      const merged = mergeSettings(await load(), patch);
      for (const problem of merged.problems) reportOnce(`not saved: ${problem}`);
      await write(merged.settings);
      return merged.settings;
    });
    queue = run.catch(() => undefined);
    return run;
  }

  async function migrateStoredSettings(): Promise<void> {
    const { items } = await readItems();
    const stored = readStoredSettings(items);
    for (const problem of stored.problems) reportOnce(problem);
    if (stored.rewrite) await write(stored.settings, stored.remove);
    else if (stored.remove.length > 0) {
      try {
        await storage.sync?.remove([...stored.remove]);
      } catch (error) {
        reportOnce(`removing ${stored.remove.join(', ')} failed: ${errorText(error)}`);
      }
    }
  }

  function onSettingsChanged(cb: (settings: Settings) => void): () => void {
    let last = '';
    let pending = Promise.resolve();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'sync' && area !== 'local') return;
      if (![...SETTINGS_STORAGE_KEYS, SETTINGS_AREA_KEY].some((key) => Object.hasOwn(changes, key))) return;
      // Re-read rather than trust `newValue`: which area is authoritative may have just changed.
      pending = pending.then(async () => {
        const settings = await load();
        const json = JSON.stringify(settings);
        if (json === last) return;
        last = json;
        try {
          cb(settings);
        } catch (error) {
          reportOnce(`a settings listener threw: ${errorText(error)}`);
        }
      });
    };
    storage.onChanged.addListener(listener);
    return () => storage.onChanged.removeListener(listener);
  }

  return { loadSettings: load, saveSettings, onSettingsChanged, migrateStoredSettings };
}
