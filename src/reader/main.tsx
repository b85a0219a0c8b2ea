// The reader's tab page: the article at a comfortable reading width, contents in a sidebar when wide.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../platform/browser';
import { ReadingView } from '../reading/ReadingView';
import { usePageLanguage, useSettings } from '../reading/use-settings';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { common } from '../ui/strings/common';
import { reader } from '../ui/strings/reader';
import { type DEFAULT_KEYS, Welcome } from '../ui/Welcome';
import '../ui/theme.css';
import '../reading/reading.css';

type Keys = Partial<Record<keyof typeof DEFAULT_KEYS, string>>;

/** The shortcuts as the browser has them now (the user may have changed the manifest's suggestions). */
async function currentKeys(): Promise<Keys> {
  const names: Record<string, keyof typeof DEFAULT_KEYS> = {
    'next-term': 'next',
    'previous-term': 'previous',
    _execute_action: 'popup',
  };
  const keys: Keys = {};
  try {
    for (const command of await browser.commands.getAll()) {
      const name = command.name ? names[command.name] : undefined;
      if (name && command.shortcut) keys[name] = command.shortcut;
    }
  } catch {
    // No commands API: the manifest's defaults stand.
  }
  return keys;
}

function ReaderPage() {
  const [settings, update] = useSettings();
  // The install handler opens the reader with ?welcome=1 on first install.
  const [welcome, setWelcome] = useState(() => new URLSearchParams(location.search).get('welcome') === '1');
  const [keys, setKeys] = useState<Keys>({});
  useEffect(() => {
    if (welcome) void currentKeys().then(setKeys);
  }, [welcome]);
  const language = usePageLanguage(settings, (ui) => reader[ui].pageTitle);
  // Nothing until the settings are read: no flash of the wrong language.
  if (!settings || !language) return null;
  return (
    <ReadingView
      mode="tab"
      language={language}
      hoverDelayMs={settings.hoverDelayMs}
      intro={
        welcome ? (
          <Welcome
            lang={language.ui}
            keys={keys}
            onOpenSettings={() => void browser.runtime.openOptionsPage()}
            onDismiss={() => {
              setWelcome(false);
              history.replaceState(null, '', location.pathname + location.hash);
            }}
          />
        ) : null
      }
      bar={
        <div class="bar-row">
          <span class="brand">{common[language.ui].appName}</span>
          <LanguageSwitch
            value={language.choice}
            ui={language.ui}
            onChange={(value) => update({ language: value })}
          />
        </div>
      }
    />
  );
}

const root = document.getElementById('app');
if (root) render(<ReaderPage />, root);
