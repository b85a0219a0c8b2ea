// Fidelity: the Simplified Chinese table, read in structure order, must reproduce the seed text exactly.
//
// Normalisation of seed.txt (documented in src/article/README.md):
//   1. keep the lines after the second title line and before the "posted on" line;
//   2. trim each line (indentation, non-breaking spaces) and drop blank lines and "Alt text" lines;
//   3. drop a leading bullet glyph "• " and a "[Qn] " / "[An] " marker;
//   4. drop the "* " … " *" around the disclaimer;
//   5. apply ARROW_RESTORATIONS (the only deliberate text change, see zh-hans.ts a2.p3.s3).
// The remaining lines must equal, in order: the disclaimer; then per section the question's sentences
// joined (or sum.heading for the summary) followed by each answer block's sentences joined.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { structure } from '../../../src/article/source/structure';
import { zhHans } from '../../../src/article/source/zh-hans';
import type { ArticleStructure, TextTable } from '../../../src/article/types';

const seed = readFileSync(join(__dirname, '../../../src/article/source/seed.txt'), 'utf8');

/** Seed fragment → restored fragment. Lost arrows: the extraction left one space where each arrow was. */
const ARROW_RESTORATIONS: readonly (readonly [string, string])[] = [
  [
    '“中级内容生产者生成初始内容 中高级内容审核者审阅、润色 打回打磨”',
    '“中级内容生产者生成初始内容 → 中高级内容审核者审阅、润色 → 打回打磨”',
  ],
  [
    '“ AIGC 生成初始内容 中高级审核者审阅、润色 打回打磨”',
    '“ AIGC 生成初始内容 → 中高级审核者审阅、润色 → 打回打磨”',
  ],
];

interface Normalised {
  readonly blog: string;
  readonly titles: readonly string[];
  readonly lines: readonly string[];
}

function normaliseSeed(text: string): Normalised {
  const all = text.split('\n').map((line) => line.trim());
  const titleIdx = all.flatMap((line, i) => (line.includes('简问乱答') ? [i] : []));
  const second = titleIdx[1];
  const end = all.findIndex((line) => line.startsWith('posted on'));
  if (second === undefined || end < 0) throw new Error('seed.txt: title lines or "posted on" not found');
  let body = all.slice(second + 1, end).join('\n');
  for (const [from, to] of ARROW_RESTORATIONS) {
    if (!body.includes(from)) throw new Error(`arrow restoration not applicable: ${from}`);
    body = body.replace(from, to);
  }
  const lines = body
    .split('\n')
    .filter((line) => line !== '' && line !== 'Alt text')
    .map((line) =>
      line
        .replace(/^• /, '')
        .replace(/^\[[QA]\d+\] /, '')
        .replace(/^\* (.*) \*$/, '$1'),
    );
  return { blog: all[0] ?? '', titles: titleIdx.map((i) => all[i] ?? ''), lines };
}

/** What the tables say, in the same line shape as the normalised seed: [label, text]. */
function expectedLines(article: ArticleStructure, table: TextTable): [string, string][] {
  const get = (id: string) => table[id] ?? `<missing ${id}>`;
  const out: [string, string][] = [[article.meta.disclaimer, get(article.meta.disclaimer)]];
  for (const section of article.sections) {
    if (section.question.length > 0) out.push([section.id, section.question.map(get).join('')]);
    else out.push(['sum.heading', get('sum.heading')]);
    for (const block of section.answer) out.push([block.id, block.sentences.map(get).join('')]);
  }
  return out;
}

/** Every mismatch between the table and the seed, as readable messages; empty when faithful. */
function compareToSeed(article: ArticleStructure, table: TextTable, seedText: string): string[] {
  const seedNorm = normaliseSeed(seedText);
  const problems: string[] = [];
  const title = table[article.meta.title];
  for (const t of seedNorm.titles) if (t !== title) problems.push(`meta.title: ${title} ≠ seed ${t}`);
  if (table[article.meta.blog] !== seedNorm.blog) problems.push(`meta.blog ≠ seed ${seedNorm.blog}`);
  const expected = expectedLines(article, table);
  expected.forEach(([label, text], i) => {
    const line = seedNorm.lines[i];
    if (line === undefined) problems.push(`${label}: seed has no line left`);
    else if (line !== text) {
      let at = 0;
      while (at < line.length && line[at] === text[at]) at++;
      problems.push(
        `${label}: differs at char ${at}: table «${text.slice(at, at + 20)}» seed «${line.slice(at, at + 20)}»`,
      );
    }
  });
  for (const extra of seedNorm.lines.slice(expected.length)) problems.push(`seed line left over: ${extra}`);
  return problems;
}

describe('zh-Hans fidelity to seed.txt', () => {
  it('normalises the seed to the expected number of lines', () => {
    const { lines, titles, blog } = normaliseSeed(seed);
    expect(titles).toHaveLength(2);
    expect(blog).toBe('足迹');
    expect(lines[0]).toBe('仅代表个人观点。');
    expect(lines).toContain('总结');
    expect(lines.some((l) => l.startsWith('•') || /^\[[QA]\d+\]/.test(l) || l === 'Alt text')).toBe(false);
  });

  it('reproduces the seed exactly, block by block, in order, with nothing left over', () => {
    expect(compareToSeed(structure, zhHans, seed)).toEqual([]);
  });

  it('the arrow restoration is the only change and is present in a2.p3.s3', () => {
    expect(zhHans['a2.p3.s3']).toContain('生成初始内容 → 中高级内容审核者审阅、润色 → 打回打磨');
    expect(zhHans['a2.p3.s3']).toContain('“ AIGC 生成初始内容 → 中高级审核者审阅、润色 → 打回打磨”');
    const arrows = Object.entries(zhHans).filter(([, t]) => t.includes('→'));
    expect(arrows.map(([id]) => id)).toEqual(['a2.p3.s3']);
  });

  it('reports a single changed character', () => {
    const mutated: Record<string, string> = { ...zhHans };
    mutated['a5.p3.s3'] = '华为更盛。';
    const problems = compareToSeed(structure, mutated, seed);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^a5\.p3: differs at char \d+/);
  });

  it('reports a dropped arrow and a missing sentence', () => {
    const noArrow = { ...zhHans, 'a2.p3.s3': (zhHans['a2.p3.s3'] ?? '').replace(' → ', ' ') };
    expect(compareToSeed(structure, noArrow, seed)).toHaveLength(1);
    const missing: Record<string, string> = { ...zhHans };
    delete missing['sum.p1.s7'];
    expect(compareToSeed(structure, missing, seed).join('\n')).toContain('sum.p1');
  });

  it('splits sentences only after 。!?!? outside quotes and brackets', () => {
    expect(splitProblems(structure, zhHans)).toEqual([]);
  });

  it('reports a sentence boundary moved off its terminator (joined text unchanged)', () => {
    const moved: Record<string, string> = { ...zhHans };
    moved['a5.p2.s1'] = '有,应该肯定是会有';
    moved['a5.p2.s2'] = '。能不能用,这个要观察,Google Bard也是一个前车之鉴。';
    expect(compareToSeed(structure, moved, seed)).toEqual([]);
    expect(splitProblems(structure, moved)).toHaveLength(2);
  });
});

/**
 * Sentence-split rules: a sentence never starts with punctuation left over from a bad split; inside a
 * sentence a terminator appears only within quotes or brackets; every sentence but a block's last ends
 * with a terminator (a block's last may end otherwise, e.g. a4.p1.s1 ends with ":" and q9.s1 with ")").
 */
function splitProblems(article: ArticleStructure, table: TextTable): string[] {
  const problems: string[] = [];
  for (const section of article.sections) {
    for (const ids of [section.question, ...section.answer.map((b) => b.sentences)]) {
      ids.forEach((id, i) => {
        const text = table[id] ?? '';
        if (/^[。!?!?,,:)”]/.test(text)) problems.push(`${id}: starts with punctuation`);
        const inner = text.slice(0, -1).replace(/“[^”]*”|([^)]*)|\([^)]*\)/g, '');
        if (/[。!?!?]/.test(inner)) problems.push(`${id}: terminator inside the sentence`);
        if (i < ids.length - 1 && !/[。!?!?]$/.test(text)) problems.push(`${id}: does not end a sentence`);
      });
    }
  }
  return problems;
}
