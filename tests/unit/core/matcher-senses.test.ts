// The real glossary's sense rules and text forms, on sentences of the kind real pages hold.
import { describe, expect, it } from 'vitest';
import { compileMatcherData } from '../../../src/article/build/compile-matcher';
import { toTraditional } from '../../../src/article/build/generate-hant';
import { glossary } from '../../../src/article/glossary';
import { createMatcher } from '../../../src/core/matcher';

const data = compileMatcherData(glossary, toTraditional);
const matcher = createMatcher(data);

/** The matches as "text→term" (with "?" where the alias is ambiguous). */
const found = (text: string): string[] =>
  matcher
    .findAll(text)
    .map((m) => `${text.slice(m.start, m.end)}→${data.termIds[m.term]}${m.ambiguous ? '?' : ''}`);

describe('sense rules', () => {
  it('阿里 is not Alishan, Arirang or part of a transliterated name; 阿里巴巴 is the company', () => {
    expect(found('清晨搭小火车上阿里山看日出，阿里山森林铁路')).toEqual([]);
    expect(found('阿里山國家森林遊樂區的櫻花季')).toEqual([]);
    expect(found('她唱起了《阿里郎》')).toEqual([]);
    expect(found('拳王穆罕默德·阿里于 2016 年去世')).toEqual([]);
    expect(found('阿里巴巴发布了通义千问')).toEqual(['阿里巴巴→alibaba?']);
    expect(found('腾讯和阿里都在做大模型')).toEqual([
      '腾讯→tencent?',
      '阿里→alibaba?',
      '大模型→large-model?',
    ]);
  });

  it('必应 is not the idiom 有求必应', () => {
    expect(found('这座庙据说有求必应，香火很旺')).toEqual([]);
    expect(found('有求必應的土地公')).toEqual([]);
    expect(found('微软在必应里接入了 ChatGPT')).toEqual(['微软→microsoft?', '必应→bing?', 'ChatGPT→chatgpt']);
  });

  it('增强学习 is not "boost interest in learning"', () => {
    expect(found('通过游戏化教学增强学习兴趣')).toEqual([]);
    expect(found('小组合作能增强学习效果和学习动力')).toEqual([]);
    expect(found('深度增强学习在围棋上大获成功')).toEqual(['增强学习→reinforcement-learning?']);
    expect(found('各单位要强化学习教育')).toEqual([]);
    expect(found('强化学习让智能体在试错中学习')).toEqual(['强化学习→reinforcement-learning']);
  });

  it('NV only next to Chinese text, never as Nevada', () => {
    expect(found('3570 Las Vegas Blvd S, Las Vegas, NV 89109')).toEqual([]);
    expect(found('Reno, NV and Carson City')).toEqual([]);
    expect(found('最近NV在H100上又加了显存')).toEqual(['NV→nvidia?', 'H100→h100?']);
    expect(found('老黄的 NV 今年赚麻了')).toEqual(['NV→nvidia?']);
  });

  it('"GPT-3" is not inside "GPT-3.5"', () => {
    expect(found('We compared GPT-3.5-turbo with GPT-4.')).toEqual([]);
    expect(found('GPT 3.5 and GPT3.5 are cheaper')).toEqual([]);
    expect(found('GPT-3 has 175 billion parameters.')).toEqual([
      'GPT-3→gpt-3',
      '175 billion parameters→175b-parameters',
    ]);
    expect(found('Unlike GPT-3, it was tuned.')).toEqual(['GPT-3→gpt-3']);
  });

  it('MLE is not an alias; "knowledge base" and 知识库 need an AI topic', () => {
    expect(found('Senior MLE, Search Ranking — apply now')).toEqual([]);
    expect(found('Visit our Knowledge Base for help.')).toEqual(['Knowledge Base→fact-store?']);
    expect(found('企业知识库搭建指南')).toEqual(['知识库→fact-store?']);
    expect(found('the maximum likelihood estimate')).toEqual(['maximum likelihood→maximum-likelihood']);
  });

  it('"the Bard" and Bard College are not the chatbot', () => {
    expect(found('the Bard of Avon wrote 37 plays')).toEqual([]);
    expect(found('quoting the Bard, as one does')).toEqual([]);
    expect(found('She studied at Bard College.')).toEqual([]);
    expect(found("The Bard's Tale is a 1985 game")).toEqual([]);
    expect(found('Google Bard answered wrongly; Bard is still in beta')).toEqual([
      'Google Bard→bard',
      'Bard→bard?',
    ]);
  });

  it('LLM as the Master of Laws degree', () => {
    expect(found('Apply to the LLM program by March 1.')).toEqual([]);
    expect(found('Our LLM in Taxation is ranked first.')).toEqual([]);
    expect(found('Master of Laws (LLM) admissions')).toEqual([]);
    expect(found('LLM degree requirements')).toEqual([]);
    expect(found('The LL.M. is a one-year degree.')).toEqual([]);
    expect(found('LLM programming is mostly prompt glue')).toEqual(['LLM→llm?']);
    expect(found('An LLM in production needs monitoring.')).toEqual(['LLM→llm?']);
  });

  it('NPC as the National People’s Congress', () => {
    expect(found('the NPC Standing Committee adopted the law')).toEqual([]);
    expect(found("National People's Congress (NPC) deputies")).toEqual([]);
    expect(found('NPC deputies voted')).toEqual([]);
    expect(found('AIGC can write NPC dialogue')).toEqual(['AIGC→aigc', 'NPC→npc?']);
  });

  it('other traps: RAG status, habeas corpus, 开源节流, 千百度, money', () => {
    expect(found('Project RAG status: amber')).toEqual([]);
    expect(found('a writ of habeas corpus')).toEqual([]);
    expect(found('Corpus Christi, Texas')).toEqual([]);
    expect(found('企业要开源节流')).toEqual([]);
    expect(found('众里寻他千百度')).toEqual([]);
    expect(found('投资 1750亿美元')).toEqual([]);
    expect(found('GPT-3 有 1750亿参数')).toEqual(['GPT-3→gpt-3', '1750亿参数→175b-parameters']);
    expect(found('a $175B budget')).toEqual([]);
  });
});

describe('aliases real writers use', () => {
  it.each([
    ['retrieval-augmented LLMs', 'retrieval-augmented→rag'],
    ['Retrieval Augmented models', 'Retrieval Augmented→rag'],
    ['基于检索增强的问答', '检索增强→rag'],
    ['擷取增強生成（RAG）', '擷取增強生成→rag'],
    ['大规模语言模型的能力', '大规模语言模型→llm'],
    ['语言大模型的能力', '语言大模型→llm'],
    ['large-scale language models are costly', 'large-scale language models→llm'],
    ['a 175 billion parameter model', '175 billion parameter→175b-parameters'],
    ['Gen AI is everywhere', 'Gen AI→generative-ai'],
    ['Chat-GPT wrote it', 'Chat-GPT→chatgpt'],
    ['RL from human feedback', 'RL from human feedback→rlhf'],
    ['大型語言模型的應用', '大型語言模型→llm'],
    ['生成式人工智慧的浪潮', '生成式人工智慧→generative-ai'],
    ['人類回饋強化學習', '人類回饋強化學習→rlhf'],
    ['降低推論成本', '推論成本→inference-cost'],
    ['互連牆的問題', '互連牆→interconnect-wall'],
    ['大模型的能力涌现', '能力涌现→emergent-abilities'],
  ])('%s', (text, expected) => {
    expect(found(text).map((x) => x.replace('?', ''))).toContain(expected);
  });

  it('lower-case "gpu" and "gpus" in prose, one case rule per alias', () => {
    expect(found('we rented 8 gpus for a week')).toEqual(['gpus→gpu?']);
    expect(found('rag and drag')).toEqual([]);
  });
});

describe('text forms', () => {
  it('full-width Latin is read as Latin', () => {
    expect(found('ＣｈａｔＧＰＴ的回答')).toEqual(['ＣｈａｔＧＰＴ→chatgpt']);
    expect(found('ＲＬＨＦ与ＬＬＭ')).toEqual(['ＲＬＨＦ→rlhf', 'ＬＬＭ→llm?']);
    expect(found('ＲＡＧｘ')).toEqual([]);
  });

  it('soft hyphens, zero-width spaces and joiners inside a term keep offsets in the original text', () => {
    const text = 'Chat\u00adGPT and re\u00adtrieval-aug\u00admented gen\u200beration, R\u200dL\u2060HF';
    const matches = matcher.findAll(text);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual([
      'Chat\u00adGPT',
      're\u00adtrieval-aug\u00admented gen\u200beration',
      'R\u200dL\u2060HF',
    ]);
  });

  it('a term inside a URL, a host or a file name is not prose', () => {
    expect(found('see github.com/FreedomIntelligence/LLM-Zoo for the list')).toEqual([]);
    expect(found('https://example.org/docs/RAG')).toEqual([]);
    expect(found('open chatgpt.com in a tab')).toEqual([]);
    expect(found('read LLM.md first; run rag_pipeline.py')).toEqual([]);
    expect(found('LLM/RAG systems, ChatGPT.')).toEqual(['LLM→llm?', 'RAG→rag?', 'ChatGPT→chatgpt']);
    expect(found('非LLM-based 方案')).toEqual(['LLM→llm?']);
  });
});
