// The card's language: the remembered choice, else a Chinese page's script, else the browser's language.
import { describe, expect, test } from 'vitest';
import { cardLanguage } from '../../../src/ui/language';

describe('cardLanguage', () => {
  test.each([
    ['en', 'zh-CN', 'zh-CN', 'en'],
    ['zh-Hant', 'en', 'en-US', 'zh-Hant'],
    ['zh-Hans', '', 'en-US', 'zh-Hans'],
    ['auto', 'zh-CN', 'en-US', 'zh-Hans'],
    ['auto', 'zh', 'en-US', 'zh-Hans'],
    ['auto', 'zh-TW', 'en-US', 'zh-Hant'],
    ['auto', 'zh-Hant-HK', 'en-US', 'zh-Hant'],
    ['auto', 'ZH-hk', 'en-US', 'zh-Hant'],
    ['auto', 'en', 'zh-CN', 'zh-Hans'],
    ['auto', '', 'zh-TW', 'zh-Hant'],
    ['auto', 'fr', 'de-DE', 'en'],
    ['auto', '', undefined, 'en'],
    ['bilingual', 'zh-CN', 'en-US', 'zh-Hans'],
  ] as const)('setting %s, page lang "%s", browser %s → %s', (setting, page, browser, expected) => {
    expect(cardLanguage(setting, page, browser)).toBe(expected);
  });
});
