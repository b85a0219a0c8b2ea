import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import {
  MAX_FILE_BYTES,
  parseSettingsFile,
  SETTINGS_FILE_FORMAT,
  settingsFile,
  settingsFileText,
} from '../../../src/options/settings-file';

const custom: Settings = {
  ...DEFAULT_SETTINGS,
  enabled: false,
  disabledSites: [
    { host: 'example.com', includeSubdomains: true },
    { host: 'news.example.org', includeSubdomains: false },
  ],
  language: 'bilingual',
  categories: { ...DEFAULT_SETTINGS.categories, concept: false },
};
const good = settingsFile(custom, new Date('2026-01-02T03:04:05Z'));
const text = (value: unknown) => JSON.stringify(value);
const withSettings = (patch: Record<string, unknown>) =>
  text({ ...good, settings: { ...good.settings, ...patch } });

describe('card key and text size in a settings file', () => {
  test('valid values import; unknown ones refuse the file', () => {
    const ok = parseSettingsFile(
      text({ format: SETTINGS_FILE_FORMAT, version: 1, settings: { cardKey: 'alt', cardTextSize: 'large' } }),
    );
    expect(ok).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, cardKey: 'alt', cardTextSize: 'large' },
    });
    const bad = parseSettingsFile(
      text({ format: SETTINGS_FILE_FORMAT, version: 1, settings: { cardKey: 'meta', cardTextSize: 'huge' } }),
    );
    expect(bad.ok).toBe(false);
  });
});

describe('export', () => {
  test('the file names its format and version, and leaves the storage version out of the settings', () => {
    expect(good).toMatchObject({
      format: SETTINGS_FILE_FORMAT,
      version: 1,
      exportedAt: '2026-01-02T03:04:05.000Z',
    });
    expect(good.settings).not.toHaveProperty('version');
  });
  test('an exported file imports back to the same settings', () => {
    expect(parseSettingsFile(settingsFileText(custom))).toEqual({ ok: true, settings: custom });
    expect(parseSettingsFile(settingsFileText(DEFAULT_SETTINGS))).toEqual({
      ok: true,
      settings: DEFAULT_SETTINGS,
    });
  });
  test('a hand-written file with a few settings takes defaults for the rest', () => {
    const result = parseSettingsFile(
      text({ format: SETTINGS_FILE_FORMAT, version: 1, settings: { theme: 'dark' } }),
    );
    expect(result).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, theme: 'dark' } });
  });
});

describe('refusals say what is wrong', () => {
  test.each([
    ['not JSON', '{"format": ', [{ code: 'not-json' }]],
    ['empty', '', [{ code: 'not-json' }]],
    ['an array', '[1]', [{ code: 'not-object' }]],
    ['null', 'null', [{ code: 'not-object' }]],
    ['a foreign JSON file', text({ name: 'my-package', version: '1.0.0' }), [{ code: 'foreign' }]],
    ['our bare settings object, no marker', text(DEFAULT_SETTINGS), [{ code: 'foreign' }]],
    ['no version', text({ ...good, version: undefined }), [{ code: 'no-version' }]],
    ['a string version', text({ ...good, version: '1' }), [{ code: 'no-version' }]],
    ['a newer version', text({ ...good, version: 2 }), [{ code: 'newer', version: '2' }]],
    ['no settings', text({ ...good, settings: undefined }), [{ code: 'no-settings' }]],
    ['settings as an array', text({ ...good, settings: [] }), [{ code: 'no-settings' }]],
    ['a bad delay', withSettings({ hoverDelayMs: -1 }), [{ code: 'field', field: 'settings.hoverDelayMs' }]],
    [
      'NaN (null in JSON) delay',
      withSettings({ hoverDelayMs: null }),
      [{ code: 'field', field: 'settings.hoverDelayMs' }],
    ],
    [
      'a fractional delay',
      withSettings({ hoverDelayMs: 1.5 }),
      [{ code: 'field', field: 'settings.hoverDelayMs' }],
    ],
    ['a bad language', withSettings({ language: 'fr' }), [{ code: 'field', field: 'settings.language' }]],
    ['enabled as a string', withSettings({ enabled: 'yes' }), [{ code: 'field', field: 'settings.enabled' }]],
    [
      'an unknown setting',
      withSettings({ sparkles: true }),
      [{ code: 'unknown', field: 'settings.sparkles' }],
    ],
    [
      'an unknown category',
      withSettings({ categories: { robots: true } }),
      [{ code: 'unknown', field: 'settings.categories.robots' }],
    ],
    ['an unknown top-level key', text({ ...good, extra: 1 }), [{ code: 'unknown', field: 'extra' }]],
    [
      'an invalid host',
      withSettings({ disabledSites: [{ host: 'https://a.com/x', includeSubdomains: false }] }),
      [{ code: 'field', field: 'settings.disabledSites.0.host' }],
    ],
    [
      'an upper-case host (files hold normalised hosts)',
      withSettings({ disabledSites: [{ host: 'A.com', includeSubdomains: false }] }),
      [{ code: 'field', field: 'settings.disabledSites.0.host' }],
    ],
    [
      'a repeated host',
      withSettings({
        disabledSites: [
          { host: 'a.com', includeSubdomains: false },
          { host: 'a.com', includeSubdomains: true },
        ],
      }),
      [{ code: 'duplicate', field: 'a.com' }],
    ],
  ])('%s', (_name, input, problems) => {
    expect(parseSettingsFile(input)).toEqual({ ok: false, problems, more: 0 });
  });

  test('several problems: the first three are listed and the rest counted', () => {
    const result = parseSettingsFile(
      withSettings({ enabled: 1, language: 2, theme: 3, density: 4, markStyle: 5 }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(3);
    expect(result.more).toBe(2);
  });

  test('a file larger than the limit is refused before it is parsed', () => {
    expect(parseSettingsFile('{}', MAX_FILE_BYTES + 1)).toEqual({
      ok: false,
      problems: [{ code: 'too-large' }],
      more: 0,
    });
  });

  test('1,000 sites are refused (the list holds 500); 10,000 make a file too large to read', () => {
    const sites = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ host: `s${i}.com`, includeSubdomains: false }));
    expect(parseSettingsFile(withSettings({ disabledSites: sites(1000) }))).toEqual({
      ok: false,
      problems: [{ code: 'field', field: 'settings.disabledSites' }],
      more: 0,
    });
    expect(parseSettingsFile(withSettings({ disabledSites: sites(10_000) }))).toMatchObject({
      problems: [{ code: 'too-large' }],
    });
  });
});
