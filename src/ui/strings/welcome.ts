// Strings of the first-run welcome that the reader shows for `?welcome=1`.
import { defineStrings } from '../strings';

export const welcomeStrings = defineStrings({
  en: {
    heading: 'Welcome to AIGC Lens',
    intro:
      'On any page, AIGC Lens marks the AI terms that Yao Weifeng’s Q&A discusses and shows what the article says about them.',
    hover: 'Hover over a marked term to see its card with the best passage of the article.',
    tap: 'On a touch screen, tap a marked term; tap elsewhere to close the card.',
    keyboard: 'Keyboard: {next} and {previous} go to the next or previous term and open its card.',
    popup:
      'Click the AIGC Lens button in the toolbar (or press {popup}) to see the terms on the page and read the whole Q&A.',
    settings: 'In the settings you can turn it off for a site, or change the marks and the language.',
    openSettings: 'Open the settings',
    dismiss: 'Start reading',
  },
  'zh-Hans': {
    heading: '欢迎使用 AIGC 透镜',
    intro: 'AIGC 透镜会在任意网页上标出姚伟峰的问答所讨论的 AI 术语，并显示文章对它们的论述。',
    hover: '把指针停在标出的术语上，即可看到卡片和文章中最相关的段落。',
    tap: '在触摸屏上，轻点标出的术语；点其他地方即可关闭卡片。',
    keyboard: '键盘：{next} 和 {previous} 转到下一个或上一个术语并打开卡片。',
    popup: '点击工具栏上的 AIGC 透镜按钮（或按 {popup}），查看本页的术语并阅读问答全文。',
    settings: '可在设置中为某个网站关闭它，或更改标记样式和语言。',
    openSettings: '打开设置',
    dismiss: '开始阅读',
  },
  'zh-Hant': {
    heading: '歡迎使用 AIGC 透鏡',
    intro: 'AIGC 透鏡會在任意網頁上標出姚偉峰的問答所討論的 AI 術語，並顯示文章對它們的論述。',
    hover: '把指標停在標出的術語上，即可看到卡片和文章中最相關的段落。',
    tap: '在觸控螢幕上，輕觸標出的術語；點其他地方即可關閉卡片。',
    keyboard: '鍵盤：{next} 和 {previous} 前往下一個或上一個術語並開啟卡片。',
    popup: '點選工具列上的 AIGC 透鏡按鈕（或按 {popup}），查看本頁的術語並閱讀問答全文。',
    settings: '可在設定中為某個網站關閉它，或變更標記樣式和語言。',
    openSettings: '開啟設定',
    dismiss: '開始閱讀',
  },
});
