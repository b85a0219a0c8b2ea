// Micro-benchmark of the glossary matcher against the cost of reading every character once: npx tsx bench/matcher-node.ts
import { compileMatcherData } from '../src/article/build/compile-matcher';
import { toTraditional } from '../src/article/build/generate-hant';
import { glossary } from '../src/article/glossary';
import type { Term } from '../src/article/types';
import { createMatcher } from '../src/core/matcher';
import type { MatcherData } from '../src/core/matcher-data';
import { seededRandom as rng } from '../tests/support/seeded-random';

const TARGET_CHARS = 10_000_000;
const RUNS = 9;

// Common words, most frequent first (picked with a Zipf-like bias), then domain words and near misses
// of aliases (drag, paragraph, chatter, goggles) that make the matcher start and abandon walks.
const EN_WORDS = (
  'the of and to a in is it that for was on with as he be at by this had not are but from or have an they ' +
  'which one you were her all she there would their we him been has when who will more no if out so said ' +
  'what up its about into than them can only other new some could time these two may then do first any my ' +
  'now such like our over man me even most made after also did many before must through back years where ' +
  'much your way well down should because each just those people how too little state good very make world ' +
  'still own see men work long get here between both life being under never day same another know while ' +
  'last might us great old year off come since against go came right used take three small large number ' +
  'system company problem question answer change point group part place case fact hand government example ' +
  'model models language languages learning data training trained network networks computer research paper ' +
  'results method methods text image images question answers human humans machine machines search engine ' +
  'generate generated output input memory chip chips cloud server servers cost costs scale scaling compute ' +
  'drag paragraph graph rage chat chatter google goggles transform attend tokens prompted llama metadata'
).split(' ');

const ZH_WORDS = (
  '的 了 是 在 我们 他们 这个 那个 一个 没有 什么 可以 因为 所以 但是 如果 已经 现在 时候 自己 知道 大家 大概 ' +
  '大量 大学 生活 生产 生成 生命 推动 推出 推荐 人们 人类 人工 机会 机构 深入 深刻 参加 参考 数字 数量 模型 ' +
  '语言 问题 发展 技术 研究 方法 能力 应用 公司 市场 用户 内容 文章 世界 国家 社会 经济 重要 需要 进行 提出 ' +
  '提高 显示 显然 图片 图像 谷物 微小 百分 文化 混合 思维 智能 多数 检查 注意 自然 向量 嵌入 扩大 预计 词语 ' +
  '计算 芯片 服务器 成本 规模 搜索 引擎 答案 文本 输入 输出 记忆 网络 学习 数据 训诫 大模 语言学'
).split(' ');

interface Corpus {
  readonly all: string[];
  /** The same nodes split by paragraph kind, for the per-script breakdown. */
  readonly byKind: readonly [english: string[], chinese: string[], mixed: string[]];
}

function buildCorpus(terms: readonly Term[]): Corpus {
  const random = rng(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const zipf = <T>(list: readonly T[]): T => list[Math.floor(random() * random() * list.length)] as T;
  const en = terms.flatMap((t) => t.aliases.en.map((a) => a.text));
  const zh = terms.flatMap((t) => t.aliases['zh-Hans'].map((a) => a.text));
  const enSentence = (): string => {
    const words: string[] = [];
    const len = 8 + Math.floor(random() * 16);
    for (let i = 0; i < len; i++) words.push(random() < 0.02 && en.length > 0 ? pick(en) : zipf(EN_WORDS));
    const s = words.join(' ');
    return `${s[0]?.toUpperCase()}${s.slice(1)}. `;
  };
  const zhSentence = (): string => {
    let s = '';
    const len = 6 + Math.floor(random() * 14);
    for (let i = 0; i < len; i++) {
      s +=
        random() < 0.02 && zh.length > 0
          ? pick(zh)
          : random() < 0.02 && en.length > 0
            ? pick(en)
            : zipf(ZH_WORDS);
      if (random() < 0.1) s += '，';
    }
    return `${s}。`;
  };
  const nodes: string[] = [];
  const byKind: [string[], string[], string[]] = [[], [], []];
  let total = 0;
  let kind = 0;
  while (total < TARGET_CHARS) {
    kind = (kind + 1) % 3; // English, Chinese, mixed paragraphs in turn
    let node = '';
    const sentences = 1 + Math.floor(random() * 6);
    for (let i = 0; i < sentences; i++) {
      node +=
        kind === 0 ? enSentence() : kind === 1 ? zhSentence() : random() < 0.5 ? enSentence() : zhSentence();
    }
    const flat = JSON.parse(JSON.stringify(node)) as string; // flat, like a parsed DOM's text, not a rope
    nodes.push(flat);
    byKind[kind as 0 | 1 | 2].push(flat);
    total += node.length;
    if (random() < 0.3) nodes.push(random() < 0.5 ? '\n  ' : ' '); // white-space-only nodes, as in real DOMs
  }
  return { all: nodes, byKind };
}

function regexReference(data: MatcherData): RegExp {
  const texts = data.aliases
    .flat()
    .flatMap((row) => {
      const text = typeof row === 'string' ? row : row[0];
      const suffixes = typeof row === 'string' ? [] : row.slice(2);
      return [text, ...suffixes.map((s) => text + s)];
    })
    .sort((a, b) => b.length - a.length);
  // The usual hand-written form: one alternation per kind of boundary, longest alternatives first.
  // (Regex alternation is first-match, not longest, so counts may differ slightly from the matcher's.)
  const word = 'A-Za-z0-9_\\u00c0-\\u024f';
  const groups = new Map<string, string[]>();
  for (const t of texts) {
    const key = `${/^[A-Za-z0-9_]/.test(t) ? `(?<![${word}])` : ''}|${/[A-Za-z0-9_]$/.test(t) ? `(?![${word}])` : ''}`;
    const body = t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    groups.set(key, [...(groups.get(key) ?? []), body]);
  }
  const alts = [...groups].map(([key, bodies]) => {
    const [before, after] = key.split('|');
    return `${before}(?:${bodies.join('|')})${after}`;
  });
  return new RegExp(alts.join('|'), 'gi');
}

/**
 * Runs the contenders in turn, RUNS times, and keeps each one's fastest run: the machine's other load
 * then affects all of them alike and barely shows in the ratios.
 */
function race(contenders: Record<string, () => number>): Record<string, { ms: number; check: number }> {
  const out: Record<string, { ms: number; check: number }> = {};
  for (let r = 0; r < RUNS; r++) {
    for (const [name, fn] of Object.entries(contenders)) {
      const t0 = performance.now();
      const check = fn();
      const ms = performance.now() - t0;
      const prev = out[name];
      if (!prev || ms < prev.ms) out[name] = { ms, check };
    }
  }
  return out;
}

const terms = glossary;
const source = 'src/article/glossary.ts';
const t0 = performance.now();
const data = compileMatcherData(terms, toTraditional);
const t1 = performance.now();
const matcher = createMatcher(data);
const t2 = performance.now();
const corpus = buildCorpus(terms);
const nodes = corpus.all;
const chars = nodes.reduce((n, s) => n + s.length, 0);
const re = regexReference(data);

const floorOf = (list: readonly string[]) => (): number => {
  let sum = 0;
  for (const s of list) for (let i = 0; i < s.length; i++) sum += s.charCodeAt(i);
  return sum;
};
let count = 0;
const onMatch = (): void => {
  count++;
};
const scanOf = (list: readonly string[]) => (): number => {
  count = 0;
  for (const s of list) matcher.scan(s, onMatch);
  return count;
};
const findAll = (): number => {
  let n = 0;
  for (const s of nodes) n += matcher.findAll(s).length;
  return n;
};
const regex = (): number => {
  let n = 0;
  for (const s of nodes) {
    re.lastIndex = 0;
    while (re.exec(s) !== null) n++;
  }
  return n;
};
const res = race({ floor: floorOf(nodes), scan: scanOf(nodes), findAll, regex });
const line = (name: string): void => {
  const r = res[name] as { ms: number; check: number };
  const f = (res.floor as { ms: number }).ms;
  console.log(`${name.padEnd(8)}${fmt(r.ms)} ms  ratio ${(r.ms / f).toFixed(2)}  (${r.check})`);
};
const fmt = (ms: number): string => ms.toFixed(1).padStart(7);
console.log(`glossary: ${source}, ${data.termIds.length} terms, ${data.aliases.flat().length} aliases`);
console.log(`compile ${(t1 - t0).toFixed(2)} ms (build time), createMatcher ${(t2 - t1).toFixed(2)} ms`);
console.log(
  `corpus: ${(chars / 1e6).toFixed(1)} M chars in ${nodes.length} text nodes; best of ${RUNS} runs`,
);
for (const name of ['floor', 'scan', 'findAll', 'regex']) line(name);
const kinds = ['english', 'chinese', 'mixed'] as const;
corpus.byKind.forEach((list, k) => {
  const r = race({ floor: floorOf(list), scan: scanOf(list) });
  const f = r.floor?.ms ?? 1;
  const m = r.scan?.ms ?? 0;
  console.log(
    `  ${(kinds[k] ?? '').padEnd(8)} floor ${fmt(f)} ms, scan ${fmt(m)} ms, ratio ${(m / f).toFixed(2)}`,
  );
});
