// Strings shown to users. Each feature keeps its catalog in src/ui/strings/<feature>.ts with the three
// languages side by side, so a translator sees one string in every language at once; `defineStrings`
// makes the compiler refuse a catalog where a language lacks a key.
import type { Lang } from '../article/types';

export type Catalog<K extends string> = Readonly<Record<K, string>>;

export function defineStrings<K extends string>(
  catalogs: { en: Catalog<K> } & Record<Exclude<Lang, 'en'>, Catalog<K>>,
): Readonly<Record<Lang, Catalog<K>>> {
  return catalogs;
}

/** The UI language for a BCP 47 tag such as navigator.language: zh-TW/zh-HK/zh-Hant → zh-Hant, other zh → zh-Hans, else en. */
export function langFromLocale(locale: string | undefined): Lang {
  const tag = (locale ?? '').toLowerCase();
  if (!tag.startsWith('zh')) return 'en';
  return /^zh-(tw|hk|mo|hant)/.test(tag) ? 'zh-Hant' : 'zh-Hans';
}
