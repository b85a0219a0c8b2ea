// The settings model: one typed shape with defaults, and its one schema (checkSettings): storage reads
// repair what it finds field by field, the import file refuses the same findings as a whole. Pure and
// dependency-free, because the eager content script reads settings too. The migrations from older stored
// shapes live in settings-migrations.ts; their chain:
//
// Migration chain (storage.sync, or storage.local when sync failed; see src/core/settings-area.ts):
//   v0  the first release's lone `aigcLens.enabled` boolean key, no `settings` key
//       → v1: `settings = { ...DEFAULT_SETTINGS, enabled }` and the old key is removed.
//   v1  `settings` = the Settings object below (current).
//   A `settings` object without a version is read as v1. One from a future version (a newer build synced
//   from another machine) is read field by field as v1 and never written back, so the newer build's data
//   survives until the user changes something here. To add v2: bump SETTINGS_VERSION, add `1: (v1) => v2`
//   to MIGRATIONS, and a test in tests/unit/core/settings-migrations.test.ts.
import type { Category } from '../article/types';
import { isRecord } from './guards';
import { MAX_DISABLED_SITES, MAX_HOST, MAX_RAW_HOST } from './limits';

export const SETTINGS_VERSION = 1;
/** The storage key (storage.sync, falling back to storage.local) that holds the whole settings object. */
export const SETTINGS_KEY = 'settings';
/** v0: the first release's global switch, a boolean of its own in storage.sync. Migrated, then removed. */
export const LEGACY_ENABLED_KEY = 'aigcLens.enabled';
/** Every storage key the settings live under, current and legacy. */
export const SETTINGS_STORAGE_KEYS: readonly string[] = [SETTINGS_KEY, LEGACY_ENABLED_KEY];

export type LanguageSetting = 'auto' | 'zh-Hans' | 'zh-Hant' | 'en' | 'bilingual';
export type MarkStyle = 'dotted' | 'solid' | 'tint' | 'none';
export type Density = 'all' | 'first-per-block' | 'first-per-page';
export type Theme = 'auto' | 'light' | 'dark';
/** A key that must be held for a hover to open a card ('none': hovering alone opens it). */
export type CardKey = 'none' | 'shift' | 'alt';
export type CardTextSize = 'small' | 'medium' | 'large';

export interface DisabledSite {
  /** A lower-case host name, e.g. `news.example.com`. */
  readonly host: string;
  /** Also disable every subdomain of `host`. */
  readonly includeSubdomains: boolean;
}

export interface Settings {
  readonly version: number;
  readonly enabled: boolean;
  readonly disabledSites: readonly DisabledSite[];
  readonly language: LanguageSetting;
  readonly hoverDelayMs: number;
  readonly markStyle: MarkStyle;
  readonly density: Density;
  readonly categories: Readonly<Record<Category, boolean>>;
  readonly theme: Theme;
  readonly cardKey: CardKey;
  readonly cardTextSize: CardTextSize;
}

export const CATEGORIES: readonly Category[] = ['model', 'technique', 'hardware', 'organization', 'concept'];
export const LANGUAGE_SETTINGS: readonly LanguageSetting[] = [
  'auto',
  'zh-Hans',
  'zh-Hant',
  'en',
  'bilingual',
];
export const MARK_STYLES: readonly MarkStyle[] = ['dotted', 'solid', 'tint', 'none'];
export const DENSITIES: readonly Density[] = ['all', 'first-per-block', 'first-per-page'];
export const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];
export const CARD_KEYS: readonly CardKey[] = ['none', 'shift', 'alt'];
export const CARD_TEXT_SIZES: readonly CardTextSize[] = ['small', 'medium', 'large'];
export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  enabled: true,
  disabledSites: [],
  language: 'auto',
  hoverDelayMs: 350,
  markStyle: 'dotted',
  density: 'first-per-block',
  categories: { model: true, technique: true, hardware: true, organization: true, concept: true },
  theme: 'auto',
  cardKey: 'none',
  cardTextSize: 'medium',
};

/** A host name as users type it or as `location.hostname` gives it, or null when it is not one. */
export function normaliseHost(input: string): string | null {
  const host = input.trim().toLowerCase().replace(/\.$/, '');
  if (host.length === 0 || host.length > MAX_HOST) return null;
  if (host === 'localhost' || /^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return host;
  const labels = host.split('.');
  const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$|^xn--[a-z0-9-]{1,59}$/;
  return labels.length >= 2 && labels.every((part) => label.test(part)) ? host : null;
}

export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  const host = hostname.toLowerCase();
  return settings.disabledSites.some(
    (site) => site.host === host || (site.includeSubdomains && host.endsWith(`.${site.host}`)),
  );
}

/** Whether AIGC Lens marks anything on a page of this host. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !isSiteDisabled(settings, hostname);
}

export { MAX_DISABLED_SITES };

/** Something a settings object holds that the schema does not allow; the file importer refuses on any. */
export interface SettingsIssue {
  readonly code: 'field' | 'unknown' | 'duplicate';
  /** The field's path (`settings.language`, `settings.disabledSites.3.host`); a repeated site's host. */
  readonly field: string;
  /** What happened instead, when "invalid, using the default" would not say it. */
  readonly note?: string;
}

export interface CheckedSettings {
  /** The settings with every issue repaired (its default, or the entry dropped or normalised). */
  readonly settings: Settings;
  /** Every issue, in field order: none means storage and a file take the object as it is. */
  readonly issues: readonly SettingsIssue[];
}

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (allowed as readonly string[]).includes(value);
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
/** Whole milliseconds: the options page offers no fractions. */
const isDelay = (value: unknown): value is number =>
  Number.isInteger(value) &&
  (value as number) >= HOVER_DELAY_RANGE.min &&
  (value as number) <= HOVER_DELAY_RANGE.max;

type ScalarKey =
  | 'enabled'
  | 'language'
  | 'hoverDelayMs'
  | 'markStyle'
  | 'density'
  | 'theme'
  | 'cardKey'
  | 'cardTextSize';
/** The one rule for each plain field, for storage and import files alike. */
const SCALAR_RULES: { readonly [K in ScalarKey]: (value: unknown) => value is Settings[K] } = {
  enabled: isBoolean,
  language: oneOf(LANGUAGE_SETTINGS),
  hoverDelayMs: isDelay,
  markStyle: oneOf(MARK_STYLES),
  density: oneOf(DENSITIES),
  theme: oneOf(THEMES),
  cardKey: oneOf(CARD_KEYS),
  cardTextSize: oneOf(CARD_TEXT_SIZES),
};

/**
 * The settings schema. Checks an object read from storage or a file and repairs what it can: each valid
 * field is kept, each invalid one falls back to its default, invalid or repeated sites are dropped and
 * hosts normalised. Own properties only: a stored `{"__proto__": …}` or `toString` must not pass for a
 * field. Never throws.
 */
export function checkSettings(raw: unknown): CheckedSettings {
  if (raw === undefined) return { settings: DEFAULT_SETTINGS, issues: [] };
  if (!isRecord(raw)) {
    const kind = raw === null ? 'null' : Array.isArray(raw) ? 'array' : typeof raw;
    return {
      settings: DEFAULT_SETTINGS,
      issues: [{ code: 'field', field: 'settings', note: `not an object (${kind})` }],
    };
  }
  const issues: SettingsIssue[] = [];
  const issue = (code: SettingsIssue['code'], field: string, note?: string) =>
    issues.push(
      note === undefined ? { code, field: field.slice(0, 80) } : { code, field: field.slice(0, 80), note },
    );
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    const field = `settings.${key}`;
    if (!Object.hasOwn(DEFAULT_SETTINGS, key)) issue('unknown', field);
    else if (key === 'version') {
      if (value !== SETTINGS_VERSION)
        issue('field', field, `${String(value).slice(0, 20)} is not ${SETTINGS_VERSION}; fields read as v1`);
    } else if (key === 'categories') {
      const categories = { ...DEFAULT_SETTINGS.categories };
      if (!isRecord(value)) issue('field', field);
      else
        for (const category of Object.keys(value)) {
          if (!(CATEGORIES as readonly string[]).includes(category)) issue('unknown', `${field}.${category}`);
          else if (isBoolean(value[category])) categories[category as Category] = value[category];
          else issue('field', `${field}.${category}`);
        }
      settings.categories = categories;
    } else if (key === 'disabledSites') settings.disabledSites = readSites(value, issue);
    else if (SCALAR_RULES[key as ScalarKey](value)) settings[key] = value;
    else issue('field', field);
  }
  return { settings: settings as unknown as Settings, issues };
}

function readSites(
  value: unknown,
  issue: (code: SettingsIssue['code'], field: string, note?: string) => void,
): DisabledSite[] {
  const sites: DisabledSite[] = [];
  const field = 'settings.disabledSites';
  if (!Array.isArray(value)) {
    issue('field', field);
    return sites;
  }
  if (value.length > MAX_DISABLED_SITES)
    issue('field', field, `kept the first ${MAX_DISABLED_SITES} of ${value.length}`);
  const seen = new Set<string>();
  for (const [i, site] of value.slice(0, MAX_DISABLED_SITES).entries()) {
    const path = `${field}.${i}`;
    if (!isRecord(site)) {
      issue('field', path, 'dropped');
      continue;
    }
    const host =
      typeof site.host === 'string' && site.host.length <= MAX_RAW_HOST ? normaliseHost(site.host) : null;
    if (host !== site.host) issue('field', `${path}.host`, host ? `read as ${host}` : 'dropped');
    for (const key of Object.keys(site))
      if (key !== 'host' && key !== 'includeSubdomains') issue('unknown', `${path}.${key}`);
    if (!host) continue;
    if (seen.has(host)) {
      issue('duplicate', host);
      continue;
    }
    if (!isBoolean(site.includeSubdomains)) issue('field', `${path}.includeSubdomains`, 'read as false');
    seen.add(host);
    sites.push({ host, includeSubdomains: site.includeSubdomains === true });
  }
  return sites;
}
