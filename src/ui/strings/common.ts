// Strings every page shares.
import { defineStrings } from '../strings';

export const common = defineStrings({
  en: {
    appName: 'AIGC Lens',
    articleBy: 'by',
    optionsTitle: 'AIGC Lens settings',
    enabledEverywhere: 'On everywhere',
    enabledEverywhereHelp: 'Mark the terms of the article on every page you open.',
    saved: 'Saved',
  },
  'zh-Hans': {
    appName: 'AIGC 透镜',
    articleBy: '作者',
    optionsTitle: 'AIGC 透镜设置',
    enabledEverywhere: '在所有网站启用',
    enabledEverywhereHelp: '在你打开的每个网页上标出文章讨论的术语。',
    saved: '已保存',
  },
  'zh-Hant': {
    appName: 'AIGC 透鏡',
    articleBy: '作者',
    optionsTitle: 'AIGC 透鏡設定',
    enabledEverywhere: '在所有網站啟用',
    enabledEverywhereHelp: '在你開啟的每個網頁上標出文章討論的術語。',
    saved: '已儲存',
  },
});
