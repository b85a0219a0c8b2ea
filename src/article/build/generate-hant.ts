// Build-time generator: the Traditional Chinese (Taiwan phrasing) text table, converted from zh-hans.ts
// with opencc-js. Only build modules and tests may import this file (and opencc-js): the runtime reads
// the generated table, src/article/generated/zh-hant.ts.
import * as OpenCC from 'opencc-js';
import { zhHans } from '../source/zh-hans';

const cnToTwp = OpenCC.Converter({ from: 'cn', to: 'twp' });
const twpToCn = OpenCC.Converter({ from: 'twp', to: 'cn' });

/**
 * Simplified (mainland) → Traditional with Taiwan phrasing, e.g. 搜索引擎 → 搜尋引擎: opencc alone, as
 * the matcher uses it for aliases (the glossary adds Taiwan forms by hand). Text shown to readers goes
 * through toTaiwanText.
 */
export function toTraditional(text: string): string {
  return cnToTwp(text);
}

/** Traditional with Taiwan phrasing → Simplified (mainland). Not an exact inverse of toTaiwanText. */
export function toSimplified(text: string): string {
  return twpToCn(text.replace(/[「『]/g, '“').replace(/[」』]/g, '”'));
}

/**
 * Word-level repairs applied after opencc cn → twp to the text readers see (the article and the glosses),
 * longest first. twp's phrase rules are written for software manuals, so some turn ordinary words into
 * computing jargon; others keep a mainland word that a Taiwan reader finds foreign. Each entry says why.
 */
export const HANT_OVERRIDES: readonly (readonly [converted: string, taiwan: string])[] = [
  // Wrong meaning.
  ['遊戲指令碼', '遊戲劇本'], // 脚本 of a game is its story script; 指令碼 is a computer script
  ['稽核', '審核'], // 审核 (editorial review) comes out as 稽核, which is a compliance audit
  ['引數', '參數'], // 参数 of a model is a parameter; 引數 is a function argument
  ['質量', '品質'], // 质量 (quality) comes out as 質量, which in Taiwan is physical mass
  ['數字世界', '數位世界'], // 数字世界 is the digital world; 數字 means numerals
  // Mainland words a Taiwan reader finds unnatural.
  ['通過事實庫', '透過事實庫'], // 通过 "by means of" is 透過; 通過 means "pass". The stray 通过, of a7.p2.s3 stays
  ['通過訓練', '透過訓練'], // as above
  ['通過技術', '透過技術'], // as above
  ['水平', '水準'], // a level of attainment is 水準; 水平 reads as "horizontal"
  ['反饋', '回饋'], // feedback is 回饋 in Taiwan (and in the RLHF label)
  ['個性化', '個人化'], // personalisation
  ['使用者粘性', '用戶黏著度'], // user stickiness: 黏 is the standard character, 黏著度 the marketing term
  ['識別、', '辨識、'], // recognition as an AI task
  ['裝置費用', '設備費用'], // equipment costs; twp maps every 设备 to 裝置 (a device)
  ['互聯裝置', '互連設備'], // interconnect hardware
  ['互聯牆', '互連牆'], // the interconnect wall: chips are linked (互連), not networked (互聯)
  ['計算裝置', '運算裝置'], // computing devices
  ['最大似然', '最大概似'], // the Taiwan textbook term, as in the glossary's label
  ['計算機', '電腦'], // in everyday Taiwan usage 計算機 is a calculator
  ['噪聲', '雜訊'], // noise in data
  ['調優', '調校'], // tuning a model
  ['隻因', '只因'], // twp reads 还是只因 as 還是 + 隻 (the measure word); here 只 is "only"
  ['大語言模型', '大型語言模型'], // the glossary's own zh-Hant label
  ['網上查詢', '網路上搜尋'], // searching the web
  ['必應(Bing)', ' Bing '], // Taiwan writes the product’s English name, as the glossary’s zh-Hant label does
];

const OVERRIDES = [...HANT_OVERRIDES].sort((a, b) => b[0].length - a[0].length);

/**
 * Curly quotes → Taiwan corner quotes: “…” → 「…」, a quote inside one → 『…』. The seed's quotes are
 * balanced; an unmatched closing quote is left alone rather than guessed at.
 */
export function cornerQuotes(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '“' || ch === '‘') {
      out += depth % 2 === 0 ? '「' : '『';
      depth++;
    } else if ((ch === '”' || ch === '’') && depth > 0) {
      depth--;
      out += depth % 2 === 0 ? '」' : '』';
    } else out += ch;
  }
  return out;
}

/** cn → twp, then the word repairs above: what the article's words become in the zh-Hant text. */
export function toTaiwanWords(text: string): string {
  let out = cnToTwp(text);
  for (const [from, to] of OVERRIDES) out = out.replaceAll(from, to);
  return out;
}

/**
 * The Traditional forms of a zh-Hans alias for the matcher: the plain conversion (what Traditional pages
 * write) and the repaired one (what the zh-Hant article and glosses say, e.g. 基於人類回饋的增強學習),
 * so that the reader marks its own text.
 */
export function traditionalAliasForms(alias: string): readonly string[] {
  return [toTraditional(alias), toTaiwanWords(alias)];
}

/** The Traditional text a reader sees: cn → twp, then the word repairs above, then corner quotes. */
export function toTaiwanText(text: string): string {
  return cornerQuotes(toTaiwanWords(text));
}

/** The zh-Hant table as a plain object, in zh-hans.ts order. */
export function hantTable(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, text] of Object.entries(zhHans)) out[id] = toTaiwanText(text);
  return out;
}

/** The generated module's source: deterministic (same input, same bytes). */
export function generate(): Record<string, string> {
  const lines = Object.entries(hantTable()).map(
    ([id, text]) => `  ${JSON.stringify(id)}: ${JSON.stringify(text)},`,
  );
  const source = [
    '// Generated by npm run gen from zh-hans.ts; do not edit.',
    '// Converted with opencc-js (cn → twp: Traditional characters, Taiwan phrasing), word repairs and corner quotes by src/article/build/generate-hant.ts.',
    "import type { TextTable } from '../types';",
    '',
    'export const zhHant: TextTable = {',
    ...lines,
    '};',
    '',
  ].join('\n');
  return { 'zh-hant.ts': source };
}
