// The keyboard shortcuts as the browser has them now, and the way to change them.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { OptionsStrings } from '../ui/strings/options';

type Key = keyof OptionsStrings;
const COMMAND_LABELS: Record<string, Key> = {
  _execute_action: 'cmdExecuteAction',
  'next-term': 'cmdNextTerm',
  'previous-term': 'cmdPreviousTerm',
  'toggle-site': 'cmdToggleSite',
  'open-reader': 'cmdOpenReader',
  'open-panel': 'cmdOpenPanel',
  'term-list': 'cmdTermList',
};

interface Command {
  readonly name: string;
  readonly description: string;
  readonly shortcut: string;
}

/** Firefox 137+ has commands.openShortcutSettings; Chrome lets an extension open its own shortcuts page. */
async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & {
    openShortcutSettings?: () => Promise<void>;
  };
  if (typeof commands.openShortcutSettings === 'function') await commands.openShortcutSettings();
  else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

export function Shortcuts({ t }: { t: OptionsStrings }) {
  const [commands, setCommands] = useState<readonly Command[]>([]);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void browser.commands.getAll().then(
      (all) =>
        setCommands(
          all.map((command) => ({
            name: command.name ?? '',
            description: command.description ?? '',
            shortcut: command.shortcut ?? '',
          })),
        ),
      () => setCommands([]),
    );
  }, []);
  return (
    <section class="shortcuts" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t.shortcutsHeading}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.shortcutCommand}</th>
            <th scope="col">{t.shortcutKeys}</th>
          </tr>
        </thead>
        <tbody>
          {commands.map((command) => {
            const key = COMMAND_LABELS[command.name];
            return (
              <tr key={command.name} data-command={command.name}>
                <td>{key ? t[key] : command.description || command.name}</td>
                <td>
                  {command.shortcut ? (
                    <kbd>{command.shortcut}</kbd>
                  ) : (
                    <span class="help">{t.shortcutNotSet}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p class="help">{t.shortcutsHowChrome}</p>
      <p class="help">{t.shortcutsHowFirefox}</p>
      <button
        type="button"
        onClick={() =>
          openShortcutSettings().then(
            () => setFailed(false),
            () => setFailed(true),
          )
        }
      >
        {t.shortcutsOpen}
      </button>
      {failed && (
        <p class="error" role="alert">
          {t.shortcutsOpenFailed}
        </p>
      )}
    </section>
  );
}
