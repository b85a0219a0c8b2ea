// The eager script's first look (core/first-look.ts): it may say "maybe" too often, never "no" where the
// background's probe (and so the engine) could find a term.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { firstLookPatterns as generated } from '../../../src/article/generated/first-look';
import { matcherData } from '../../../src/article/generated/matcher-data';
import { glossary } from '../../../src/article/glossary';
import { mayMarkTerm } from '../../../src/background/term-probe';
import { createFirstLook, firstLookPatterns } from '../../../src/core/first-look';
import { PAGES_DIR } from '../../real-web/corpus';
import { seededRandom } from '../../support/seeded-random';

const look = createFirstLook(generated);
const rows = matcherData.aliases.flat().map((row) => ({
  text: typeof row === 'string' ? row : row[0],
  caseSensitive: typeof row !== 'string' && row[1] === 1,
  suffixes: typeof row === 'string' ? [] : (row.slice(2) as string[]),
}));
const fullWidth = (text: string) =>
  text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

describe('first look', () => {
  test('the generated patterns are those of the glossary', () => {
    expect(generated).toEqual(firstLookPatterns(matcherData.aliases));
  });

  test('every alias is a maybe, in every form the matcher reads as it', () => {
    for (const { text, caseSensitive, suffixes } of rows) {
      const forms = [
        text,
        `Before ${text} after.`,
        `前文${text}后文`,
        `x${text}x`,
        text.replace(/ /g, '\n\t  '),
        text.replace(/ /g, '\u00a0'),
        text.replace(/[!-/:-@[-`{-~]/g, (ch) => fullWidth(ch)),
        fullWidth(text),
        text.length > 1 ? `${text.slice(0, 1)}\u00ad${text.slice(1)}` : text,
        text.length > 1 ? `${text.slice(0, 1)}\u200b${text.slice(1)}` : text,
        ...suffixes.map((suffix) => `${text}${suffix}`),
      ];
      if (!caseSensitive) forms.push(text.toUpperCase(), text.toLowerCase());
      for (const form of forms) expect(look(form), JSON.stringify(form)).toBe(true);
    }
  });

  test('text with no alias is a no, also where an alias hides in other words', () => {
    for (const text of [
      'The weather was fine all week, and the garden needed water.',
      'Drag the storage paragraph to the average line.',
      '今天天气很好，我们去公园散步。',
      '今日天氣很好，我們去公園散步。',
      '',
    ]) {
      expect(look(text), text).toBe(false);
    }
  });

  test('a case-sensitive alias is one only as written', () => {
    expect(look('the rag and the bone')).toBe(false);
    expect(look('the RAG pipeline')).toBe(true);
  });

  test('no list, no match (an empty pattern would match everywhere)', () => {
    const none = createFirstLook(firstLookPatterns([]));
    expect(none('ChatGPT and LLM')).toBe(false);
  });

  test('wherever the background probe finds a term, in any pass, the first look says maybe', () => {
    const random = seededRandom(20261203);
    const aliases = rows.map((row) => row.text);
    const negatives = glossary.flatMap((term) => term.negatives ?? []);
    const filler = ['The weather was fine.', '今天天气很好。', 'Home', 'x', ' ', '\n', '阿里山的云海', 'Ｘ'];
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const mutate = (text: string): string => {
      const r = random();
      if (r < 0.2) return text.toUpperCase();
      if (r < 0.3) return text.replace(/ /g, '  \n');
      if (r < 0.4) return fullWidth(text);
      return text;
    };
    let found = 0;
    for (let page = 0; page < 4000; page++) {
      const parts: string[] = [];
      for (let n = Math.floor(random() * 6); n >= 0; n--) {
        const r = random();
        parts.push(mutate(r < 0.3 ? pick(aliases) : r < 0.6 ? pick(negatives) : pick(filler)));
      }
      const text = parts.join(pick([' ', '', '，', '-']));
      if (!mayMarkTerm(text, 'changes')) continue;
      found++;
      expect(look(text), text).toBe(true);
    }
    expect(found).toBeGreaterThan(1500);
  });

  test('on every real page of the corpus, the first look is a maybe wherever the probe finds a term', () => {
    let pages = 0;
    for (const name of readdirSync(PAGES_DIR).filter((file) => file.endsWith('.html'))) {
      const html = readFileSync(join(PAGES_DIR, name), 'utf8');
      const text = html
        .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
        .replace(/<[^>]*>/g, '')
        .replace(/&nbsp;/g, '\u00a0')
        .replace(/&amp;/g, '&');
      if (mayMarkTerm(text, 'changes')) {
        pages++;
        expect(look(text), name).toBe(true);
      }
    }
    expect(pages).toBeGreaterThan(30);
  });

  test('the patterns stay small: every frame compiles them', () => {
    const total = generated.cased.length + generated.folded.length + generated.han.length;
    expect(total).toBeLessThan(6000);
  });
});
