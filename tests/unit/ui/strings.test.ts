import { describe, expect, test } from 'vitest';
import { langFromLocale } from '../../../src/ui/strings';
import { common } from '../../../src/ui/strings/common';

describe('langFromLocale', () => {
  test.each([
    ['zh-CN', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['en-US', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%s → %s', (locale, lang) => {
    expect(langFromLocale(locale)).toBe(lang);
  });
});

describe('catalogs', () => {
  test('every language has every key, none empty', () => {
    const keys = Object.keys(common.en).sort();
    for (const catalog of Object.values(common)) {
      expect(Object.keys(catalog).sort()).toEqual(keys);
      for (const value of Object.values(catalog)) expect(value.trim()).not.toBe('');
    }
  });
});
