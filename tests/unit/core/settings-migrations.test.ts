import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SETTINGS,
  LEGACY_ENABLED_KEY,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  type Settings,
} from '../../../src/core/settings';
import { readStoredSettings } from '../../../src/core/settings-migrations';

const custom: Settings = { ...DEFAULT_SETTINGS, markStyle: 'solid', theme: 'dark', hoverDelayMs: 100 };

describe('the migration chain', () => {
  test('nothing stored: defaults, nothing to write', () => {
    expect(readStoredSettings({})).toEqual({
      settings: DEFAULT_SETTINGS,
      problems: [],
      fromVersion: null,
      rewrite: false,
      remove: [],
    });
  });

  test.each([
    [false, false],
    [true, true],
  ])('v0 (the lone %s key) → v1 with enabled %s, and the old key removed', (legacy, enabled) => {
    const stored = readStoredSettings({ [LEGACY_ENABLED_KEY]: legacy });
    expect(stored.settings).toEqual({ ...DEFAULT_SETTINGS, enabled });
    expect(stored).toMatchObject({
      fromVersion: 0,
      rewrite: true,
      remove: [LEGACY_ENABLED_KEY],
      problems: [],
    });
  });

  test('v0 with a non-boolean value is read as on (as the first release did) and reported', () => {
    const stored = readStoredSettings({ [LEGACY_ENABLED_KEY]: 'off' });
    expect(stored.settings.enabled).toBe(true);
    expect(stored.problems).toHaveLength(1);
  });

  test('v1 beside a leftover v0 key: v1 wins, the old key goes', () => {
    const stored = readStoredSettings({ [SETTINGS_KEY]: custom, [LEGACY_ENABLED_KEY]: false });
    expect(stored.settings).toEqual(custom);
    expect(stored).toMatchObject({ fromVersion: 1, rewrite: false, remove: [LEGACY_ENABLED_KEY] });
  });

  test('current v1: kept, nothing to write', () => {
    expect(readStoredSettings({ [SETTINGS_KEY]: custom })).toMatchObject({
      settings: custom,
      problems: [],
      fromVersion: SETTINGS_VERSION,
      rewrite: false,
    });
  });

  test('a settings object without a version is read as v1', () => {
    const { version: _v, ...noVersion } = custom;
    expect(readStoredSettings({ [SETTINGS_KEY]: noVersion })).toMatchObject({
      settings: custom,
      rewrite: false,
    });
  });

  test('a settings object marked version 0 is read as v1 fields and rewritten', () => {
    const stored = readStoredSettings({ [SETTINGS_KEY]: { ...custom, version: 0 } });
    expect(stored.settings).toEqual(custom);
    expect(stored).toMatchObject({ fromVersion: 0, rewrite: true, problems: [] });
  });

  test('a future version: known fields read, the rest ignored, never written back', () => {
    const stored = readStoredSettings({
      [SETTINGS_KEY]: { ...custom, version: SETTINGS_VERSION + 1, sparkles: true, theme: 'neon' },
    });
    expect(stored.settings).toEqual({ ...custom, theme: 'auto' });
    expect(stored.fromVersion).toBe(SETTINGS_VERSION + 1);
    expect(stored.rewrite).toBe(false);
    expect(stored.problems[0]).toMatch(/newer/);
  });

  test('a damaged v1 value is repaired field by field and marked for rewriting', () => {
    const stored = readStoredSettings({ [SETTINGS_KEY]: { ...custom, density: 42 } });
    expect(stored.settings).toEqual(custom);
    expect(stored.rewrite).toBe(true);
  });

  test.each([['garbage'], [null], [[1, 2]], [7]])('garbage %j: defaults, rewritten', (garbage) => {
    const stored = readStoredSettings({ [SETTINGS_KEY]: garbage });
    expect(stored.settings).toEqual(DEFAULT_SETTINGS);
    expect(stored.rewrite).toBe(true);
    expect(stored.problems).toHaveLength(1);
  });

  test('a non-numeric version is reported and read as v1', () => {
    const stored = readStoredSettings({ [SETTINGS_KEY]: { ...custom, version: 'two' } });
    expect(stored.settings).toEqual(custom);
    expect(stored.problems.join()).toMatch(/version/);
  });
});
