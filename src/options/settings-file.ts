// The export file format and its reader. The settings inside a file are checked by the same schema as
// storage (checkSettings in src/core/settings.ts), but a file is refused as a whole when anything in it is
// wrong: importing half a file would surprise.
import { isRecord } from '../core/guards';
import { checkSettings, type Settings } from '../core/settings';

export const SETTINGS_FILE_FORMAT = 'aigc-lens-settings';
export const SETTINGS_FILE_VERSION = 1;
export const MAX_FILE_BYTES = 256 * 1024;
/** How many problems a refusal lists; the rest are counted. */
export const MAX_REPORTED = 3;

export interface SettingsFile {
  readonly format: typeof SETTINGS_FILE_FORMAT;
  readonly version: number;
  readonly exportedAt: string;
  readonly settings: Omit<Settings, 'version'>;
}

export type FileProblem =
  | { readonly code: 'too-large' | 'not-json' | 'not-object' | 'foreign' | 'no-version' | 'no-settings' }
  | { readonly code: 'newer'; readonly version: string }
  | { readonly code: 'field' | 'unknown' | 'duplicate'; readonly field: string };

export type FileResult =
  | { readonly ok: true; readonly settings: Settings }
  | { readonly ok: false; readonly problems: readonly FileProblem[]; readonly more: number };

export function settingsFile(settings: Settings, now = new Date()): SettingsFile {
  const { version: _version, ...fields } = settings;
  return {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_FILE_VERSION,
    exportedAt: now.toISOString(),
    settings: fields,
  };
}

export function settingsFileText(settings: Settings, now?: Date): string {
  return `${JSON.stringify(settingsFile(settings, now), null, 2)}\n`;
}

const refuse = (problems: FileProblem[]): FileResult => ({
  ok: false,
  problems: problems.slice(0, MAX_REPORTED),
  more: Math.max(0, problems.length - MAX_REPORTED),
});

/** Validates a file's text; `bytes` is its size, checked before parsing. */
export function parseSettingsFile(text: string, bytes = text.length): FileResult {
  if (bytes > MAX_FILE_BYTES) return refuse([{ code: 'too-large' }]);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse([{ code: 'not-json' }]);
  }
  if (!isRecord(data)) return refuse([{ code: 'not-object' }]);
  if (data.format !== SETTINGS_FILE_FORMAT) return refuse([{ code: 'foreign' }]);
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse([{ code: 'no-version' }]);
  }
  if (version > SETTINGS_FILE_VERSION) return refuse([{ code: 'newer', version: String(version) }]);
  const problems: FileProblem[] = [];
  for (const key of Object.keys(data)) {
    if (!['format', 'version', 'exportedAt', 'settings'].includes(key)) {
      problems.push({ code: 'unknown', field: key.slice(0, 60) });
    }
  }
  if (!isRecord(data.settings)) return refuse([{ code: 'no-settings' }, ...problems]);
  const checked = checkSettings(data.settings);
  for (const issue of checked.issues) problems.push({ code: issue.code, field: issue.field.slice(0, 80) });
  return problems.length > 0 ? refuse(problems) : { ok: true, settings: checked.settings };
}
