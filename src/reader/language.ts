// From the language setting to what the reader shows: the article's languages and the UI language.
import type { Lang } from '../article/types';
import type { LanguageSetting } from '../core/settings';
import { langFromLocale } from '../ui/strings';

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
