import { describe, expect, test } from 'vitest';
import { resolveLanguage } from '../../../src/ui/language';

describe('resolveLanguage', () => {
  test('auto follows the browser', () => {
    expect(resolveLanguage('auto', 'zh-CN')).toMatchObject({
      ui: 'zh-Hans',
      article: ['zh-Hans'],
      choice: 'zh-Hans',
    });
    expect(resolveLanguage('auto', 'zh-TW')).toMatchObject({ ui: 'zh-Hant', article: ['zh-Hant'] });
    expect(resolveLanguage('auto', 'de-DE')).toMatchObject({ ui: 'en', article: ['en'], choice: 'en' });
  });
  test('an explicit language wins over the browser, UI included', () => {
    expect(resolveLanguage('en', 'zh-CN')).toMatchObject({ ui: 'en', article: ['en'], bilingual: false });
    expect(resolveLanguage('zh-Hant', 'en-US')).toMatchObject({ ui: 'zh-Hant', article: ['zh-Hant'] });
  });
  test('bilingual: the browser’s Chinese above English, the UI in the browser’s language', () => {
    expect(resolveLanguage('bilingual', 'en-US')).toEqual({
      ui: 'en',
      article: ['zh-Hans', 'en'],
      bilingual: true,
      choice: 'bilingual',
    });
    expect(resolveLanguage('bilingual', 'zh-HK')).toMatchObject({
      ui: 'zh-Hant',
      article: ['zh-Hant', 'en'],
    });
  });
});
