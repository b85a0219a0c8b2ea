// Every string the extension's pages and card show, one catalog per language.
import type { Lang } from '../article/types';

const en = {
  appName: 'AIGC Lens',
  articleBy: 'by',
  optionsTitle: 'AIGC Lens settings',
  enabledEverywhere: 'On everywhere',
  enabledEverywhereHelp: 'Mark the terms of the article on every page you open.',
  saved: 'Saved',
};

export type StringKey = keyof typeof en;
export type Catalog = Readonly<Record<StringKey, string>>;

const zhHans: Catalog = {
  appName: 'AIGC 透镜',
  articleBy: '作者',
  optionsTitle: 'AIGC 透镜设置',
  enabledEverywhere: '在所有网站启用',
  enabledEverywhereHelp: '在你打开的每个网页上标出文章讨论的术语。',
  saved: '已保存',
};

const zhHant: Catalog = {
  appName: 'AIGC 透鏡',
  articleBy: '作者',
  optionsTitle: 'AIGC 透鏡設定',
  enabledEverywhere: '在所有網站啟用',
  enabledEverywhereHelp: '在你開啟的每個網頁上標出文章討論的術語。',
  saved: '已儲存',
};

export const catalogs: Readonly<Record<Lang, Catalog>> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };

/** The UI language for a BCP 47 tag such as navigator.language: zh-TW/zh-HK/zh-Hant → zh-Hant, other zh → zh-Hans, else en. */
export function langFromLocale(locale: string | undefined): Lang {
  const tag = (locale ?? '').toLowerCase();
  if (!tag.startsWith('zh')) return 'en';
  return /^zh-(tw|hk|mo|hant)/.test(tag) ? 'zh-Hant' : 'zh-Hans';
}

export function strings(lang: Lang): Catalog {
  return catalogs[lang];
}
