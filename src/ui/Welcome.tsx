// The first-run welcome, shown by the reader for `?welcome=1`: how to hover, tap, use the keys and the popup.
// Dependency-free apart from Preact: the reader passes the language and the actions it wants.
import type { Lang } from '../article/types';
import { welcomeStrings } from './strings/welcome';

/** The manifest's suggested keys; the browser may have others (the options page lists the real ones). */
export const DEFAULT_KEYS = { next: 'Alt+Shift+J', previous: 'Alt+Shift+K', popup: 'Alt+Shift+L' } as const;

interface Props {
  lang: Lang;
  /** Shortcuts as the browser has them (commands.getAll); the manifest's defaults otherwise. */
  keys?: Partial<Record<keyof typeof DEFAULT_KEYS, string>>;
  onOpenSettings?: () => void;
  onDismiss?: () => void;
}

/** `text` with `{name}` replaced by a <kbd> of the key. */
function withKeys(text: string, keys: Record<string, string>) {
  return text.split(/(\{\w+\})/).map((part, index) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return name && keys[name] ? <kbd key={index}>{keys[name]}</kbd> : part;
  });
}

export function Welcome({ lang, keys, onOpenSettings, onDismiss }: Props) {
  const t = welcomeStrings[lang];
  const allKeys = { ...DEFAULT_KEYS, ...keys };
  return (
    <section class="welcome" lang={lang} aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <ul>
        <li>{t.hover}</li>
        <li>{t.tap}</li>
        <li>{withKeys(t.keyboard, allKeys)}</li>
        <li>{withKeys(t.popup, allKeys)}</li>
        <li>{t.settings}</li>
      </ul>
      {(onOpenSettings || onDismiss) && (
        <p class="welcome-actions">
          {onOpenSettings && (
            <button type="button" onClick={onOpenSettings}>
              {t.openSettings}
            </button>
          )}
          {onDismiss && (
            <button type="button" onClick={onDismiss}>
              {t.dismiss}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
