// Wording rules for the interface strings: Taiwan forms in zh-Hant, one name per command, the sample card
// equal to a real one, full-width punctuation in the Chinese store texts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { glossHant } from '../../../src/article/generated/glossary-hant';
import { glossary } from '../../../src/article/glossary';
import { card } from '../../../src/ui/strings/card';
import { categories } from '../../../src/ui/strings/categories';
import { common } from '../../../src/ui/strings/common';
import { optionsStrings } from '../../../src/ui/strings/options';
import { reader } from '../../../src/ui/strings/reader';
import { surfaces } from '../../../src/ui/strings/surfaces';
import { welcomeStrings } from '../../../src/ui/strings/welcome';
import { typesetChinese } from '../../../src/ui/typeset';
import { WRONG_HANT_FORMS } from '../article/wrong-hant-forms';

const catalogs = {
  card,
  categories,
  common,
  options: optionsStrings,
  reader,
  surfaces,
  welcome: welcomeStrings,
};
const locales = (dir: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(__dirname, '../../../assets/_locales', dir, 'messages.json'), 'utf8'));

describe('zh-Hant interface strings', () => {
  const hant = Object.entries(catalogs).flatMap(([name, catalog]) =>
    Object.entries(catalog['zh-Hant'] as Record<string, string>).map(([key, text]) => [
      `${name}.${key}`,
      text,
    ]),
  );
  const store = Object.entries(locales('zh_TW')).map(([key, { message }]) => [`zh_TW ${key}`, message]);

  test.each(Object.entries(WRONG_HANT_FORMS))('no %s (%s)', (form) => {
    expect([...hant, ...store].filter(([, text]) => text?.includes(form)).map(([id]) => id)).toEqual([]);
  });

  test('quotes are corner quotes', () => {
    expect([...hant, ...store].filter(([, text]) => /[“”]/.test(text ?? '')).map(([id]) => id)).toEqual([]);
  });
});

describe('one wording per thing', () => {
  test.each([
    ['en', 'en'],
    ['zh-Hans', 'zh_CN'],
    ['zh-Hant', 'zh_TW'],
  ] as const)('%s: the store’s command names are the settings page’s', (lang, dir) => {
    const store = locales(dir);
    const t = optionsStrings[lang];
    expect(store.commandNextTerm?.message).toBe(t.cmdNextTerm);
    expect(store.commandPreviousTerm?.message).toBe(t.cmdPreviousTerm);
    expect(store.commandToggleSite?.message).toBe(t.cmdToggleSite);
    expect(store.commandOpenReader?.message).toBe(t.cmdOpenReader);
    expect(store.commandOpenPanel?.message).toBe(t.cmdOpenPanel);
    expect(store.commandTermList?.message).toBe(t.cmdTermList);
  });

  test('the sample card’s gloss is the real RLHF gloss, as the card typesets it', () => {
    const rlhf = glossary.find((term) => term.id === 'rlhf');
    expect(optionsStrings.en.previewCardGloss).toBe(rlhf?.gloss.en);
    expect(optionsStrings['zh-Hans'].previewCardGloss).toBe(typesetChinese(rlhf?.gloss['zh-Hans'] ?? ''));
    expect(optionsStrings['zh-Hant'].previewCardGloss).toBe(typesetChinese(glossHant.rlhf ?? ''));
  });

  test('the sample card cites the title in the reader’s language', () => {
    expect(optionsStrings.en.previewCardSource).toContain('ChatGPT and AIGC: Quick Questions');
    expect(optionsStrings['zh-Hant'].previewCardSource).toContain('簡問亂答');
  });
});

describe('store texts', () => {
  test.each(['zh_CN', 'zh_TW'])('%s: Chinese punctuation is full-width', (dir) => {
    for (const [key, { message }] of Object.entries(locales(dir))) {
      expect(message, key).not.toMatch(/[\u3400-\u9fff][,:;?!()]|[,:;?!()][\u3400-\u9fff]/);
    }
  });

  test('the Chrome Web Store limits descriptions to 132 characters', () => {
    for (const dir of ['en', 'zh_CN', 'zh_TW']) {
      expect(locales(dir).extDescription?.message.length, dir).toBeLessThanOrEqual(132);
    }
  });
});
