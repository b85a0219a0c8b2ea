// Reading settings from storage across versions: the legacy v0 key and older `settings` shapes are
// migrated to the current one. Pages and the background use this; the eager content script only parses.
import { isRecord } from './guards';
import { DEFAULT_SETTINGS, LEGACY_ENABLED_KEY, SETTINGS_KEY, SETTINGS_VERSION } from './settings';
import { type ParsedSettings, parseSettings } from './settings-problems';

/** A v(n) `settings` object → v(n+1). Index n holds the step from version n. */
const MIGRATIONS: Readonly<Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>> = {
  // A `settings` object never had version 0 (v0 lived in LEGACY_ENABLED_KEY), but a hand-made or buggy
  // one with version 0 is read as v1 fields rather than thrown away.
  0: (raw) => ({ ...raw, version: 1 }),
};

export interface StoredSettings extends ParsedSettings {
  /** The version found in storage: 0 for the legacy key, null when nothing was stored. */
  readonly fromVersion: number | null;
  /** True when storage should be rewritten with `settings` (an older shape, or a repaired value). */
  readonly rewrite: boolean;
  /** Keys to remove from the same storage area once `settings` is written. */
  readonly remove: readonly string[];
}

/**
 * Settings from the items of one storage area (as `storage.get(SETTINGS_STORAGE_KEYS)` returns them),
 * migrated to the current version and validated field by field. Pure; never throws.
 */
export function readStoredSettings(items: Readonly<Record<string, unknown>>): StoredSettings {
  const hasLegacy = Object.hasOwn(items, LEGACY_ENABLED_KEY);
  const remove = hasLegacy ? [LEGACY_ENABLED_KEY] : [];
  const raw = Object.hasOwn(items, SETTINGS_KEY) ? items[SETTINGS_KEY] : undefined;
  if (raw === undefined) {
    if (!hasLegacy)
      return { settings: DEFAULT_SETTINGS, problems: [], fromVersion: null, rewrite: false, remove };
    // v0 → v1. The first release treated anything but `false` as on.
    const legacy = items[LEGACY_ENABLED_KEY];
    const problems = typeof legacy === 'boolean' ? [] : [`${LEGACY_ENABLED_KEY}: not a boolean, read as on`];
    return {
      settings: { ...DEFAULT_SETTINGS, enabled: legacy !== false },
      problems,
      fromVersion: 0,
      rewrite: true,
      remove,
    };
  }
  if (!isRecord(raw)) return { ...parseSettings(raw), fromVersion: null, rewrite: true, remove };
  const version = Object.hasOwn(raw, 'version') ? raw.version : SETTINGS_VERSION;
  if (typeof version === 'number' && Number.isInteger(version) && version > SETTINGS_VERSION) {
    const { settings, problems } = parseSettings({ ...raw, version: SETTINGS_VERSION });
    return {
      settings,
      problems: [
        `settings.version: ${version} is newer than ${SETTINGS_VERSION}; known fields read`,
        ...problems,
      ],
      fromVersion: version,
      rewrite: false,
      remove,
    };
  }
  let current = raw;
  let from: number = SETTINGS_VERSION;
  if (typeof version === 'number' && Number.isInteger(version) && version >= 0) {
    from = version;
    for (let v = version; v < SETTINGS_VERSION; v++) {
      const step = MIGRATIONS[v];
      if (step) current = step(current);
    }
  }
  const parsed = parseSettings(current);
  return {
    ...parsed,
    fromVersion: from,
    rewrite: from < SETTINGS_VERSION || parsed.problems.length > 0,
    remove,
  };
}
