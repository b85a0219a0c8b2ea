// The settings model: one typed shape with defaults, and a validator that repairs anything read from
// storage field by field. Pure and dependency-free, because the eager content script reads settings too.
import type { Category } from '../article/types';

export const SETTINGS_VERSION = 1;
/** The storage key (storage.sync, falling back to storage.local) that holds the whole settings object. */
export const SETTINGS_KEY = 'settings';

export type LanguageSetting = 'auto' | 'zh-Hans' | 'zh-Hant' | 'en' | 'bilingual';
export type MarkStyle = 'dotted' | 'solid' | 'tint' | 'none';
export type Density = 'all' | 'first-per-block' | 'first-per-page';
export type Theme = 'auto' | 'light' | 'dark';

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
export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;
export const MAX_DISABLED_SITES = 500;

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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
    return { settings: DEFAULT_SETTINGS, problems: [`settings: not an object (${typeof raw})`] };
  const problems: string[] = [];
  const pick = <T>(key: keyof Settings, valid: (value: unknown) => value is T, fallback: T): T => {
    if (!(key in raw)) return fallback;
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

  if ('version' in raw && raw.version !== SETTINGS_VERSION) {
    problems.push(
      `settings.version: ${String(raw.version).slice(0, 20)} is not ${SETTINGS_VERSION}; fields read as v1`,
    );
  }
  const categories = { ...DEFAULT_SETTINGS.categories };
  if ('categories' in raw) {
    if (isRecord(raw.categories)) {
      for (const category of CATEGORIES) {
        const value = raw.categories[category];
        if (typeof value === 'boolean') categories[category] = value;
        else if (value !== undefined)
          problems.push(`settings.categories.${category}: invalid, using the default`);
      }
    } else problems.push('settings.categories: invalid, using the default');
  }
  const disabledSites: DisabledSite[] = [];
  if ('disabledSites' in raw) {
    if (Array.isArray(raw.disabledSites)) {
      for (const site of raw.disabledSites.slice(0, MAX_DISABLED_SITES)) {
        const host = isRecord(site) && typeof site.host === 'string' ? normaliseHost(site.host) : null;
        if (host && isRecord(site) && !disabledSites.some((known) => known.host === host)) {
          disabledSites.push({ host, includeSubdomains: site.includeSubdomains === true });
        } else problems.push('settings.disabledSites: dropped an invalid or repeated entry');
      }
    } else problems.push('settings.disabledSites: invalid, using the default');
  }
  for (const key of Object.keys(raw)) {
    if (!(key in DEFAULT_SETTINGS)) problems.push(`settings.${key.slice(0, 40)}: unknown, ignored`);
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
    },
    problems,
  };
}
