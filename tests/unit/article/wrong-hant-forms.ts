// Traditional forms that opencc cn → twp produces but that are wrong or foreign in Taiwan, with the
// right form; the article, the glosses and the zh-Hant interface strings must not contain them.
export const WRONG_HANT_FORMS: Readonly<Record<string, string>> = {
  指令碼: 'a computer script; a game’s story script is 劇本',
  稽核: 'a compliance audit; editorial review is 審核',
  引數: 'a function argument; a model’s parameter is 參數',
  質量: 'physical mass; quality is 品質',
  數字世界: 'a world of numerals; the digital world is 數位世界',
  反饋: 'feedback is 回饋',
  個性化: 'personalised is 個人化',
  計算機: 'a calculator; a computer is 電腦',
  噪聲: 'noise in data is 雜訊',
  調優: 'tuning is 調校',
  大語言模型: 'the label says 大型語言模型',
  粘性: 'stickiness is 黏著度',
  通過: '"by means of" is 透過',
  互聯裝置: 'interconnect hardware is 互連設備',
  必應: 'Taiwan writes Bing',
  懸停: 'hovering is 停留 (or 暫留)',
  點擊: 'clicking is 點選 or 按一下',
};
