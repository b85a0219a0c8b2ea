// Alignment: the three text tables hold exactly the ids of the structure, each with non-empty text.
import { describe, expect, it } from 'vitest';
import { allTextIds, sentenceIds, textTable } from '../../../src/article/article';
import { en } from '../../../src/article/source/en';
import { LANGS } from '../../../src/article/types';

const ids = allTextIds();

describe('text tables align with the structure', () => {
  it('has no duplicated id in the structure', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(sentenceIds().length + 4);
  });

  for (const lang of LANGS) {
    it(`${lang}: every id has non-empty text, none missing or extra`, () => {
      const table = textTable(lang);
      for (const id of ids) expect(table[id]?.trim(), `${lang} ${id}`).toBeTruthy();
      expect(Object.keys(table).sort()).toEqual([...ids].sort());
    });
  }

  it('en: no two identical sentences', () => {
    const seen = new Map<string, string>();
    for (const id of ids) {
      const text = en[id] ?? '';
      expect(seen.get(text), `${id} repeats ${seen.get(text)}`).toBeUndefined();
      seen.set(text, id);
    }
  });

  it('en: no Chinese characters or Chinese punctuation left in the English', () => {
    for (const id of ids) expect(en[id], id).not.toMatch(/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/);
  });

  it('en: keeps the Latin names and terms of the Chinese sentence', () => {
    const zh = textTable('zh-Hans');
    const latin = /[A-Za-z][A-Za-z0-9-]*/g;
    // Written differently in English on purpose (or ordinary words, translated).
    const renamed: Record<string, string> = { GPT3: 'GPT-3', NV: 'NVIDIA', ability: 'abilities' };
    const translated = new Set([
      'bad',
      'case',
      'coverage',
      'blog',
      'model',
      'reward',
      'turn-around',
      'latency',
      'x7', // 24x7 is written 24/7 in English
    ]);
    const missing: string[] = [];
    for (const id of ids) {
      for (const word of (zh[id] ?? '').match(latin) ?? []) {
        if (translated.has(word)) continue;
        const want = renamed[word] ?? word;
        if (!en[id]?.toLowerCase().includes(want.toLowerCase())) missing.push(`${id}: ${word}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('en: carries the English form of the key terms of the Chinese sentence', () => {
    const zh = textTable('zh-Hans');
    // Chinese term → what the English sentence must contain (case-insensitive).
    const terms: Record<string, string> = {
      搜索引擎: 'search engine',
      大模型: 'large model',
      大型语言模型: 'large language model',
      语言模型: 'language model',
      元宇宙: 'metaverse',
      过拟合: 'overfit',
      事实库: 'fact store',
      最大似然: 'maximum likelihood',
      最大后验: 'maximum a posteriori',
      内存墙: 'memory wall',
      互联墙: 'interconnect wall',
      周转延迟: 'turnaround latency',
      突现能力: 'emergent abilit',
      增强学习: 'reinforcement learning',
      概率模型: 'probabilistic model',
      训练成本: 'training cost',
      推理成本: 'inference cost',
      检索增强的生成: 'retrieval-augmented generation',
      人工智能: 'artificial intelligence',
      机器学习: 'machine learning',
      用户体验: 'user experience',
      阈值: 'threshold',
      人机交互: 'human–computer interaction',
      信息检索: 'information retrieval',
      关键字搜索: 'keyword search',
      自然语言生成: 'natural-language generation',
      算力: 'computing power',
      代差: 'generational gap',
      百度: 'Baidu',
      阿里: 'Alibaba',
      华为: 'Huawei',
      腾讯: 'Tencent',
      知乎: 'Zhihu',
      微软: 'Microsoft',
      谷歌: 'Google',
      总结: 'Summary',
    };
    const missing: string[] = [];
    for (const id of ids) {
      for (const [han, eng] of Object.entries(terms)) {
        if (zh[id]?.includes(han) && !en[id]?.toLowerCase().includes(eng.toLowerCase()))
          missing.push(`${id}: ${han}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('en: known mistranslations stay fixed', () => {
  // Each phrase changed what the author says, or is not how the field says it in English.
  const WRONG: Readonly<Record<string, string>> = {
    singularity: '奇点 is a tipping point here, not the technological singularity',
    'search engines of both Microsoft and Google are going to embed it':
      'Google built Bard; it did not embed ChatGPT',
    'a paper on a stand-in':
      'the paper stands in for a missing ChatGPT paper; InstructGPT is no stand-in model',
    'Will there be Chinese counterparts?': 'a question added in the author’s voice',
    'bad case': 'failure cases, in English ML writing',
    'private-domain': 'a Chinese marketing term',
    ' 2C ': 'B2C',
    ' 2B': 'B2B',
    '300B words': 'GPT-3’s 300B are tokens',
    'human–machine interaction': 'human–computer interaction',
    'guidance on values': 'value alignment',
    'half-truth': '似是而非 is plausible but false, not partly true',
    'training samples': 'training data',
    'closed loop': 'a virtuous cycle',
    'data augmentation': 'the author means better training data, not the augmentation technique',
    Nvidia: 'the glossary and the interface write NVIDIA',
    'Generative AI': 'lower case in running English',
  };
  for (const [phrase, why] of Object.entries(WRONG)) {
    it(`no "${phrase}" (${why})`, () => {
      const hits = Object.entries(en).filter(([, text]) => text.includes(phrase));
      expect(hits.map(([id]) => id)).toEqual([]);
    });
  }
});
