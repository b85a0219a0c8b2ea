// The settings store over the real `browser.storage` (webextension-polyfill), for the extension's pages and
// the background; it warns in their own console. Not for page worlds: the content script reads settings
// through content/page-settings.ts, the card through createSettingsStore over the raw namespace.

import type { Settings } from '../core/settings';
import { browser } from './browser';
import { createSettingsStore, type SettingsStore, type StorageLike } from './settings-store';

let shared: SettingsStore | undefined;
/** The one store of this context. */
export function defaultSettingsStore(): SettingsStore {
  shared ??= createSettingsStore(browser.storage as unknown as StorageLike);
  return shared;
}

export const loadSettings = (): Promise<Settings> => defaultSettingsStore().loadSettings();
export const saveSettings = (patch: Partial<Settings>): Promise<Settings> =>
  defaultSettingsStore().saveSettings(patch);
export const onSettingsChanged = (cb: (settings: Settings) => void): (() => void) =>
  defaultSettingsStore().onSettingsChanged(cb);
