// The settings model: one typed shape with defaults, a validator that repairs anything read from storage
// field by field, and the migrations from older stored shapes. Pure and dependency-free, because the eager
// content script reads settings too (valibot is used only by the options page, for import files).
//
// Migration chain (storage.sync, or storage.local when sync failed; see src/platform/settings-store.ts):
//   v0  the foundation's lone `aigcLens.enabled` boolean key, no `settings` key
//       → v1: `settings = { ...DEFAULT_SETTINGS, enabled }` and the old key is removed.
//   v1  `settings` = the Settings object below (current).
//   A `settings` object without a version is read as v1. One from a future version (a newer build synced
//   from another machine) is read field by field as v1 and never written back, so the newer build's data
//   survives until the user changes something here. To add v2: bump SETTINGS_VERSION, add `1: (v1) => v2`
//   to MIGRATIONS, and a test in tests/unit/core/settings-migrations.test.ts.
import type { Category } from '../article/types';
import { isRecord } from './guards';

export const SETTINGS_VERSION = 1;
/** The storage key (storage.sync, falling back to storage.local) that holds the whole settings object. */
export const SETTINGS_KEY = 'settings';
/** v0: the foundation's global switch, a boolean of its own in storage.sync. Migrated, then removed. */
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
export const MAX_DISABLED_SITES = 500;
/** At most this many problem lines are reported for one read; the rest are counted. */
const MAX_PROBLEMS = 12;

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
  if (host.length === 0 || host.length > 253) return null;
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

export interface ParsedSettings {
  readonly settings: Settings;
  /** One line per field that was missing, invalid or unknown and fell back to its default. */
  readonly problems: readonly string[];
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

/**
 * Settings from whatever storage held: each valid field is kept, each invalid one falls back to its
 * default and is named in `problems`. Never throws. A missing value (first run) is no problem.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  if (raw === undefined) return { settings: DEFAULT_SETTINGS, problems: [] };
  if (!isRecord(raw))
    return {
      settings: DEFAULT_SETTINGS,
      problems: [
        `settings: not an object (${raw === null ? 'null' : Array.isArray(raw) ? 'array' : typeof raw})`,
      ],
    };
  const problems: string[] = [];
  // Own properties only: a stored `{"__proto__": …}` or `toString` must not pass for a field.
  const has = (key: string) => Object.hasOwn(raw, key);
  const pick = <T>(key: keyof Settings, valid: (value: unknown) => value is T, fallback: T): T => {
    if (!has(key)) return fallback;
    if (valid(raw[key])) return raw[key] as T;
    problems.push(`settings.${key}: invalid, using the default`);
    return fallback;
  };
  const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
  const isDelay = (value: unknown): value is number =>
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= HOVER_DELAY_RANGE.min &&
    value <= HOVER_DELAY_RANGE.max;

  if (has('version') && raw.version !== SETTINGS_VERSION) {
    problems.push(
      `settings.version: ${String(raw.version).slice(0, 20)} is not ${SETTINGS_VERSION}; fields read as v1`,
    );
  }
  const categories = { ...DEFAULT_SETTINGS.categories };
  if (has('categories')) {
    if (isRecord(raw.categories)) {
      for (const category of CATEGORIES) {
        if (!Object.hasOwn(raw.categories, category)) continue;
        const value = raw.categories[category];
        if (typeof value === 'boolean') categories[category] = value;
        else problems.push(`settings.categories.${category}: invalid, using the default`);
      }
    } else problems.push('settings.categories: invalid, using the default');
  }
  const disabledSites: DisabledSite[] = [];
  if (has('disabledSites')) {
    if (Array.isArray(raw.disabledSites)) {
      const seen = new Set<string>();
      let dropped = 0;
      for (const site of raw.disabledSites.slice(0, MAX_DISABLED_SITES)) {
        const host =
          isRecord(site) && typeof site.host === 'string' && site.host.length <= 300
            ? normaliseHost(site.host)
            : null;
        if (host && isRecord(site) && !seen.has(host)) {
          seen.add(host);
          disabledSites.push({ host, includeSubdomains: site.includeSubdomains === true });
        } else dropped++;
      }
      if (dropped > 0)
        problems.push(`settings.disabledSites: dropped ${dropped} invalid or repeated entries`);
      if (raw.disabledSites.length > MAX_DISABLED_SITES) {
        problems.push(
          `settings.disabledSites: kept the first ${MAX_DISABLED_SITES} of ${raw.disabledSites.length}`,
        );
      }
    } else problems.push('settings.disabledSites: invalid, using the default');
  }
  const unknown = Object.keys(raw).filter((key) => !Object.hasOwn(DEFAULT_SETTINGS, key));
  for (const key of unknown.slice(0, 3)) problems.push(`settings.${key.slice(0, 40)}: unknown, ignored`);
  if (unknown.length > 3) problems.push(`settings: ${unknown.length - 3} more unknown fields ignored`);
  if (problems.length > MAX_PROBLEMS) {
    problems.splice(
      MAX_PROBLEMS - 1,
      Infinity,
      `settings: ${problems.length - MAX_PROBLEMS + 1} more problems`,
    );
  }
  return {
    settings: {
      version: SETTINGS_VERSION,
      enabled: pick('enabled', isBoolean, DEFAULT_SETTINGS.enabled),
      disabledSites,
      language: pick(
        'language',
        (v): v is LanguageSetting => oneOf(LANGUAGE_SETTINGS, v),
        DEFAULT_SETTINGS.language,
      ),
      hoverDelayMs: pick('hoverDelayMs', isDelay, DEFAULT_SETTINGS.hoverDelayMs),
      markStyle: pick('markStyle', (v): v is MarkStyle => oneOf(MARK_STYLES, v), DEFAULT_SETTINGS.markStyle),
      density: pick('density', (v): v is Density => oneOf(DENSITIES, v), DEFAULT_SETTINGS.density),
      categories,
      theme: pick('theme', (v): v is Theme => oneOf(THEMES, v), DEFAULT_SETTINGS.theme),
      cardKey: pick('cardKey', (v): v is CardKey => oneOf(CARD_KEYS, v), DEFAULT_SETTINGS.cardKey),
      cardTextSize: pick(
        'cardTextSize',
        (v): v is CardTextSize => oneOf(CARD_TEXT_SIZES, v),
        DEFAULT_SETTINGS.cardTextSize,
      ),
    },
    problems,
  };
}
