// Which language a card opens in: the remembered choice, else the page's language when it is Chinese, else the browser's.
import type { Lang } from '../article/types';
import type { LanguageSetting } from '../core/settings';
import { langFromLocale } from '../ui/strings';

export function cardLanguage(
  setting: LanguageSetting,
  pageLang: string,
  browserLang: string | undefined,
): Lang {
  if (setting === 'zh-Hans' || setting === 'zh-Hant' || setting === 'en') return setting;
  // 'auto', and 'bilingual' (a reader layout; a card has room for one language).
  if (pageLang.trim().toLowerCase().startsWith('zh')) return langFromLocale(pageLang.trim());
  return langFromLocale(browserLang);
}
