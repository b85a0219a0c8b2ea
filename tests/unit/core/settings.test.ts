import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isActiveOn,
  isSiteDisabled,
  MAX_DISABLED_SITES,
  normaliseHost,
  parseSettings,
  type Settings,
} from '../../../src/core/settings';
import {
  mergeSettings,
  withSiteAdded,
  withSiteRemoved,
  withSiteToggled,
} from '../../../src/core/settings-edits';

const full: Settings = {
  version: 1,
  enabled: false,
  disabledSites: [{ host: 'example.com', includeSubdomains: true }],
  language: 'zh-Hant',
  hoverDelayMs: 800,
  markStyle: 'tint',
  density: 'first-per-page',
  categories: { model: false, technique: true, hardware: false, organization: true, concept: false },
  theme: 'dark',
  cardKey: 'alt',
  cardTextSize: 'large',
};

describe('card key and text size', () => {
  test('hovering alone opens cards and the text is medium by default', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ cardKey: 'none', cardTextSize: 'medium' });
  });
  test('stored values are kept; anything else falls back and is named', () => {
    expect(parseSettings({ cardKey: 'shift', cardTextSize: 'small' }).settings).toMatchObject({
      cardKey: 'shift',
      cardTextSize: 'small',
    });
    const bad = parseSettings({ cardKey: 'ctrl', cardTextSize: 3 });
    expect(bad.settings).toMatchObject({ cardKey: 'none', cardTextSize: 'medium' });
    expect(bad.problems).toEqual([
      'settings.cardKey: invalid, using the default',
      'settings.cardTextSize: invalid, using the default',
    ]);
  });
});

describe('defaults', () => {
  test('nothing stored (first run) gives the defaults and no problem', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });
  test('the defaults are on, everywhere, every category, auto language and theme', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      enabled: true,
      disabledSites: [],
      language: 'auto',
      theme: 'auto',
    });
    expect(Object.values(DEFAULT_SETTINGS.categories).every(Boolean)).toBe(true);
    expect(parseSettings(DEFAULT_SETTINGS)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });
  test('a complete valid object is kept as it is', () => {
    expect(parseSettings(full)).toEqual({ settings: full, problems: [] });
  });
  test('a partial object keeps its fields and fills the rest without complaint', () => {
    const { settings, problems } = parseSettings({ markStyle: 'solid' });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, markStyle: 'solid' });
    expect(problems).toEqual([]);
  });
});

describe('bad inputs fall back field by field and never throw', () => {
  const huge = 'x'.repeat(1_000_000);
  const cases: [string, unknown, Partial<Settings>, RegExp][] = [
    ['null', null, {}, /not an object \(null\)/],
    ['an array', [1, 2], {}, /not an object \(array\)/],
    ['a string', 'garbage', {}, /not an object \(string\)/],
    ['a number', 42, {}, /not an object/],
    ['enabled as a string', { ...full, enabled: 'false' }, { enabled: true }, /enabled/],
    ['a huge language string', { ...full, language: huge }, { language: 'auto' }, /language/],
    ['NaN delay', { ...full, hoverDelayMs: Number.NaN }, { hoverDelayMs: 350 }, /hoverDelayMs/],
    ['negative delay', { ...full, hoverDelayMs: -5 }, { hoverDelayMs: 350 }, /hoverDelayMs/],
    [
      'Infinity delay',
      { ...full, hoverDelayMs: Number.POSITIVE_INFINITY },
      { hoverDelayMs: 350 },
      /hoverDelayMs/,
    ],
    ['delay as a string', { ...full, hoverDelayMs: '300' }, { hoverDelayMs: 350 }, /hoverDelayMs/],
    ['unknown mark style', { ...full, markStyle: 'wavy' }, { markStyle: 'dotted' }, /markStyle/],
    ['density null', { ...full, density: null }, { density: 'first-per-block' }, /density/],
    ['theme as an array', { ...full, theme: ['dark'] }, { theme: 'auto' }, /theme/],
    [
      'categories as an array',
      { ...full, categories: [true] },
      { categories: DEFAULT_SETTINGS.categories },
      /categories/,
    ],
    [
      'sites as an object',
      { ...full, disabledSites: { host: 'a.com' } },
      { disabledSites: [] },
      /disabledSites/,
    ],
  ];
  test.each(cases)('%s', (_name, raw, expected, problem) => {
    const { settings, problems } = parseSettings(raw);
    const base = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? full : DEFAULT_SETTINGS;
    expect(settings).toEqual({ ...base, ...expected });
    expect(problems.join('\n')).toMatch(problem);
  });

  test('one bad category keeps the others', () => {
    const { settings, problems } = parseSettings({
      categories: { model: false, hardware: 'no', extra: true },
    });
    expect(settings.categories).toEqual({ ...DEFAULT_SETTINGS.categories, model: false });
    expect(problems).toEqual(['settings.categories.hardware: invalid, using the default']);
  });

  test('unknown keys are ignored and named, cut short', () => {
    const { settings, problems } = parseSettings({ ...full, [huge]: 1, colour: 'red' });
    expect(settings).toEqual(full);
    expect(problems).toHaveLength(2);
    expect(problems.every((line) => line.length < 100)).toBe(true);
  });

  test('inherited names (__proto__, toString) are not taken for fields', () => {
    const raw = JSON.parse('{"__proto__": {"enabled": false}, "toString": 1}');
    const { settings, problems } = parseSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toHaveLength(2);
  });

  test('invalid and repeated sites are dropped, valid ones kept and normalised', () => {
    const { settings, problems } = parseSettings({
      disabledSites: [
        { host: 'Example.COM', includeSubdomains: true },
        { host: 'example.com', includeSubdomains: false },
        { host: 'not a host' },
        'news.example.org',
        null,
        { host: 'x'.repeat(100_000) },
        { host: 'b.org', includeSubdomains: 'yes' },
      ],
    });
    expect(settings.disabledSites).toEqual([
      { host: 'example.com', includeSubdomains: true },
      { host: 'b.org', includeSubdomains: false },
    ]);
    expect(problems).toEqual(['settings.disabledSites: dropped 5 invalid or repeated entries']);
  });

  test('10,000 sites: the first 500 are kept, quickly, with two problem lines', () => {
    const sites = Array.from({ length: 10_000 }, (_, i) => ({
      host: `site${i}.example.com`,
      includeSubdomains: false,
    }));
    const started = performance.now();
    const { settings, problems } = parseSettings({ disabledSites: sites });
    expect(performance.now() - started).toBeLessThan(200);
    expect(settings.disabledSites).toHaveLength(MAX_DISABLED_SITES);
    expect(settings.disabledSites[0]?.host).toBe('site0.example.com');
    expect(problems).toEqual(['settings.disabledSites: kept the first 500 of 10000']);
  });

  test('a future version is read field by field and named', () => {
    const { settings, problems } = parseSettings({ ...full, version: 7, newField: 1 });
    expect(settings).toEqual(full);
    expect(problems[0]).toMatch(/version: 7 is not 1/);
  });

  test('the problem list stays short whatever the input', () => {
    const raw = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i]));
    const { problems } = parseSettings({
      ...raw,
      enabled: 1,
      language: 1,
      theme: 1,
      density: 1,
      markStyle: 1,
    });
    expect(problems.length).toBeLessThanOrEqual(12);
  });
});

describe('normaliseHost', () => {
  test.each([
    ['example.com', 'example.com'],
    ['  News.Example.COM.  ', 'news.example.com'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['xn--fiqs8s.cn', 'xn--fiqs8s.cn'],
    ['a-b.c-d.org', 'a-b.c-d.org'],
    ['', null],
    ['   ', null],
    ['example', null],
    ['-bad.com', null],
    ['bad-.com', null],
    ['exa mple.com', null],
    ['example.com/path', null],
    ['example.com:8080', null],
    ['https://example.com', null],
    ['*.example.com', null],
    ['例子.中国', null],
    [`${'a'.repeat(64)}.com`, null],
    [`${'a.'.repeat(130)}com`, null],
  ])('%j → %j', (input, expected) => {
    expect(normaliseHost(input)).toBe(expected);
  });
});

describe('sites', () => {
  const s = (...sites: [string, boolean][]): Settings => ({
    ...DEFAULT_SETTINGS,
    disabledSites: sites.map(([host, includeSubdomains]) => ({ host, includeSubdomains })),
  });
  test('a host is disabled by itself, or by a parent that includes subdomains', () => {
    const settings = s(['example.com', true], ['only.org', false]);
    expect(isSiteDisabled(settings, 'example.com')).toBe(true);
    expect(isSiteDisabled(settings, 'a.b.EXAMPLE.com')).toBe(true);
    expect(isSiteDisabled(settings, 'badexample.com')).toBe(false);
    expect(isSiteDisabled(settings, 'only.org')).toBe(true);
    expect(isSiteDisabled(settings, 'www.only.org')).toBe(false);
    expect(isActiveOn(settings, 'other.net')).toBe(true);
    expect(isActiveOn({ ...settings, enabled: false }, 'other.net')).toBe(false);
  });
  test('toggle disables a host alone, and enables it again by removing every entry that covers it', () => {
    const off = withSiteToggled(DEFAULT_SETTINGS, 'news.example.com');
    expect(off.disabledSites).toEqual([{ host: 'news.example.com', includeSubdomains: false }]);
    expect(withSiteToggled(off, 'news.example.com').disabledSites).toEqual([]);
    const parent = s(['example.com', true], ['news.example.com', false], ['other.org', false]);
    expect(withSiteToggled(parent, 'news.example.com').disabledSites).toEqual([
      { host: 'other.org', includeSubdomains: false },
    ]);
  });
  test('adding replaces the entry of the same host; removing drops it', () => {
    const settings = withSiteAdded(s(['a.com', false]), { host: 'a.com', includeSubdomains: true });
    expect(settings.disabledSites).toEqual([{ host: 'a.com', includeSubdomains: true }]);
    expect(withSiteRemoved(settings, 'a.com').disabledSites).toEqual([]);
  });
  test('merge validates the patch: an invalid field keeps the current value', () => {
    const merged = mergeSettings(full, { hoverDelayMs: -1, theme: 'light' });
    expect(merged.settings).toEqual({ ...full, theme: 'light' });
    expect(merged.problems).toHaveLength(1);
  });
});
