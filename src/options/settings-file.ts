// The export file format and its strict validator (valibot lives here, in the options page only; the
// content script reads storage with the small hand-written parser in src/core/settings.ts instead).
// A file is refused as a whole when anything in it is wrong: importing half a file would surprise.
import * as v from 'valibot';
import { isRecord } from '../core/guards';
import {
  CARD_KEYS,
  CARD_TEXT_SIZES,
  CATEGORIES,
  DEFAULT_SETTINGS,
  DENSITIES,
  HOVER_DELAY_RANGE,
  LANGUAGE_SETTINGS,
  MARK_STYLES,
  MAX_DISABLED_SITES,
  normaliseHost,
  SETTINGS_VERSION,
  type Settings,
  THEMES,
} from '../core/settings';

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

const Host = v.pipe(
  v.string(),
  v.maxLength(253),
  v.check((host) => normaliseHost(host) === host),
);
const Site = v.strictObject({ host: Host, includeSubdomains: v.boolean() });
const categoryEntries = Object.fromEntries(CATEGORIES.map((category) => [category, v.optional(v.boolean())]));

/** Every field optional (a hand-written file may set a few; the rest take defaults), none unknown. */
const SettingsFields = v.strictObject({
  version: v.optional(v.literal(SETTINGS_VERSION)),
  enabled: v.optional(v.boolean()),
  disabledSites: v.optional(v.pipe(v.array(Site), v.maxLength(MAX_DISABLED_SITES))),
  language: v.optional(v.picklist(LANGUAGE_SETTINGS)),
  hoverDelayMs: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(HOVER_DELAY_RANGE.min), v.maxValue(HOVER_DELAY_RANGE.max)),
  ),
  markStyle: v.optional(v.picklist(MARK_STYLES)),
  density: v.optional(v.picklist(DENSITIES)),
  categories: v.optional(v.strictObject(categoryEntries)),
  theme: v.optional(v.picklist(THEMES)),
  cardKey: v.optional(v.picklist(CARD_KEYS)),
  cardTextSize: v.optional(v.picklist(CARD_TEXT_SIZES)),
});

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
  const result = v.safeParse(SettingsFields, data.settings, { abortEarly: false });
  if (!result.success) {
    for (const issue of result.issues) {
      const path = v.getDotPath(issue) ?? '';
      const field = `settings${path ? `.${path}` : ''}`.slice(0, 80);
      // strict_object reports an unknown key with the key's own path.
      problems.push(issue.type === 'strict_object' ? { code: 'unknown', field } : { code: 'field', field });
    }
  } else {
    const seen = new Set<string>();
    for (const site of result.output.disabledSites ?? []) {
      if (seen.has(site.host)) problems.push({ code: 'duplicate', field: site.host });
      seen.add(site.host);
    }
  }
  if (problems.length > 0 || !result.success) return refuse(problems);
  const fields = result.output;
  return {
    ok: true,
    settings: {
      ...DEFAULT_SETTINGS,
      ...fields,
      version: SETTINGS_VERSION,
      categories: { ...DEFAULT_SETTINGS.categories, ...fields.categories },
    } as Settings,
  };
}
