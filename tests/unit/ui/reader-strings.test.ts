import { describe, expect, test } from 'vitest';
import { categories } from '../../../src/ui/strings/categories';
import { reader } from '../../../src/ui/strings/reader';

describe('reader and category catalogs', () => {
  test.each([
    ['reader', reader],
    ['categories', categories],
  ])('%s: every language has every key, none empty, the same slots', (_name, catalogs) => {
    const keys = Object.keys(catalogs.en).sort();
    for (const catalog of Object.values(catalogs)) {
      expect(Object.keys(catalog).sort()).toEqual(keys);
      for (const key of keys) {
        const value = (catalog as Record<string, string>)[key] as string;
        expect(value.trim()).not.toBe('');
        const slots = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        expect(slots(value)).toEqual(slots((catalogs.en as Record<string, string>)[key] as string));
      }
    }
  });

  test('Chinese catalogs use full-width punctuation', () => {
    for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
      for (const value of Object.values(reader[lang])) expect(value).not.toMatch(/[\u4e00-\u9fff][,:;?!]/);
    }
  });
});
