import { describe, expect, test } from 'vitest';
import { matcherData } from '../../../src/article/generated/matcher-data';
import { LANGS } from '../../../src/article/types';
import { createMatcher } from '../../../src/core/matcher';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { previewRuns } from '../../../src/options/preview-marks';
import { fill } from '../../../src/ui/format';
import { pageLanguage as uiLang } from '../../../src/ui/language';
import { optionsStrings } from '../../../src/ui/strings/options';
import { welcomeStrings } from '../../../src/ui/strings/welcome';

const matcher = createMatcher(matcherData);
const marked = (runs: ReturnType<typeof previewRuns>) =>
  runs.map((p) => p.filter((r) => r.termId).map((r) => r.text));

describe('preview marks', () => {
  const paragraphs = [optionsStrings.en.previewText1, optionsStrings.en.previewText2];
  test('the runs put the text back together exactly', () => {
    const runs = previewRuns(paragraphs, matcher, { ...DEFAULT_SETTINGS, density: 'all' });
    expect(runs.map((p) => p.map((r) => r.text).join(''))).toEqual(paragraphs);
  });
  test('density: every occurrence, the first per paragraph, the first on the page', () => {
    const count = (density: typeof DEFAULT_SETTINGS.density) =>
      marked(previewRuns(paragraphs, matcher, { ...DEFAULT_SETTINGS, density })).map(
        (p) => p.filter((t) => t === 'ChatGPT').length,
      );
    expect(count('all')).toEqual([2, 1]);
    expect(count('first-per-block')).toEqual([1, 1]);
    expect(count('first-per-page')).toEqual([1, 0]);
  });
  test('a category turned off is not marked; off marks nothing', () => {
    const noHardware = previewRuns(paragraphs, matcher, {
      ...DEFAULT_SETTINGS,
      categories: { ...DEFAULT_SETTINGS.categories, hardware: false },
    });
    expect(marked(noHardware)[0]).not.toContain('A100');
    expect(marked(noHardware)[0]).toContain('RLHF');
    expect(marked(previewRuns(paragraphs, matcher, { ...DEFAULT_SETTINGS, enabled: false }))).toEqual([
      [],
      [],
    ]);
  });
  test.each(LANGS)('the %s sample marks terms of four categories', (lang) => {
    const t = optionsStrings[lang];
    const runs = previewRuns([t.previewText1, t.previewText2], matcher, DEFAULT_SETTINGS).flat();
    expect(new Set(runs.map((r) => r.category).filter(Boolean)).size).toBe(4);
  });
});

describe('strings', () => {
  test.each([
    ['options', optionsStrings],
    ['welcome', welcomeStrings],
  ] as const)('%s: every language has every key, none empty, same placeholders', (_name, catalog) => {
    const en = catalog.en as Record<string, string>;
    for (const lang of LANGS) {
      const strings = catalog[lang] as Record<string, string>;
      expect(Object.keys(strings).sort()).toEqual(Object.keys(en).sort());
      for (const [key, value] of Object.entries(strings)) {
        expect(value.trim(), key).not.toBe('');
        const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        expect(names(value), `${lang}.${key}`).toEqual(names(en[key] as string));
      }
    }
  });
  test('fill replaces known placeholders and leaves the rest', () => {
    expect(fill('Remove {host} ({n})', { host: 'a.com' })).toBe('Remove a.com ({n})');
    expect(fill('{ms} ms', { ms: 0 })).toBe('0 ms');
  });
  test.each([
    ['auto', 'zh-TW', 'zh-Hant'],
    ['auto', 'en-GB', 'en'],
    ['bilingual', 'zh-CN', 'zh-Hans'],
    ['en', 'zh-CN', 'en'],
    ['zh-Hant', 'en-US', 'zh-Hant'],
  ] as const)('page language for %s with browser %s → %s', (setting, locale, lang) => {
    expect(uiLang(setting, locale)).toBe(lang);
  });
});
