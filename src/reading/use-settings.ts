// The settings as Preact state: loaded once, kept in step with every other context, written on change.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Lang } from '../article/types';
import type { Settings } from '../core/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../platform/browser-settings';
import { type ReaderLanguage, resolveLanguage } from '../ui/language';

export function useSettings(): [Settings | null, (patch: Partial<Settings>) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => {
      if (live) setSettings((current) => current ?? loaded);
    });
    const off = onSettingsChanged((next) => setSettings(next));
    return () => {
      live = false;
      off();
    };
  }, []);
  const update = useCallback((patch: Partial<Settings>) => {
    // Shown at once; storage catches up (and onSettingsChanged confirms it).
    setSettings((current) => (current ? { ...current, ...patch } : current));
    void saveSettings(patch);
  }, []);
  return [settings, update];
}

/** Applies the theme setting to the document: 'auto' leaves it to prefers-color-scheme. */
export function applyTheme(theme: Settings['theme']): void {
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/**
 * The language the settings give an extension page, applied to its document with the theme: `lang`, the
 * title `title` names, and `data-theme`. Null until the settings are read.
 */
export function usePageLanguage(
  settings: Settings | null,
  title: (ui: Lang) => string,
): ReaderLanguage | null {
  const language = settings ? resolveLanguage(settings.language, navigator.language) : null;
  useEffect(() => {
    if (!settings || !language) return;
    document.documentElement.lang = language.ui;
    document.title = title(language.ui);
    applyTheme(settings.theme);
  }, [settings, language?.ui]);
  return language;
}
