// Export the settings to a JSON file, import them back (a bad or foreign file is refused whole), and
// reset to the defaults after a confirmation.
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { fill } from '../ui/format';
import type { OptionsStrings } from '../ui/strings/options';
import { type FileProblem, MAX_FILE_BYTES, parseSettingsFile, settingsFileText } from './settings-file';

export const EXPORT_FILE_NAME = 'aigc-lens-settings.json';

interface Props {
  settings: Settings;
  t: OptionsStrings;
  onImport(settings: Settings, message: string): Promise<void>;
}

function problemText(problem: FileProblem, t: OptionsStrings): string {
  switch (problem.code) {
    case 'too-large':
      return fill(t.importTooLarge, { max: MAX_FILE_BYTES / 1024 });
    case 'not-json':
      return t.importNotJson;
    case 'not-object':
      return t.importNotObject;
    case 'foreign':
      return t.importForeign;
    case 'no-version':
      return t.importNoVersion;
    case 'no-settings':
      return t.importNoSettings;
    case 'newer':
      return fill(t.importNewer, { version: problem.version });
    case 'field':
      return fill(t.importField, { field: problem.field });
    case 'unknown':
      return fill(t.importUnknown, { field: problem.field });
    case 'duplicate':
      return fill(t.importDuplicate, { field: problem.field });
  }
}

interface Refusal {
  readonly file: string;
  readonly lines: readonly string[];
}

export function Backup({ settings, t, onImport }: Props) {
  const [href, setHref] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  // The link always holds a file of the current settings, so a click downloads exactly what is shown.
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([settingsFileText(settings)], { type: 'application/json' }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [settings]);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const name = file.name.slice(0, 80);
    const result =
      file.size > MAX_FILE_BYTES
        ? parseSettingsFile('', file.size)
        : parseSettingsFile(await file.text(), file.size);
    if (!result.ok) {
      const lines = result.problems.map((problem) => problemText(problem, t));
      if (result.more > 0) lines.push(fill(t.importMore, { count: result.more }));
      setRefusal({ file: name, lines });
      return;
    }
    setRefusal(null);
    await onImport(result.settings, fill(t.importDone, { file: name }));
  };

  const reset = async () => {
    dialog.current?.close();
    setRefusal(null);
    await onImport(DEFAULT_SETTINGS, t.resetDone);
  };

  return (
    <section class="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t.backupLegend}</h2>
      <p>
        <a class="button" href={href} download={EXPORT_FILE_NAME}>
          {t.exportButton}
        </a>
      </p>
      {/* The native file input speaks the browser's language ("Choose File"); its label, styled as a
          button, speaks the page's. The input stays focusable, so the keyboard reaches it. */}
      <p class="file-field">
        <label for="import-file" class="button">
          {t.importLabel}
        </label>
        <input
          id="import-file"
          class="visually-hidden"
          type="file"
          accept=".json,application/json"
          aria-describedby={refusal ? 'import-error' : undefined}
          onChange={(event) => void importFile(event.currentTarget)}
        />
      </p>
      {refusal && (
        <div id="import-error" class="error" role="alert">
          <p>{fill(t.importRefused, { file: refusal.file })}</p>
          <ul>
            {refusal.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <p>
        <button type="button" class="danger" onClick={() => dialog.current?.showModal()}>
          {t.resetButton}
        </button>
      </p>
      <dialog ref={dialog} aria-labelledby="reset-title" aria-describedby="reset-text">
        <h2 id="reset-title">{t.resetTitle}</h2>
        <p id="reset-text">{t.resetText}</p>
        <div class="dialog-buttons">
          <button type="button" onClick={() => dialog.current?.close()}>
            {t.resetCancel}
          </button>
          <button type="button" class="danger" onClick={() => void reset()}>
            {t.resetConfirm}
          </button>
        </div>
      </dialog>
    </section>
  );
}
