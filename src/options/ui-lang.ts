// The language the options page speaks: the language setting, or the browser's for 'auto' and 'bilingual'
// (bilingual concerns the article's excerpts; the page itself needs one language).
import type { Lang } from '../article/types';
import type { LanguageSetting } from '../core/settings';
import { langFromLocale } from '../ui/strings';

export function uiLang(setting: LanguageSetting, browserLocale: string | undefined): Lang {
  return setting === 'auto' || setting === 'bilingual' ? langFromLocale(browserLocale) : setting;
}
