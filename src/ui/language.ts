// The one language rule: from the language setting to what each surface shows (the reader's article
// languages and UI, the options page's UI, the card's one language).
import type { Lang } from '../article/types';
import type { LanguageSetting } from '../core/settings';
import { langFromLocale } from './strings';

export interface ReaderLanguage {
  /** The language of every UI string. */
  readonly ui: Lang;
  /** The article's languages, Chinese first; two in bilingual mode. */
  readonly article: readonly Lang[];
  readonly bilingual: boolean;
  /** The switch's position: what 'auto' resolves to. */
  readonly choice: Exclude<LanguageSetting, 'auto'>;
}

/**
 * 'auto' follows the browser. Bilingual pairs the browser's Chinese (Traditional for zh-TW/HK, else the
 * Simplified original) with English, and keeps the UI in the browser's language: a Chinese reader learning
 * English terms and an English reader checking the original both keep the controls they can read.
 */
export function resolveLanguage(setting: LanguageSetting, locale: string | undefined): ReaderLanguage {
  const browser = langFromLocale(locale);
  if (setting === 'bilingual') {
    const chinese: Lang = browser === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
    return { ui: browser, article: [chinese, 'en'], bilingual: true, choice: 'bilingual' };
  }
  const lang = setting === 'auto' ? browser : setting;
  return { ui: lang, article: [lang], bilingual: false, choice: lang };
}

/** The language a page of one language speaks (the options page): the reader's UI language. */
export function pageLanguage(setting: LanguageSetting, locale: string | undefined): Lang {
  return resolveLanguage(setting, locale).ui;
}

/**
 * Which language a card opens in: the remembered choice, else the page's language when it is Chinese,
 * else the browser's. 'bilingual' is a reader layout; a card has room for one language, and reads it as
 * 'auto'.
 */
export function cardLanguage(
  setting: LanguageSetting,
  pageLang: string,
  browserLang: string | undefined,
): Lang {
  if (setting === 'zh-Hans' || setting === 'zh-Hant' || setting === 'en') return setting;
  if (pageLang.trim().toLowerCase().startsWith('zh')) return langFromLocale(pageLang.trim());
  return langFromLocale(browserLang);
}
