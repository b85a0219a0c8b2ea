// The options page: for now the one switch that turns AIGC Lens on or off everywhere.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { langFromLocale } from '../ui/strings';
import { common } from '../ui/strings/common';

/** storage.sync key for the global switch until the settings schema lands. */
export const ENABLED_KEY = 'aigcLens.enabled';

function Options() {
  const t = common[langFromLocale(navigator.language)];
  const [enabled, setEnabled] = useState<boolean | null>(null);
  useEffect(() => {
    browser.storage.sync.get(ENABLED_KEY).then((items) => setEnabled(items[ENABLED_KEY] !== false));
  }, []);
  const toggle = (next: boolean) => {
    setEnabled(next);
    void browser.storage.sync.set({ [ENABLED_KEY]: next });
  };
  return (
    <main>
      <h1>{t.optionsTitle}</h1>
      <label>
        <input
          type="checkbox"
          checked={enabled ?? true}
          disabled={enabled === null}
          onChange={(event) => toggle(event.currentTarget.checked)}
        />
        {t.enabledEverywhere}
      </label>
      <p>{t.enabledEverywhereHelp}</p>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
