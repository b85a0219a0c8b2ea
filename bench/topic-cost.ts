// What the topic rule costs the engine's matching, in Node, in one run: the matcher the engine had before
// it (the aliases alone) against the one it runs now (sense rules, ambiguity bits, topic cues) with the
// evidence rule fed every match, as the scanner feeds it (content/scanner.ts: see, seeCue, reason, hold).
// Both read the same generated paragraphs; each contender's best of several runs, interleaved.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { matcherData } from '../src/article/generated/matcher-data';
import { TopicEvidence } from '../src/content/topic';
import { AMBIGUOUS, createMatcher, TOPIC_CUE } from '../src/core/matcher';
import { generateParagraphs, type Language } from './pages';

const RUNS = 9;

export interface TopicCostRow {
  language: Language;
  chars: number;
  /** The aliases alone: what the engine matched with before the topic rule. */
  aliasesMs: number;
  /** Sense rules, ambiguity and cues, with the evidence rule fed every match. */
  topicMs: number;
  ratio: number;
}

export function topicCost(languages: readonly Language[] = ['mixed', 'en', 'zh']): TopicCostRow[] {
  const plain = createMatcher({
    termIds: matcherData.termIds,
    categories: matcherData.categories,
    aliases: matcherData.aliases,
  });
  const whole = createMatcher(matcherData, { cues: true });
  return languages.map((language) => {
    // ~2 MB of prose, a term per 100 words: a paragraph stands for a block.
    const blocks = generateParagraphs(4000, language, 1, 7).map((p) => p.replace(/<[^>]+>/g, ''));
    const elements = blocks.map(() => ({}) as Element);
    const chars = blocks.reduce((sum, text) => sum + text.length, 0);
    let sink = 0;
    const aliasesOnly = (): void => {
      for (const text of blocks) plain.scan(text, () => sink++);
    };
    const withTopic = (): void => {
      const topic = new TopicEvidence<number>(matcherData.termIds);
      blocks.forEach((text, b) => {
        const block = elements[b] as Element;
        whole.scan(text, (start, end, term, kind) => {
          if (kind === TOPIC_CUE) topic.seeCue(block, text, start, end);
          else {
            topic.see(block, term, kind === AMBIGUOUS);
            if (kind === AMBIGUOUS && !topic.reason(block)) topic.hold(block, start);
          }
        });
        sink += topic.takeReleased().length;
        topic.endPass();
      });
    };
    let aliasesMs = Infinity;
    let topicMs = Infinity;
    for (let run = 0; run < RUNS; run++) {
      let t = performance.now();
      aliasesOnly();
      aliasesMs = Math.min(aliasesMs, performance.now() - t);
      t = performance.now();
      withTopic();
      topicMs = Math.min(topicMs, performance.now() - t);
    }
    if (sink < 0) throw new Error('unreachable: keeps the work observable');
    return { language, chars, aliasesMs, topicMs, ratio: topicMs / aliasesMs };
  });
}

export function printTopicCost(rows: readonly TopicCostRow[]): void {
  console.log(
    '\nthe topic rule (Node, warm, best of 9; the aliases alone vs sense rules, ambiguity, cues and evidence):',
  );
  for (const row of rows) {
    console.log(
      `  ${row.language.padEnd(6)} ${(row.chars / 1e6).toFixed(1)} M chars: aliases alone ${row.aliasesMs.toFixed(1)} ms, with the topic rule ${row.topicMs.toFixed(1)} ms (${row.ratio.toFixed(2)}×)`,
    );
  }
}

/**
 * A copy of the build at `dist` whose glossary data has no ambiguous aliases and no topic cues: the topic
 * rule then has nothing to decide, and every match is marked at once, as before the rule. The bench
 * profiles it beside this build on the big pages, for the rule's cost in the page as a user pays it.
 */
export function withoutTopicRuleBuild(dist: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'aigc-lens-no-topic-rule-'));
  cpSync(dist, copy, { recursive: true });
  const assets = join(copy, 'assets');
  const chunks = readdirSync(assets).filter((file) => file.endsWith('.js'));
  const holders = chunks.filter((file) => /\bcues:\[\[/.test(readFileSync(join(assets, file), 'utf8')));
  if (holders.length !== 1)
    throw new Error(`bench: expected one chunk with the topic cues, got ${holders.length}`);
  const file = join(assets, holders[0] as string);
  let code = readFileSync(file, 'utf8');
  const ambiguous = /\bambiguous:\[[\d,]*\]/g;
  if ((code.match(ambiguous) ?? []).length !== 1) throw new Error('bench: expected one ambiguity table');
  code = code.replace(ambiguous, 'ambiguous:[]');
  const start = code.indexOf('cues:[') + 'cues:'.length;
  code = `${code.slice(0, start)}[]${code.slice(endOfArray(code, start))}`;
  writeFileSync(file, code);
  return copy;
}

/** Where the array literal that opens at `start` ends (strings in it may hold brackets). */
function endOfArray(code: string, start: number): number {
  let depth = 0;
  let quote = '';
  for (let i = start; i < code.length; i++) {
    const ch = code[i] as string;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) return i + 1;
  }
  throw new Error('bench: the topic cues array does not end');
}
