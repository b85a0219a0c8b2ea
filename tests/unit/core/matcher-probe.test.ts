// The matcher on the aliases alone says "maybe" wherever the whole matcher (sense rules, ambiguity, cues)
// finds a term, and the whole matcher's joined scan covers it in text joined from blocks: what the
// background's first look at a frame's text relies on (background/term-probe.ts).
import { describe, expect, it } from 'vitest';
import { allTextIds, sentenceText } from '../../../src/article/article';
import { matcherData } from '../../../src/article/generated/matcher-data';
import { glossary } from '../../../src/article/glossary';
import { createMatcher, type MatchScanner } from '../../../src/core/matcher';
import { seededRandom } from '../../support/seeded-random';

const whole = createMatcher(matcherData, { cues: true });
/** The aliases alone: no sense rules, ambiguity or cues. */
const aliasesOnly = {
  termIds: matcherData.termIds,
  categories: matcherData.categories,
  aliases: matcherData.aliases,
};
const probe = createMatcher(aliasesOnly);

const matchesOf = (scanner: MatchScanner, text: string): number[][] => {
  const out: number[][] = [];
  scanner.scan(text, (start, end, term, kind) => out.push([start, end, term, kind]));
  return out;
};
const holdsTerm = (scanner: MatchScanner, text: string): boolean =>
  matchesOf(scanner, text).some(([, , , kind]) => kind !== 2);

/** Texts of alias pieces, their neighbours and the chars the matcher treats specially. */
function randomTexts(count: number): string[] {
  const random = seededRandom(20261201);
  const aliases = matcherData.aliases.flat().map((row) => (typeof row === 'string' ? row : row[0]));
  const glue = [
    ' ',
    '',
    'x',
    '的',
    '。',
    '\u00ad',
    '\u200b',
    '-',
    '/',
    '.',
    'ｓ',
    "'s",
    '\u00a0',
    '阿里山',
    'e',
  ];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  return Array.from({ length: count }, () => {
    let text = '';
    for (let parts = 1 + Math.floor(random() * 6); parts > 0; parts--) {
      const alias = pick(aliases);
      const cut = random() < 0.3 ? alias.slice(0, Math.max(1, Math.floor(random() * alias.length))) : alias;
      const cased = random() < 0.2 ? cut.toUpperCase() : random() < 0.2 ? cut.toLowerCase() : cut;
      text += pick(glue) + cased + pick(glue);
    }
    return text;
  });
}

describe('the aliases alone', () => {
  it('finds something wherever the whole matcher finds a term', () => {
    const texts = [
      ...randomTexts(3000),
      ...glossary.flatMap((term) => term.negatives ?? []),
      ...(['zh-Hans', 'zh-Hant', 'en'] as const).flatMap((lang) =>
        allTextIds().map((id) => sentenceText(id, lang)),
      ),
    ];
    let wholeHits = 0;
    for (const text of texts) {
      if (!holdsTerm(whole, text)) continue;
      wholeHits++;
      expect(holdsTerm(probe, text), text).toBe(true);
    }
    expect(wholeHits).toBeGreaterThan(1000);
  });

  it('says "maybe" where only a sense rule rules a term out, and nothing where no alias is', () => {
    expect(holdsTerm(whole, '这座庙据说有求必应，香火很旺')).toBe(false);
    expect(holdsTerm(probe, '这座庙据说有求必应，香火很旺')).toBe(true);
    // A topic cue is no term: the probe does not know the cues at all.
    expect(matchesOf(whole, 'deep learning').length).toBe(1);
    expect(matchesOf(probe, 'deep learning')).toEqual([]);
    expect(matchesOf(probe, 'The weather was fine all week; we walked by the river.')).toEqual([]);
  });
});

describe('the joined scan (text joined from blocks)', () => {
  const anywhere: MatchScanner = { scan: whole.scanJoined };
  const joinedRanges = (text: string): number[][] => {
    const out: number[][] = [];
    whole.scanJoined(text, (start, end) => out.push([start, end]));
    return out;
  };

  it('covers the start of every match of either block, whatever the blocks glued to it', () => {
    const texts = randomTexts(1200);
    const random = seededRandom(20261203);
    let checked = 0;
    for (let i = 0; i < texts.length; i++) {
      const first = texts[i] as string;
      const second = texts[Math.floor(random() * texts.length)] as string;
      const joined = first + second;
      const ranges = joinedRanges(joined);
      const covered = (at: number) =>
        ranges.some(([start, end]) => (start as number) <= at && at < (end as number));
      for (const [start] of matchesOf(whole, first)) {
        checked++;
        expect(covered(start as number), `${first} | ${second}`).toBe(true);
      }
      for (const [start] of matchesOf(whole, second)) {
        checked++;
        expect(covered(first.length + (start as number)), `${first} | ${second}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('finds something wherever the whole matcher finds a term in a block, with any text glued around', () => {
    const random = seededRandom(20261202);
    const glue = ['', 'x', 'Home', '的', '3', '_', 'é'];
    let hits = 0;
    for (const text of randomTexts(2000)) {
      if (!holdsTerm(whole, text)) continue;
      hits++;
      const before = glue[Math.floor(random() * glue.length)] as string;
      const after = glue[Math.floor(random() * glue.length)] as string;
      expect(holdsTerm(anywhere, before + text + after), before + text + after).toBe(true);
    }
    expect(hits).toBeGreaterThan(500);
  });

  it('finds a term whose block boundary the join lost, where the plain probe cannot', () => {
    expect(holdsTerm(probe, 'HomeChatGPTNews')).toBe(false);
    expect(holdsTerm(anywhere, 'HomeChatGPTNews')).toBe(true);
    expect(holdsTerm(anywhere, 'x1RAG5')).toBe(true);
    expect(holdsTerm(anywhere, 'see github.com/x/LLM-Zoo')).toBe(true);
  });

  it('still finds nothing in text with no alias', () => {
    expect(matchesOf(anywhere, 'The weather was fine all week; we walked by the river.')).toEqual([]);
    expect(matchesOf(anywhere, '今天天气很好，我们去河边散步。')).toEqual([]);
  });
});
