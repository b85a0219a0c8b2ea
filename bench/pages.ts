// Generates the benchmark's pages: English, Chinese or mixed prose of a given size, with glossary
// aliases sprinkled in at a given density, in paragraphs with an inline element each. Deterministic.
import { matcherData } from '../src/article/generated/matcher-data';
import { seededRandom as random } from '../tests/support/seeded-random';

export type Language = 'en' | 'zh' | 'mixed';

const EN_WORDS = (
  'the of and to in is that it for on with as was be by this are or his from at which but have an had not ' +
  'they you were their one all we can her has there been if more when will would who so no time people ' +
  'into year some could them other than then now only its over also after first two very even new just ' +
  'because any these how most us well way work life day should between under never world still great ' +
  'small place both long city little part found school course every system public house together often'
).split(' ');
const ZH_CHARS =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府思队且';

/** Every alias as plain text, for the reference scanner and mark.js. */
export function allAliases(): string[] {
  const aliases = new Set<string>();
  for (const rows of matcherData.aliases)
    for (const row of rows) aliases.add(typeof row === 'string' ? row : row[0]);
  return [...aliases];
}

const isHan = (text: string): boolean => /[\u4e00-\u9fff]/.test(text);

/** One paragraph of ~100 tokens. `density` is terms per 100 tokens (a Chinese character counts as a token). */
function paragraph(
  next: () => number,
  language: Language,
  density: number,
  en: string[],
  zh: string[],
): string {
  const tokens: string[] = [];
  const chinese = language === 'zh' || (language === 'mixed' && next() < 0.5);
  for (let i = 0; i < 100; i++) {
    if (next() < density / 100) {
      const pool = chinese ? zh : en;
      tokens.push(
        chinese
          ? (pool[Math.floor(next() * pool.length)] as string)
          : ` ${pool[Math.floor(next() * pool.length)]} `,
      );
    } else if (chinese) {
      tokens.push(ZH_CHARS[Math.floor(next() * ZH_CHARS.length)] as string);
      if (next() < 0.06) tokens.push(next() < 0.5 ? ',' : '。');
    } else {
      tokens.push(`${EN_WORDS[Math.floor(next() * EN_WORDS.length)]}${next() < 0.08 ? '.' : ''} `);
    }
  }
  // One inline element per paragraph, as real prose has links and emphasis.
  const at = Math.floor(next() * tokens.length);
  tokens[at] = `<a href="#p">${tokens[at]}</a>`;
  return `<p>${tokens.join('')}</p>\n`;
}

export function generatePage(language: Language, bytes: number, density: number, seed = 1): string {
  const aliases = allAliases();
  const zh = aliases.filter(isHan);
  const en = aliases.filter((alias) => !isHan(alias));
  const next = random(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = paragraph(next, language, density, en, zh);
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return `<!doctype html><html lang="${language === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>bench</title></head><body><main>\n${parts.join('')}</main></body></html>`;
}

/** Paragraphs only (no page around them), for the append benchmark. */
export function generateParagraphs(count: number, language: Language, density: number, seed = 2): string[] {
  const aliases = allAliases();
  const zh = aliases.filter(isHan);
  const en = aliases.filter((alias) => !isHan(alias));
  const next = random(seed);
  return Array.from({ length: count }, () => paragraph(next, language, density, en, zh));
}
