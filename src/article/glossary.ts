// The glossary: the terms of "ChatGPT 与 AIGC 简问乱答" that AIGC Lens marks on web pages, each with the
// article's passages about it (by sentence id, best first). Glosses are our own one-line explanations.
//
// Alias conventions (the matcher in src/core implements them; tests/unit/article/glossary.test.ts checks them):
// - `en` holds Latin-script forms. Latin aliases match only where no Latin letter, digit or `_` touches them;
//   a space matches any run of white space. Acronyms are `caseSensitive`. Spacing/hyphen variants are
//   listed explicitly ("GPT-3", "GPT3", "GPT 3").
// - `zh-Hans` holds Simplified forms (they may contain Latin letters: 生成式AI). Latin aliases are not
//   repeated here: they match in Chinese text too (自从ChatGPT火了, A100显卡).
// - `zh-Hant` holds only hand-added Traditional variants whose usage differs from the mechanical
//   conversion (opencc cn → twp) of the zh-Hans aliases, which is generated at build time; e.g.
//   参数量 converts to 引數量, so 參數量 is added by hand.
// - No alias belongs to two terms; the longest match wins at run time ("Google Bard" is Bard, "Google" is
//   Google; "reinforcement learning from human feedback" is RLHF, "reinforcement learning" is RL).
//
// Left out on purpose (too generic to annotate usefully on every page, or too ambiguous):
// - AI / 人工智能, 模型 (model), 数据 (data), 训练 (training), 芯片 (chip), 自然语言 (natural language):
//   they occur on nearly every AI page and the article says nothing specific about them. (AI, 人工智能 and
//   a few such words are topic cues instead, at the end of this file: evidence, never marked.)
// - 推理 (inference): in Chinese it just as often means "reasoning" (推理能力) or detective fiction
//   (推理小说); marking it would mislabel. Covered where it matters by inference-cost (推理成本).
// - The acronym "MAP" for maximum a posteriori: all-caps MAP means too many other things (shouting,
//   "minimum advertised price"); the spelled-out forms and 最大后验 stay.
// - 奇点 (singularity), 代差 (generational gap), 拟人智能 (human-like intelligence), 平替 (cheap stand-in),
//   2B/2C, "bad case", "coverage": used in passing or figuratively; an annotation would add little.
// - 正向闭环 / data flywheel (the RLHF feedback loop of A2): the article describes it without a fixed name,
//   so no alias would match reliably; the passage is reachable through rlhf, reward-model and aigc.
// - OpenAI: the article never names it, so there is no passage to show.
// - Hallucination (A7's 似是而非) and value alignment (the summary's 价值观引导): what the article discusses,
//   but it never names them, so no alias would find a passage; the notes of rag, probabilistic-model and
//   rlhf say so.
// - Data augmentation: A8's 训练数据增强 means better training data (the next sentence says 数据集), not
//   the augmentation technique; the passage belongs to training-data.
// - Generalisation (the summary's 外推能力, "extrapolation"): named once, inside the overfitting passage;
//   the overfitting gloss covers it.
import type { Alias, Excerpt, Term } from './types';

const POSSESSIVE = ["'s", '’s'] as const;

/** A case-sensitive Latin alias (acronyms, proper names whose lower-case form is a common word). */
function cs(text: string, ...suffixes: string[]): Alias {
  return suffixes.length > 0 ? { text, caseSensitive: true, suffixes } : { text, caseSensitive: true };
}

/** A case-insensitive Latin alias. */
function ci(text: string, ...suffixes: string[]): Alias {
  return suffixes.length > 0 ? { text, suffixes } : { text };
}

/** A Han alias (matches anywhere). */
function han(...texts: string[]): Alias[] {
  return texts.map((text) => ({ text }));
}

type SenseRule = Pick<Alias, 'notBefore' | 'notAfter' | 'hanNeighbour' | 'note'>;

/**
 * Aliases with other senses, or that say nothing of an AI topic on their own: marked only where the
 * page shows AI evidence (src/content/topic.ts). `rule` adds the contexts that rule a match out.
 */
function amb(aliases: Alias | readonly Alias[], rule: SenseRule = {}): Alias[] {
  return (Array.isArray(aliases) ? aliases : [aliases]).map((alias) => ({
    ...alias,
    ambiguous: true,
    ...rule,
  }));
}

/** Unambiguous aliases, except in the contexts `rule` names. */
function unless(aliases: Alias | readonly Alias[], rule: SenseRule): Alias[] {
  return (Array.isArray(aliases) ? aliases : [aliases]).map((alias) => ({ ...alias, ...rule }));
}

/** One excerpt: one to three consecutive sentence ids of one paragraph. */
function ex(...sentences: string[]): Excerpt {
  return { sentences };
}

export const glossary: readonly Term[] = [
  // ─── Models ───────────────────────────────────────────────────────────────
  {
    id: 'chatgpt',
    category: 'model',
    label: { en: 'ChatGPT', 'zh-Hans': 'ChatGPT', 'zh-Hant': 'ChatGPT' },
    gloss: {
      en: 'OpenAI’s chat assistant, a GPT large language model tuned with human feedback; the article’s starting point.',
      'zh-Hans': 'OpenAI 推出的对话助手:用人类反馈调优过的 GPT 大语言模型;本文讨论的起点。',
    },
    aliases: {
      en: [ci('ChatGPT', ...POSSESSIVE), ci('Chat GPT', ...POSSESSIVE), ci('Chat-GPT', ...POSSESSIVE)],
      'zh-Hans': [],
    },
    excerpts: [ex('sum.p1.s6'), ex('a1.p2.s2', 'a1.p2.s3'), ex('a7.p1.s1'), ex('a5.p1.s2')],
    related: ['llm', 'rlhf', 'instructgpt', 'search-engine', 'aigc'],
    negatives: ['chatgpt_api', 'ChatGPTx'],
  },
  {
    id: 'gpt-3',
    category: 'model',
    label: { en: 'GPT-3', 'zh-Hans': 'GPT-3', 'zh-Hant': 'GPT-3' },
    gloss: {
      en: 'OpenAI’s 2020 large language model with 175 billion parameters, trained on V100 GPUs; the article’s example of training cost.',
      'zh-Hans': 'OpenAI 2020 年发布的 1750 亿参数大语言模型,在 V100 GPU 上训练;文中用它说明训练成本。',
    },
    aliases: {
      en: unless([cs('GPT-3', ...POSSESSIVE), cs('GPT3', ...POSSESSIVE), cs('GPT 3', ...POSSESSIVE)], {
        // GPT-3.5 is another model.
        notBefore: ['.5'],
      }),
      'zh-Hans': [],
    },
    excerpts: [ex('a4.p2.s1')],
    related: ['175b-parameters', 'llm', 'a100', 'training-cost', 'pre-training'],
    negatives: ['GPT-35', 'GPT-30', 'gpt3', 'GPT3X', 'GPT-4'],
    note: '"GPT-3.5" is another model, so a decimal after the name rules the match out.',
  },
  {
    id: 'instructgpt',
    category: 'model',
    label: { en: 'InstructGPT', 'zh-Hans': 'InstructGPT', 'zh-Hant': 'InstructGPT' },
    gloss: {
      en: 'GPT-3 tuned with human feedback to follow instructions; ChatGPT has no paper of its own, so InstructGPT’s paper is the public account of its method.',
      'zh-Hans':
        '用人类反馈调优、学会听从指令的 GPT-3;ChatGPT 本身没有论文,InstructGPT 的论文是了解其方法的公开参照。',
    },
    aliases: { en: [ci('InstructGPT', ...POSSESSIVE), ci('Instruct GPT', ...POSSESSIVE)], 'zh-Hans': [] },
    excerpts: [ex('a5.p1.s2')],
    related: ['chatgpt', 'rlhf', 'gpt-3'],
  },
  {
    id: 'stable-diffusion',
    category: 'model',
    label: { en: 'Stable Diffusion', 'zh-Hans': 'Stable Diffusion', 'zh-Hant': 'Stable Diffusion' },
    gloss: {
      en: 'An open-weights text-to-image model (2022, Stability AI with CompVis and Runway): describe a picture in words and it generates it.',
      'zh-Hans':
        '开放权重的文生图模型(2022 年,Stability AI 与 CompVis、Runway 合作):用文字描述画面,它就生成出来。',
    },
    aliases: { en: [cs('Stable Diffusion', ...POSSESSIVE), cs('StableDiffusion')], 'zh-Hans': [] },
    excerpts: [ex('a2.p1.s2')],
    related: ['text-to-image', 'generative-ai', 'aigc', 'musiclm'],
    negatives: ['stable diffusion of heat', 'Unstable Diffusion'],
    note: 'Case-sensitive, so lower-case "stable diffusion" in physics or maths text is not marked. No Chinese alias: 稳定扩散 is rare for the model and common in physics.',
  },
  {
    id: 'musiclm',
    category: 'model',
    label: { en: 'MusicLM', 'zh-Hans': 'MusicLM', 'zh-Hant': 'MusicLM' },
    gloss: {
      en: 'Google’s research model that composes music from a text description.',
      'zh-Hans': 'Google 的研究模型,根据文字描述生成音乐。',
    },
    aliases: { en: [ci('MusicLM', ...POSSESSIVE)], 'zh-Hans': [] },
    excerpts: [ex('a2.p1.s3')],
    related: ['google', 'generative-ai', 'stable-diffusion'],
  },
  {
    id: 'bard',
    category: 'model',
    label: { en: 'Bard', 'zh-Hans': 'Bard', 'zh-Hant': 'Bard' },
    gloss: {
      en: 'Google’s chatbot reply to ChatGPT, announced in February 2023 and renamed Gemini in 2024; its hasty debut is the article’s cautionary tale.',
      'zh-Hans':
        'Google 于 2023 年 2 月宣布、用来回应 ChatGPT 的对话机器人,2024 年改名 Gemini;文中以它仓促亮相、示范出错为前车之鉴。',
    },
    aliases: {
      en: [
        ...amb(cs('Bard', ...POSSESSIVE), {
          notAfter: ['the ', 'Avon ', 'bard, '],
          notBefore: [' College', ' of Avon', "'s Tale", '’s Tale', ' High School'],
        }),
        ci('Google Bard', ...POSSESSIVE),
      ],
      'zh-Hans': [],
    },
    excerpts: [ex('a5.p2.s1', 'a5.p2.s2')],
    related: ['google', 'chatgpt', 'llm'],
    negatives: ['bard', 'Bardic', 'Bards', 'Lombard'],
    note: 'Case-sensitive: lower-case "bard" is a poet. Bare "Bard" needs an AI topic, and "the Bard" (Shakespeare), Bard College and The Bard’s Tale are never the chatbot; "Google Bard" always is.',
  },
  {
    id: 'llm',
    category: 'model',
    label: { en: 'Large language model (LLM)', 'zh-Hans': '大语言模型', 'zh-Hant': '大型語言模型' },
    gloss: {
      en: 'A neural network, usually with billions of parameters, trained on vast amounts of text to predict the next token; at scale it can write, translate and summarise, and once tuned with human feedback it can hold a conversation.',
      'zh-Hans':
        '在海量文本上训练、以预测下一个词元(token)为目标的神经网络,参数通常数以十亿计;规模足够大时能写作、翻译、总结,再经指令微调和人类反馈训练后才能与人对话。',
    },
    aliases: {
      en: [
        ...amb(cs('LLM', 's', ...POSSESSIVE), {
          // The Master of Laws degree, written without its dots.
          notBefore: [
            ' program',
            ' degree',
            ' candidate',
            ' graduate',
            ' student',
            ' in tax',
            ' in taxation',
            ' in international',
            ' in human rights',
            ' (master',
          ],
          notAfter: ['laws (', 'law (', 'laws, ', 'jd/', 'jd and '],
        }),
        ci('large language model', 's'),
        ci('large-language model', 's'),
        ci('large-language-model', 's'),
        ci('large-scale language model', 's'),
      ],
      'zh-Hans': han('大语言模型', '大型语言模型', '大规模语言模型', '语言大模型'),
    },
    excerpts: [ex('a8.p1.s1', 'a8.p1.s2'), ex('sum.p1.s6'), ex('a9.p1.s6'), ex('a8.p1.s3')],
    related: ['chatgpt', 'gpt-3', 'large-model', 'emergent-abilities', 'nlp'],
    negatives: ['LLaMA', 'llm', 'LLMOps', 'ALLM'],
  },
  {
    id: 'large-model',
    category: 'model',
    label: { en: 'Large model', 'zh-Hans': '大模型', 'zh-Hant': '大模型' },
    gloss: {
      en: 'Chinese industry shorthand for very large neural networks, language or otherwise, with billions of parameters; roughly what English writers call a foundation model.',
      'zh-Hans':
        '中文业界对数十亿参数以上超大神经网络的统称,不限于语言模型;大致相当于英文所说的基础模型(foundation model)。',
    },
    aliases: {
      en: amb(ci('large model', 's')),
      'zh-Hans': amb(han('大模型'), { notAfter: ['扩', '放', '巨'] }),
    },
    excerpts: [ex('q4.s1'), ex('q5.s1'), ex('q9.s1')],
    related: ['llm', 'parameter-count', 'compute', 'training-cost'],
    negatives: ['large modelling', 'large language model'],
    note: 'The Chinese catch-all 大模型; only the questions use it, so the excerpts are question sentences. Ambiguous: English "large model" is also a scale model, and 大模型 sits inside 扩大模型/放大模型 or means a big physical model; AI pages always show other terms.',
  },

  // ─── Organisations (and the Bing product) ────────────────────────────────
  {
    id: 'google',
    category: 'organization',
    label: { en: 'Google', 'zh-Hans': '谷歌', 'zh-Hant': 'Google' },
    gloss: {
      en: 'The US search and advertising company: here a search rival, and maker of MusicLM and Bard.',
      'zh-Hans': '美国搜索与广告公司;文中以搜索引擎竞争者、MusicLM 与 Bard 的开发者身份出现。',
    },
    // The companies are named in their own sense on every kind of page; the article's passages are about
    // their AI moves, so they are marked only where the page is about AI.
    aliases: { en: amb(ci('Google', ...POSSESSIVE)), 'zh-Hans': amb(han('谷歌')) },
    excerpts: [ex('a1.p1.s4'), ex('a2.p1.s3'), ex('q1.s1')],
    related: ['bard', 'musiclm', 'search-engine', 'microsoft'],
    negatives: ['Googol', 'Googleplex', 'googled'],
  },
  {
    id: 'microsoft',
    category: 'organization',
    label: { en: 'Microsoft', 'zh-Hans': '微软', 'zh-Hant': '微軟' },
    gloss: {
      en: 'The US software company and OpenAI’s main backer; in February 2023 it put OpenAI’s models into its Bing search engine.',
      'zh-Hans':
        '美国软件公司,OpenAI 的主要投资方;2023 年 2 月把 OpenAI 的模型接入旗下的必应(Bing)搜索引擎。',
    },
    aliases: { en: amb(ci('Microsoft', ...POSSESSIVE)), 'zh-Hans': amb(han('微软')) },
    excerpts: [ex('q1.s1')],
    related: ['bing', 'search-engine', 'google', 'chatgpt'],
  },
  {
    id: 'bing',
    category: 'organization',
    label: { en: 'Bing', 'zh-Hans': '必应', 'zh-Hant': 'Bing' },
    gloss: {
      en: 'Microsoft’s search engine, the first major one to add ChatGPT-style chat (February 2023).',
      'zh-Hans': '微软的搜索引擎,2023 年 2 月率先接入 ChatGPT 式的对话。',
    },
    aliases: {
      en: amb(cs('Bing', ...POSSESSIVE), { notBefore: [' Crosby', ' Xin'] }),
      // 有求必应 ("every prayer answered") and 召之必应 are idioms on temple and shop pages.
      'zh-Hans': amb(han('必应'), { notAfter: ['求', '召之'] }),
    },
    excerpts: [ex('a4.p4.s2'), ex('a1.p1.s4')],
    related: ['microsoft', 'search-engine', 'chatgpt', 'google'],
    negatives: ['binge', 'Bingo', 'bing', 'Bingley'],
    note: 'A product, not a company: filed under organization, as there is no product category. Case-sensitive, so "bing" and "binge" are not marked.',
  },
  {
    id: 'baidu',
    category: 'organization',
    label: { en: 'Baidu', 'zh-Hans': '百度', 'zh-Hant': '百度' },
    gloss: {
      en: 'China’s largest search company; the article rates it best placed among Chinese firms to build a ChatGPT.',
      'zh-Hans': '中国最大的搜索公司;文中认为它在国内企业中最有条件做出 ChatGPT。',
    },
    aliases: {
      en: amb(ci('Baidu', ...POSSESSIVE)),
      // 众里寻他千百度, the line of poetry the company is named after; 一百度 is a hundred degrees.
      'zh-Hans': amb(han('百度'), { notAfter: ['千', '一', '两'] }),
    },
    excerpts: [ex('a5.p3.s1'), ex('a5.p4.s1'), ex('q10.s1'), ex('a1.p1.s4')],
    related: ['search-engine', 'nlp', 'chatgpt', 'alibaba', 'tencent'],
  },
  {
    id: 'alibaba',
    category: 'organization',
    label: { en: 'Alibaba', 'zh-Hans': '阿里巴巴', 'zh-Hant': '阿里巴巴' },
    gloss: {
      en: 'China’s e-commerce giant; the article notes its data is mostly shopping behaviour, not knowledge-rich text.',
      'zh-Hans': '中国电商巨头;文中指出它的数据多是购物行为数据,缺少知识性文本。',
    },
    aliases: {
      en: amb(ci('Alibaba', ...POSSESSIVE)),
      'zh-Hans': [
        ...amb(han('阿里巴巴')),
        // 阿里山 (Alishan), 阿里郎 (Arirang), 阿里地区 (Ngari) and transliterated names (穆罕默德·阿里).
        ...amb(han('阿里'), {
          notBefore: ['山', '郎', '地区', '斯', '·', '・', '•'],
          notAfter: ['·', '・', '•', '穆罕默德', '默罕默德'],
        }),
      ],
    },
    excerpts: [ex('a5.p3.s2')],
    related: ['baidu', 'tencent', 'huawei', 'large-model'],
    note: 'The article says 阿里, the everyday short name, so it is an alias; 阿里山 (Alishan), 阿里郎 and transliterated names are ruled out by context, and the topic rule decides the rest.',
  },
  {
    id: 'huawei',
    category: 'organization',
    label: { en: 'Huawei', 'zh-Hans': '华为', 'zh-Hant': '華為' },
    gloss: {
      en: 'Chinese telecom and chip maker; the article rates its language data as thinner still than Alibaba’s.',
      'zh-Hans': '中国通信与芯片企业;文中认为它的语言数据积累比阿里还弱。',
    },
    aliases: { en: amb(ci('Huawei', ...POSSESSIVE)), 'zh-Hans': amb(han('华为')) },
    excerpts: [ex('a5.p3.s2', 'a5.p3.s3')],
    related: ['alibaba', 'baidu', 'tencent'],
    note: 'The article gives it three words (华为更甚), so the excerpt starts one sentence earlier, with Alibaba, which 更甚 compares it to.',
  },
  {
    id: 'tencent',
    category: 'organization',
    label: { en: 'Tencent', 'zh-Hans': '腾讯', 'zh-Hant': '騰訊' },
    gloss: {
      en: 'Chinese social-media and gaming company (WeChat, QQ): plenty of text, but private and thin on knowledge.',
      'zh-Hans': '中国社交与游戏公司(微信、QQ):文本多,但属私域且知识密度低。',
    },
    aliases: { en: amb(ci('Tencent', ...POSSESSIVE)), 'zh-Hans': amb(han('腾讯')) },
    excerpts: [ex('a5.p3.s4')],
    related: ['baidu', 'alibaba', 'zhihu', 'corpus'],
  },
  {
    id: 'zhihu',
    category: 'organization',
    label: { en: 'Zhihu', 'zh-Hans': '知乎', 'zh-Hant': '知乎' },
    gloss: {
      en: 'China’s largest question-and-answer community, cited as a source of knowledge-dense text.',
      'zh-Hans': '中国最大的问答社区,文中以它作为知识密度高的文本来源的例子。',
    },
    aliases: { en: amb(ci('Zhihu', ...POSSESSIVE)), 'zh-Hans': amb(han('知乎')) },
    excerpts: [ex('a5.p3.s4')],
    related: ['tencent', 'corpus', 'search-engine'],
    note: 'Named once, as a yardstick of text quality; in because Chinese tech pages cite it constantly.',
  },
  {
    id: 'nvidia',
    category: 'organization',
    label: { en: 'NVIDIA', 'zh-Hans': '英伟达', 'zh-Hant': '輝達' },
    gloss: {
      en: 'The US chip company whose GPUs (A100, H100) train most large models; "NV" in the article.',
      'zh-Hans': '美国芯片公司,其 GPU(A100、H100)承担了大多数大模型的训练;文中简称 NV。',
    },
    aliases: {
      en: amb(ci('NVIDIA', ...POSSESSIVE)),
      // NV is also Nevada ("Las Vegas, NV 89109") and night vision: only next to Chinese text.
      'zh-Hans': [...amb(han('英伟达')), ...amb(cs('NV'), { hanNeighbour: true })],
      // Hong Kong writes 英偉達; the conversion gives the Taiwan 輝達.
      'zh-Hant': amb(han('英偉達')),
    },
    excerpts: [ex('a9.p1.s5')],
    related: ['gpu', 'a100', 'h100', 'nvlink'],
    negatives: ['NVLink', 'ENV', 'nv', 'NVMe'],
    note: '"NV" is the Chinese writers’ shorthand the article uses (最近NV在H100上), so it sits with the zh-Hans aliases, case-sensitive, and matches only next to a Han character. 英伟达 converts to the Taiwan name 輝達 on its own.',
  },

  // ─── Hardware ─────────────────────────────────────────────────────────────
  {
    id: 'gpu',
    category: 'hardware',
    label: { en: 'GPU', 'zh-Hans': 'GPU', 'zh-Hant': 'GPU' },
    gloss: {
      en: 'Graphics processing unit: a chip with thousands of small cores, now the workhorse of training and running AI.',
      'zh-Hans': '图形处理器:拥有成千上万个小核心的芯片,如今是训练和运行 AI 的主力。',
    },
    aliases: {
      // Gaming and hardware pages use these in their own (right) sense, but not about AI.
      en: amb([ci('GPU', 's', ...POSSESSIVE), ci('graphics processing unit', 's')]),
      'zh-Hans': amb(han('图形处理器', '显卡', '图形处理单元')),
      'zh-Hant': amb(han('顯卡', '繪圖處理器')),
    },
    excerpts: [ex('a4.p3.s2'), ex('a4.p2.s2')],
    related: ['a100', 'h100', 'nvidia', 'compute'],
    negatives: ['eGPU', 'GPUDirect', 'gpu_id'],
    note: '显卡 (graphics card) is the everyday Chinese word for the hardware; it converts to the Taiwan 顯示卡, and 顯卡 is added for Hong Kong and colloquial use. "GPU" is case-insensitive: "gpus" in running prose is the same word, and no other word is spelled so.',
  },
  {
    id: 'a100',
    category: 'hardware',
    label: { en: 'NVIDIA A100', 'zh-Hans': 'A100', 'zh-Hant': 'A100' },
    gloss: {
      en: 'NVIDIA’s 2020 data-centre GPU; the article cites an estimate that training GPT-3 would take 1,024 of them 34 days (GPT-3 itself was trained on the older V100).',
      'zh-Hans':
        '英伟达 2020 年的数据中心 GPU;文中引用的估算是用 1024 块 A100 训练 GPT-3 约需 34 天(GPT-3 本身是在更早的 V100 上训练的)。',
    },
    aliases: { en: amb(cs('A100', 's'), { note: 'Also the A100 road in London.' }), 'zh-Hans': [] },
    excerpts: [ex('a4.p2.s1')],
    related: ['gpu', 'nvidia', 'h100', 'gpt-3', 'training-cost'],
    negatives: ['A1000', 'RA100', 'a100', 'A100X'],
  },
  {
    id: 'h100',
    category: 'hardware',
    label: { en: 'NVIDIA H100', 'zh-Hans': 'H100', 'zh-Hant': 'H100' },
    gloss: {
      en: 'NVIDIA’s 2022 successor to the A100: its HBM3 memory eases the memory wall, and faster NVLink (900 GB/s) the interconnect wall.',
      'zh-Hans':
        '英伟达 2022 年推出的 A100 后继者:HBM3 高带宽内存缓解内存墙,更快的 NVLink(900 GB/s)缓解互联墙。',
    },
    aliases: {
      en: amb(cs('H100', 's'), { note: 'Also a model number of cameras and appliances.' }),
      'zh-Hans': [],
    },
    excerpts: [ex('a9.p1.s5')],
    related: ['nvlink', 'a100', 'nvidia', 'memory-wall', 'interconnect-wall'],
    negatives: ['H1000', 'h100', 'SH100'],
  },
  {
    id: 'nvlink',
    category: 'hardware',
    label: { en: 'NVLink', 'zh-Hans': 'NVLink', 'zh-Hant': 'NVLink' },
    gloss: {
      en: 'NVIDIA’s high-bandwidth link between GPUs, so that many chips can work as one.',
      'zh-Hans': '英伟达的 GPU 间高带宽互联,让多块芯片像一块那样协同工作。',
    },
    aliases: {
      en: amb(ci('NVLink', ...POSSESSIVE), { note: 'Also on gaming and workstation pages.' }),
      'zh-Hans': [],
    },
    excerpts: [ex('a9.p1.s5')],
    related: ['interconnect-wall', 'h100', 'nvidia', 'gpu'],
  },
  {
    id: 'memory-wall',
    category: 'hardware',
    label: { en: 'Memory wall', 'zh-Hans': '内存墙', 'zh-Hant': '記憶體牆' },
    gloss: {
      en: 'When memory capacity and bandwidth, not arithmetic speed, are what hold a chip back.',
      'zh-Hans': '芯片性能的瓶颈不在计算速度,而在内存容量和带宽。',
    },
    aliases: {
      en: amb(ci('memory wall', 's'), { note: 'Also a wall of photographs at a memorial.' }),
      'zh-Hans': han('内存墙', '存储墙'),
    },
    excerpts: [ex('a9.p1.s5')],
    related: ['interconnect-wall', 'h100', 'compute', 'gpu'],
  },
  {
    id: 'interconnect-wall',
    category: 'hardware',
    label: { en: 'Interconnect wall', 'zh-Hans': '互联墙', 'zh-Hant': '互連牆' },
    gloss: {
      en: 'When the links between chips are too slow, so that adding chips no longer speeds things up.',
      'zh-Hans': '芯片之间的连接太慢,增加芯片也不再能提速。',
    },
    aliases: {
      en: [ci('interconnect wall', 's')],
      'zh-Hans': han('互联墙', '通信墙', '互连墙'),
    },
    excerpts: [ex('a9.p1.s5')],
    related: ['memory-wall', 'nvlink', 'h100'],
  },

  // ─── Techniques ───────────────────────────────────────────────────────────
  {
    id: 'rlhf',
    category: 'technique',
    label: {
      en: 'Reinforcement learning from human feedback (RLHF)',
      'zh-Hans': '基于人类反馈的强化学习',
      'zh-Hant': '基於人類回饋的強化學習',
    },
    gloss: {
      en: 'People rank the model’s answers, a reward model learns their taste, and the model is tuned to please it.',
      'zh-Hans': '人对模型的回答排序,奖励模型学会这种偏好,再据此调优模型。',
    },
    aliases: {
      en: [
        cs('RLHF'),
        ci('reinforcement learning from human feedback'),
        ci('reinforcement learning with human feedback'),
        ci('reinforcement learning through human feedback'),
        ci('RL from human feedback'),
      ],
      'zh-Hans': han(
        '基于人类反馈的强化学习',
        '基于人类反馈的增强学习',
        '人类反馈强化学习',
        '人类反馈的强化学习',
      ),
      'zh-Hant': han('基於人類回饋的強化學習', '人類回饋強化學習', '人類回饋的強化學習'),
    },
    excerpts: [ex('a2.p3.s3', 'a2.p3.s4'), ex('sum.p1.s6')],
    related: ['reward-model', 'reinforcement-learning', 'chatgpt', 'instructgpt'],
    negatives: ['rlhf', 'RLHFX'],
    note: 'Taiwan writes 回饋 for feedback where the conversion keeps 反饋, hence the zh-Hant extras. What sum.p1.s6 calls 价值观引导 is what English writers call value alignment; the article never names it, so it is no term of its own.',
  },
  {
    id: 'reinforcement-learning',
    category: 'technique',
    label: { en: 'Reinforcement learning', 'zh-Hans': '强化学习', 'zh-Hant': '強化學習' },
    gloss: {
      en: 'Learning by trial and error: act, receive a reward or penalty, and adjust to earn more reward.',
      'zh-Hans': '在试错中学习:采取行动、得到奖励或惩罚,再调整以获得更多奖励。',
    },
    aliases: {
      en: [ci('reinforcement learning')],
      'zh-Hans': [
        // Government and school pages: 强化学习教育 ("step up study"), 增强学习兴趣 ("boost interest in learning").
        ...unless(han('强化学习'), { notBefore: ['教育', '培训', '意识', '贯彻', '宣传', '制度'] }),
        ...amb(han('增强学习'), {
          notBefore: ['兴趣', '效果', '动力', '自信', '积极性', '氛围', '能力', '主动性', '热情', '效率'],
        }),
      ],
    },
    excerpts: [ex('a2.p3.s4')],
    related: ['rlhf', 'reward-model', 'machine-learning'],
    note: 'The article says 增强学习, an older name for 强化学习; both are aliases. It discusses RL only as part of RLHF, so the one excerpt is the RLHF sentence; kept because RL is the mechanism the RLHF card leans on. 增强学习 is also everyday Chinese for "boost learning", so it needs an AI topic; 强化学习 is the standard term and needs only its context rules.',
  },
  {
    id: 'reward-model',
    category: 'technique',
    label: { en: 'Reward model', 'zh-Hans': '奖励模型', 'zh-Hant': '獎勵模型' },
    gloss: {
      en: 'A model trained on people’s rankings of answers to score new answers; RLHF uses its score as the reward.',
      'zh-Hans': '用人对回答的排序训练、为新回答打分的模型;RLHF 把它的分数当作奖励。',
    },
    aliases: { en: [ci('reward model', 's')], 'zh-Hans': han('奖励模型', '奖赏模型') },
    excerpts: [ex('a2.p3.s3', 'a2.p3.s4')],
    related: ['rlhf', 'reinforcement-learning'],
  },
  {
    id: 'rag',
    category: 'technique',
    label: {
      en: 'Retrieval-augmented generation (RAG)',
      'zh-Hans': '检索增强生成',
      'zh-Hant': '檢索增強生成',
    },
    gloss: {
      en: 'Retrieval-augmented generation: look the facts up first, then let the model answer with them.',
      'zh-Hans': '检索增强生成:先查出相关事实,再让模型依据这些事实作答。',
    },
    aliases: {
      en: [
        // Also the red/amber/green status of project reports, and RAG week.
        ...amb(cs('RAG', 's', ...POSSESSIVE), { notBefore: [' status', ' rating', ' week', ' rag'] }),
        ci('retrieval-augmented generation'),
        ci('retrieval augmented generation'),
        ci('retrieval-augmented'),
        ci('retrieval augmented'),
        ci('retrieval augmentation'),
      ],
      'zh-Hans': han('检索增强生成', '检索增强的生成', '检索增强'),
      'zh-Hant': han('擷取增強生成', '擷取擴增生成'),
    },
    excerpts: [ex('a7.p2.s2', 'a7.p2.s3')],
    related: ['fact-store', 'llm', 'probabilistic-model', 'search-engine'],
    note: 'The article offers it as the cure for answers that are 似是而非 (plausible but false), what is now called hallucination; it never uses that word, so hallucination is no term of its own.',
    negatives: ['rag', 'drag', 'paragraph', 'RAGE', 'Rag'],
  },
  {
    id: 'pre-training',
    category: 'technique',
    label: { en: 'Pre-training', 'zh-Hans': '预训练', 'zh-Hant': '預訓練' },
    gloss: {
      en: 'The first and costliest stage: training a model on a huge general corpus before any task-specific tuning.',
      'zh-Hans': '最初也最昂贵的阶段:在针对具体任务调整之前,先用海量通用语料训练模型。',
    },
    aliases: {
      en: [ci('pre-training'), ci('pretraining'), ci('pre-train', 's', 'ed'), ci('pretrain', 's', 'ed')],
      'zh-Hans': han('预训练'),
    },
    excerpts: [ex('a4.p2.s1')],
    related: ['training-cost', 'corpus', 'gpt-3', 'llm'],
    negatives: ['pre-trainer', 'pretrainee'],
  },
  {
    id: 'nlp',
    category: 'technique',
    label: { en: 'Natural language processing (NLP)', 'zh-Hans': '自然语言处理', 'zh-Hant': '自然語言處理' },
    gloss: {
      en: 'The field of getting computers to understand and produce human language.',
      'zh-Hans': '让计算机理解和生成人类语言的技术领域。',
    },
    aliases: {
      en: [
        // Also neuro-linguistic programming on coaching pages.
        ...amb(cs('NLP'), { notBefore: [' practitioner', ' coach', ' master practitioner', ' technique'] }),
        ci('natural language processing'),
        ci('natural-language processing'),
      ],
      'zh-Hans': han('自然语言处理'),
    },
    excerpts: [ex('a5.p3.s1'), ex('a5.p4.s1'), ex('a5.p3.s2')],
    related: ['llm', 'baidu', 'search-engine'],
    negatives: ['nlp', 'NLPCC', 'Nlp'],
  },
  {
    id: 'natural-language-generation',
    category: 'technique',
    label: {
      en: 'Natural-language generation (NLG)',
      'zh-Hans': '自然语言生成',
      'zh-Hant': '自然語言生成',
    },
    gloss: {
      en: 'Producing fluent human language from data or a prompt: the half of NLP that AI long did badly.',
      'zh-Hans': '由数据或提示写出通顺的人类语言:AI 长期做不好的那一半自然语言处理。',
    },
    aliases: {
      // NLG is also the Dutch guilder and a company name or two.
      en: [ci('natural-language generation'), ci('natural language generation'), ...amb(cs('NLG'))],
      'zh-Hans': han('自然语言生成'),
    },
    excerpts: [ex('sum.p1.s4', 'sum.p1.s5')],
    related: ['nlp', 'llm', 'generative-ai', 'chatgpt'],
    negatives: ['nlg', 'NLGA'],
    note: 'The summary’s central complaint about earlier AI (strong at computing, weak at expressing), which ChatGPT answers.',
  },
  {
    id: 'information-retrieval',
    category: 'technique',
    label: { en: 'Information retrieval', 'zh-Hans': '信息检索', 'zh-Hant': '資訊檢索' },
    gloss: {
      en: 'Finding the documents that match a query, as search engines do; the article calls today’s results pages a yellow-pages stopgap.',
      'zh-Hans': '按查询找出相关文档,搜索引擎做的就是这件事;文中把如今的结果页比作过渡性的黄页。',
    },
    // A field of its own (libraries, search), not a sign of an AI topic.
    aliases: { en: amb(ci('information retrieval')), 'zh-Hans': amb(han('信息检索')) },
    excerpts: [ex('a1.p1.s2')],
    related: ['search-engine', 'question-answering', 'rag'],
  },
  {
    id: 'text-to-image',
    category: 'technique',
    label: { en: 'Text-to-image', 'zh-Hans': '文生图', 'zh-Hant': '文生圖' },
    gloss: {
      en: 'Generating a picture from a written description of it.',
      'zh-Hans': '根据一段文字描述生成图片。',
    },
    aliases: {
      en: [ci('text-to-image'), ci('text to image')],
      'zh-Hans': han('文生图', '文本生成图像', '文字生成图像'),
    },
    excerpts: [ex('a2.p1.s2')],
    related: ['stable-diffusion', 'generative-ai', 'aigc'],
  },
  {
    id: 'machine-learning',
    category: 'technique',
    label: { en: 'Machine learning', 'zh-Hans': '机器学习', 'zh-Hant': '機器學習' },
    gloss: {
      en: 'Getting computers to learn patterns from data instead of following hand-written rules.',
      'zh-Hans': '让计算机从数据中学习规律,而不是照手写的规则办事。',
    },
    aliases: { en: [ci('machine learning')], 'zh-Hans': han('机器学习') },
    excerpts: [ex('a3.p1.s2')],
    related: ['reinforcement-learning', 'probabilistic-model', 'overfitting'],
    note: 'Broad, but the article makes a specific point: games chase popular taste, which is what statistics-based machine learning is good at.',
  },
  {
    id: 'maximum-likelihood',
    category: 'technique',
    label: { en: 'Maximum likelihood', 'zh-Hans': '最大似然', 'zh-Hant': '最大概似' },
    gloss: {
      en: 'Choosing the explanation under which what you observed is most probable.',
      'zh-Hans': '选择能让观测结果出现概率最大的那个解释。',
    },
    aliases: {
      en: [ci('maximum likelihood'), ci('maximum-likelihood')],
      'zh-Hans': han('最大似然', '极大似然'),
      'zh-Hant': han('最大概似'),
    },
    excerpts: [ex('a7.p1.s1')],
    related: ['maximum-a-posteriori', 'probabilistic-model'],
    negatives: ['mle', 'MLEX', 'MLE', 'Senior MLE'],
    note: 'Taiwan textbooks say 最大概似, which the conversion does not produce. The acronym MLE is not an alias: on AI pages it is mostly a Machine Learning Engineer.',
  },
  {
    id: 'maximum-a-posteriori',
    category: 'technique',
    label: { en: 'Maximum a posteriori (MAP)', 'zh-Hans': '最大后验', 'zh-Hant': '最大後驗' },
    gloss: {
      en: 'Like maximum likelihood, but also weighing how plausible each explanation was beforehand.',
      'zh-Hans': '与最大似然类似,但还考虑每个解释事先有多可信。',
    },
    aliases: {
      en: [ci('maximum a posteriori'), ci('maximum-a-posteriori')],
      'zh-Hans': han('最大后验', '极大后验'),
    },
    excerpts: [ex('a7.p1.s1')],
    related: ['maximum-likelihood', 'probabilistic-model'],
    negatives: ['MAP', 'a posteriori'],
    note: 'The acronym MAP is deliberately not an alias: all-caps MAP means too many other things.',
  },

  // ─── Concepts ─────────────────────────────────────────────────────────────
  {
    id: 'aigc',
    category: 'concept',
    label: {
      en: 'AIGC (AI-generated content)',
      'zh-Hans': 'AIGC(人工智能生成内容)',
      'zh-Hant': 'AIGC(人工智慧生成內容)',
    },
    gloss: {
      en: 'AI-generated content: text, images, audio or code made by generative models; the Chinese industry’s umbrella word.',
      'zh-Hans': '人工智能生成内容:由生成式模型产出的文字、图像、音频或代码;中文业界的统称。',
    },
    aliases: {
      en: [cs('AIGC'), ci('AI-generated content'), ci('AI generated content')],
      'zh-Hans': han('人工智能生成内容', 'AI生成内容'),
    },
    excerpts: [ex('a2.p3.s3', 'a2.p3.s4'), ex('a3.p1.s3', 'a3.p1.s4'), ex('a3.p1.s5'), ex('q2.s1')],
    related: ['generative-ai', 'chatgpt', 'stable-diffusion', 'npc', 'rlhf'],
    negatives: ['aigc', 'MAIGC', 'AIGCX'],
  },
  {
    id: 'generative-ai',
    category: 'concept',
    label: { en: 'Generative AI', 'zh-Hans': '生成式 AI', 'zh-Hant': '生成式 AI' },
    gloss: {
      en: 'AI that creates new text, images, music or code, rather than only classifying or predicting.',
      'zh-Hans': '能创造新的文本、图像、音乐或代码的 AI,而不只是分类或预测。',
    },
    aliases: {
      en: [
        ci('generative AI'),
        ci('generative-AI'),
        ci('generative artificial intelligence'),
        ci('GenAI'),
        ci('Gen AI'),
        ci('Gen-AI'),
      ],
      'zh-Hans': han('生成式AI', '生成式 AI', '生成式人工智能'),
    },
    excerpts: [ex('a2.p2.s2'), ex('a2.p1.s1'), ex('a2.p3.s1'), ex('a5.p1.s1')],
    related: ['aigc', 'creative-ai', 'chatgpt', 'stable-diffusion', 'musiclm'],
    negatives: ['degenerative AI', 'generative AIR'],
  },
  {
    id: 'creative-ai',
    category: 'concept',
    label: { en: 'Creative AI', 'zh-Hans': 'Creative AI', 'zh-Hant': 'Creative AI' },
    gloss: {
      en: 'Another name for generative AI, stressing art, music and writing.',
      'zh-Hans': '生成式 AI 的另一种叫法,强调绘画、音乐、写作等创作用途。',
    },
    aliases: { en: [cs('Creative AI')], 'zh-Hans': [] },
    excerpts: [ex('a2.p1.s1')],
    related: ['generative-ai', 'aigc'],
    negatives: ['creative AI'],
    note: 'Named once, as a synonym of generative AI. Case-sensitive to catch the name, not the adjective in "a creative AI tool".',
  },
  {
    id: 'emergent-abilities',
    category: 'concept',
    label: { en: 'Emergent abilities', 'zh-Hans': '涌现能力', 'zh-Hant': '湧現能力' },
    gloss: {
      en: 'Skills that appear only once a model passes a certain size and are absent from smaller versions (whether they really appear abruptly, or only look that way because of how they are measured, is debated).',
      'zh-Hans':
        '模型规模越过某个临界点后才出现、小模型所没有的能力(它们是真的突然出现,还是只因衡量方式而显得突然,尚有争论)。',
    },
    aliases: {
      en: [
        ci('emergent ability'),
        ci('emergent abilities'),
        ci('emergent capability'),
        ci('emergent capabilities'),
      ],
      'zh-Hans': han('涌现能力', '突现能力', '能力涌现'),
    },
    excerpts: [ex('sum.p1.s6')],
    related: ['llm', 'large-model', 'parameter-count'],
    note: 'The article says 突现能力; 涌现能力 is the more common Chinese term, so it is the label.',
  },
  {
    id: 'training-cost',
    category: 'concept',
    label: { en: 'Training cost', 'zh-Hans': '训练成本', 'zh-Hant': '訓練成本' },
    gloss: {
      en: 'What it takes to build a model once: hardware, electricity, data and engineers.',
      'zh-Hans': '把模型训练出来一次的花费:硬件、电费、数据和工程师。',
    },
    aliases: {
      // Also what a company spends on training its staff, or an athlete on training.
      en: amb([ci('training cost', 's'), ci('cost of training')]),
      'zh-Hans': amb(han('训练成本', '训练开销', '训练费用')),
    },
    excerpts: [ex('a4.p2.s1', 'a4.p2.s2')],
    related: ['inference-cost', 'gpt-3', 'a100', 'pre-training', 'compute'],
    note: 'A9’s 降低训练和推理成本 also speaks of it, but its Chinese has no 训练成本 string, so only A4 is an excerpt.',
  },
  {
    id: 'inference-cost',
    category: 'concept',
    label: { en: 'Inference cost', 'zh-Hans': '推理成本', 'zh-Hant': '推理成本' },
    gloss: {
      en: 'What each answer costs to compute once the model is built, paid again on every request.',
      'zh-Hans': '模型建成后每次作答所需的计算花费,每次请求都要再付一次。',
    },
    aliases: {
      en: [ci('inference cost', 's'), ci('cost of inference')],
      'zh-Hans': han('推理成本', '推理开销', '推理费用'),
      'zh-Hant': han('推論成本'),
    },
    excerpts: [ex('a4.p3.s1', 'a4.p3.s2'), ex('a9.p1.s6')],
    related: ['training-cost', 'turnaround-latency', 'gpu', 'compute'],
  },
  {
    id: 'turnaround-latency',
    category: 'concept',
    label: { en: 'Turnaround latency', 'zh-Hans': '周转延迟', 'zh-Hant': '週轉延遲' },
    gloss: {
      en: 'The time from sending a request to getting the whole answer back (also called turnaround time).',
      'zh-Hans': '从发出请求到拿回完整回答所用的时间(也称周转时间)。',
    },
    aliases: {
      en: [ci('turnaround latency'), ci('turn-around latency')],
      'zh-Hans': han('周转延迟'),
      'zh-Hant': han('周轉延遲'),
    },
    excerpts: [ex('a4.p3.s2')],
    related: ['inference-cost', 'gpu'],
  },
  {
    id: 'probabilistic-model',
    category: 'concept',
    label: { en: 'Probabilistic model', 'zh-Hans': '概率模型', 'zh-Hant': '機率模型' },
    gloss: {
      en: 'A model that outputs probabilities rather than certainties: ChatGPT picks probable words, not checked facts.',
      'zh-Hans': '输出概率而非确定答案的模型:ChatGPT 选的是概率高的词,而不是核实过的事实。',
    },
    aliases: {
      en: [ci('probabilistic model', 's'), ci('probability model', 's')],
      'zh-Hans': han('概率模型'),
      'zh-Hant': han('概率模型'),
    },
    excerpts: [ex('a7.p1.s1'), ex('q7.s1')],
    related: ['maximum-likelihood', 'maximum-a-posteriori', 'rag', 'chatgpt'],
    note: 'The conversion gives the Taiwan 機率模型; 概率模型 is kept for Hong Kong usage. The article’s worry, answers that are 似是而非 (plausible but false), is what is now called hallucination.',
  },
  {
    id: 'overfitting',
    category: 'concept',
    label: { en: 'Overfitting', 'zh-Hans': '过拟合', 'zh-Hant': '過度擬合' },
    gloss: {
      en: 'Learning the training data too closely, noise and all, so the model does badly on anything new: it fails to generalise.',
      'zh-Hans': '把训练数据(连同噪声)学得太死,遇到新情况就表现很差,即泛化能力不足。',
    },
    aliases: {
      en: [ci('overfitting'), ci('over-fitting'), ci('overfit', 's', 'ted')],
      'zh-Hans': han('过拟合', '过度拟合'),
      'zh-Hant': han('過適'),
    },
    excerpts: [ex('sum.p1.s4')],
    related: ['training-data', 'machine-learning'],
    negatives: ['overfitter', 'overfitness'],
  },
  {
    id: 'metaverse',
    category: 'concept',
    label: { en: 'Metaverse', 'zh-Hans': '元宇宙', 'zh-Hant': '元宇宙' },
    gloss: {
      en: 'A hoped-for shared, persistent virtual world where people meet and work as avatars.',
      'zh-Hans': '设想中人们以虚拟化身相聚、工作的持续共享虚拟世界。',
    },
    aliases: {
      en: amb(ci('metaverse', 's'), { note: 'A tech topic in its own right, not a sign of an AI one.' }),
      'zh-Hans': amb(han('元宇宙')),
    },
    excerpts: [ex('sum.p1.s1', 'sum.p1.s2', 'sum.p1.s3')],
    related: ['silicon-based-intelligence', 'npc'],
    note: 'Named once, in the summary: human-like machine intelligence is a precondition for any real metaverse. The excerpt starts two sentences earlier so that "此" has its referent.',
  },
  {
    id: 'npc',
    category: 'concept',
    label: { en: 'Non-player character (NPC)', 'zh-Hans': '非玩家角色', 'zh-Hant': '非玩家角色' },
    gloss: {
      en: 'A game character run by the computer rather than by a player.',
      'zh-Hans': '由电脑控制、而非玩家操控的游戏角色。',
    },
    aliases: {
      en: [
        // The National People's Congress on China-news and legal pages; 像个NPC, slang for a bystander.
        ...amb(cs('NPC', 's'), {
          notBefore: [
            ' standing committee',
            ' deputies',
            ' deputy',
            ' session',
            ' delegate',
            ' chairman',
            ' observer',
          ],
          notAfter: ['congress (', 'congress, ', '全国人大', '人大'],
        }),
        // Game pages use the term in its own sense, but not about AI.
        ...amb([ci('non-player character', 's'), ci('non-playable character', 's')]),
      ],
      'zh-Hans': amb(han('非玩家角色')),
    },
    excerpts: [ex('a3.p1.s4')],
    related: ['aigc', 'metaverse'],
    negatives: ['npc', 'Npc', 'NPCI'],
    note: 'Case-sensitive: lower-case "npc" is mostly internet slang for a person, not the game term.',
  },
  {
    id: 'search-engine',
    category: 'concept',
    label: { en: 'Search engine', 'zh-Hans': '搜索引擎', 'zh-Hant': '搜尋引擎' },
    gloss: {
      en: 'A service that finds information on the web; the article sees its end form as a question-answering assistant.',
      'zh-Hans': '在网上查找信息的服务;文中认为它的终极形态是信息问答助理。',
    },
    aliases: {
      en: amb(ci('search engine', 's', ...POSSESSIVE), { note: 'Every SEO and web page talks of them.' }),
      'zh-Hans': amb(han('搜索引擎')),
    },
    excerpts: [ex('a1.p1.s1', 'a1.p1.s2'), ex('a1.p2.s3', 'a1.p2.s4'), ex('a5.p3.s1'), ex('a4.p4.s3')],
    related: ['chatgpt', 'bing', 'google', 'baidu', 'rag'],
    negatives: ['search engineer', 'research engine'],
    note: 'Scoped to the article’s view: the ultimate search product is an information Q&A assistant, which ChatGPT-style models may finally deliver. "search engineer" (a job) is not marked.',
  },
  {
    id: 'question-answering',
    category: 'concept',
    label: { en: 'Question answering', 'zh-Hans': '问答系统', 'zh-Hant': '問答系統' },
    gloss: {
      en: 'Answering a question in natural language directly, instead of returning a list of links; the article’s end point for search.',
      'zh-Hans': '用自然语言直接回答问题,而不是给出一串链接;文中认为这是搜索的终点。',
    },
    aliases: {
      // Also a classroom skill; 问答系统 is also a help desk's FAQ software.
      en: amb([ci('question answering'), ci('question-answering')]),
      'zh-Hans': [...amb(han('问答系统')), ...han('问答助手', '问答助理', '智能问答', '自然问答')],
    },
    excerpts: [ex('a1.p1.s1'), ex('a1.p1.s3', 'a1.p1.s4')],
    related: ['search-engine', 'information-retrieval', 'chatgpt'],
    note: 'Bare 问答 (Q&A) is not an alias: it heads every FAQ page.',
  },
  {
    id: 'keyword-search',
    category: 'concept',
    label: { en: 'Keyword search', 'zh-Hans': '关键字搜索', 'zh-Hant': '關鍵字搜尋' },
    gloss: {
      en: 'Classic search that matches the words of a query; the article quotes an estimate that a chatbot answer costs ten times as much.',
      'zh-Hans': '按查询中的词匹配结果的传统搜索;文中引用的估计是,聊天机器人的一次回答成本是它的十倍以上。',
    },
    aliases: {
      // Every site's search box.
      en: amb(ci('keyword search', 'es')),
      'zh-Hans': amb(han('关键字搜索', '关键词搜索')),
    },
    excerpts: [ex('a9.p1.s6')],
    related: ['search-engine', 'inference-cost', 'llm'],
    note: 'The yardstick of the A9 cost comparison, a remark by Alphabet’s chairman John Hennessy (Reuters, 22 February 2023).',
  },
  {
    id: 'hci',
    category: 'concept',
    label: {
      en: 'Human–computer interaction (HCI)',
      'zh-Hans': '人机交互',
      'zh-Hant': '人機互動',
    },
    gloss: {
      en: 'How people and computers communicate: keyboards, screens, voice and now conversation.',
      'zh-Hans': '人与电脑之间如何沟通:键盘、屏幕、语音,如今还有对话。',
    },
    aliases: {
      // A field of its own, not a sign of an AI topic; HCI is also hyper-converged infrastructure.
      en: amb([ci('human-computer interaction'), ci('human–computer interaction'), cs('HCI')]),
      'zh-Hans': amb(han('人机交互')),
    },
    excerpts: [ex('a1.p2.s4')],
    related: ['search-engine', 'chatgpt', 'question-answering'],
    negatives: ['hci', 'HCIs'],
    note: 'The article expects conversation to become the default interface of search and of every interaction engine.',
  },
  {
    id: 'fact-store',
    category: 'concept',
    label: { en: 'Fact store (knowledge base)', 'zh-Hans': '事实库', 'zh-Hant': '事實庫' },
    gloss: {
      en: 'A store of checked facts that the system searches before the model answers; the retrieval half of RAG.',
      'zh-Hans': '存放已核实事实的库,模型作答前先在其中检索;RAG 的检索部分。',
    },
    aliases: {
      en: [
        ci('fact store', 's'),
        ci('fact base', 's'),
        // Every help centre has a "Knowledge Base" link: only on AI pages, where it is RAG's store.
        ...amb(ci('knowledge base', 's')),
        ci('retrieval store', 's'),
      ],
      'zh-Hans': [...han('事实库', '检索库'), ...amb(han('知识库'))],
    },
    excerpts: [ex('a7.p2.s2', 'a7.p2.s3')],
    related: ['rag', 'search-engine', 'probabilistic-model'],
    note: '知识库 / "knowledge base" are broader than the article’s 事实库, but name the same component in RAG writing, so they are marked where the page is about AI (help centres and enterprise software use them too); 检索库 is the article’s second name for it.',
  },
  {
    id: '175b-parameters',
    category: 'concept',
    label: { en: '175B parameters', 'zh-Hans': '1750 亿参数', 'zh-Hant': '1750 億參數' },
    gloss: {
      en: 'GPT-3’s size: 175 billion adjustable weights, the byword for “very large” in 2020–2023.',
      'zh-Hans': 'GPT-3 的规模:1750 亿个可调权重,2020–2023 年间“超大”的代名词。',
    },
    aliases: {
      en: [
        // "$175B", "Suite 175B".
        ...amb(cs('175B'), { notAfter: ['$', 'suite ', 'unit ', 'no. '] }),
        ci('175 billion parameter', 's'),
        ci('175-billion-parameter'),
        ci('175-billion parameter', 's'),
        ci('175 billion-parameter'),
      ],
      'zh-Hans': [
        ...han('1750亿参数', '1750 亿参数', '1750亿个参数', '1750 亿个参数'),
        // Bare 1750亿 is also a sum of money or a count of anything.
        ...amb(han('1750亿', '1750 亿'), {
          notBefore: ['美元', '元', '人民币', '日元', '欧元', '韩元', '港元', '台币'],
        }),
      ],
      'zh-Hant': han('1750億參數', '1750 億參數', '1750億個參數', '1750 億個參數'),
    },
    excerpts: [ex('a4.p2.s1')],
    related: ['gpt-3', 'parameter-count', 'large-model'],
    negatives: ['1175B', '175BC', '175b', '2175B'],
    note: 'Only as the article uses it (GPT-3’s size): "175B" and bare 1750亿 need an AI topic, and money and addresses are ruled out. The conversion turns 参数 into 引數, hence the hand-written 參數 forms.',
  },
  {
    id: 'parameter-count',
    category: 'concept',
    label: { en: 'Parameter count', 'zh-Hans': '参数量', 'zh-Hant': '參數量' },
    gloss: {
      en: 'How many trainable weights a model has, the usual yardstick of its size.',
      'zh-Hans': '模型中可训练权重的数量,衡量模型规模的常用尺度。',
    },
    aliases: {
      // A function's "number of parameters" in programming, an engineering 参数量.
      en: amb([ci('parameter count', 's'), ci('number of parameters')]),
      'zh-Hans': amb(han('参数量', '参数规模', '参数数量')),
      'zh-Hant': amb(han('參數量', '參數規模', '參數數量')),
    },
    excerpts: [ex('q9.s1')],
    related: ['large-model', '175b-parameters', 'compute'],
    note: 'The conversion gives 引數量 (opencc reads 参数 as a programming "argument"); 參數量 is what Taiwan writes about models.',
  },
  {
    id: 'compute',
    category: 'concept',
    label: { en: 'Computing power', 'zh-Hans': '算力', 'zh-Hant': '算力' },
    gloss: {
      en: 'The raw calculating capacity of hardware, the chief resource that large models consume.',
      'zh-Hans': '硬件的原始计算能力,大模型消耗的首要资源。',
    },
    aliases: {
      en: amb([ci('computing power'), ci('compute power')]),
      'zh-Hans': han('算力'),
      'zh-Hant': han('運算力'),
    },
    excerpts: [ex('a9.p1.s5'), ex('a4.p3.s2'), ex('q9.s1'), ex('q4.s1')],
    related: ['gpu', 'memory-wall', 'large-model', 'training-cost'],
    note: 'English "compute" is not an alias (as a verb it is everywhere), so en.ts writes "computing power" wherever the Chinese says 算力. The answer (a9.p1.s5) ranks before the questions.',
  },
  {
    id: 'corpus',
    category: 'concept',
    label: { en: 'Corpus', 'zh-Hans': '语料库', 'zh-Hant': '語料庫' },
    gloss: {
      en: 'The body of text a language model is trained on.',
      'zh-Hans': '训练语言模型所用的文本集合。',
    },
    aliases: {
      // Habeas corpus, Corpus Christi, a writer's body of work.
      en: amb([ci('corpus'), ci('corpora')], {
        notAfter: ['habeas ', 'corpus ', 'delicti ', 'corpus christi '],
        notBefore: [' christi', ' juris', ' delicti', ' callosum', ' luteum'],
      }),
      'zh-Hans': han('语料', '语料库'),
    },
    excerpts: [ex('a4.p2.s1'), ex('a5.p3.s4'), ex('a1.p2.s4')],
    related: ['training-data', 'pre-training', 'tencent'],
    negatives: ['corpuscle', 'corporal'],
    note: 'English "corpus" needs an AI topic (legal, anatomical and literary senses); habeas corpus and Corpus Christi are ruled out by context. 语料 is only ever linguistic.',
  },
  {
    id: 'training-data',
    category: 'concept',
    label: { en: 'Training data', 'zh-Hans': '训练数据', 'zh-Hant': '訓練資料' },
    gloss: {
      en: 'The examples a model learns from; their quality and coverage cap what it can do.',
      'zh-Hans': '模型学习所用的样本;其质量与覆盖面决定了模型能力的上限。',
    },
    aliases: {
      en: [ci('training data'), ci('training-data')],
      'zh-Hans': han('训练数据', '训练语料'),
      'zh-Hant': han('訓練數據'),
    },
    excerpts: [ex('sum.p1.s4'), ex('a8.p1.s1'), ex('q7.s2')],
    related: ['corpus', 'overfitting', 'pre-training'],
    note: 'More specific than plain 数据 (left out): the article blames overfitting on it and wants it improved. 訓練數據 is the Hong Kong form; the conversion gives the Taiwan 訓練資料.',
  },
  {
    id: 'open-source',
    category: 'concept',
    label: { en: 'Open source', 'zh-Hans': '开源', 'zh-Hant': '開源' },
    gloss: {
      en: 'Publishing a program’s source code under a licence that lets anyone use, study, modify and share it; for AI models, often only the weights are published (“open weights”).',
      'zh-Hans':
        '以允许任何人使用、研究、修改和分享的授权公开软件的源代码;对 AI 模型而言,常常只公开权重(“开放权重”)。',
    },
    aliases: {
      // On every software page, in its own sense, but not a sign of an AI topic.
      en: amb([ci('open source'), ci('open-source'), ci('open-sourced'), ci('open sourced')]),
      'zh-Hans': amb(han('开源'), { notBefore: ['节流'] }),
      'zh-Hant': amb(han('開放原始碼')),
    },
    excerpts: [ex('a5.p1.s1'), ex('a5.p1.s2')],
    related: ['chatgpt', 'instructgpt', 'large-model'],
    negatives: ['reopen source', 'open sourcery'],
    note: 'Kept for the article’s jab that Chinese tech goes "open-sourced, then home-grown"; marked where the page is about AI. 开源节流 (increase income, cut spending) is ruled out by context.',
  },
  {
    id: 'silicon-based-intelligence',
    category: 'concept',
    label: { en: 'Silicon-based intelligence', 'zh-Hans': '硅基智能', 'zh-Hant': '矽基智慧' },
    gloss: {
      en: 'Machine intelligence, as opposed to carbon-based, human intelligence.',
      'zh-Hans': '机器智能,与碳基的人类智能相对而言。',
    },
    aliases: {
      en: [ci('silicon-based intelligence'), ci('silicon based intelligence')],
      'zh-Hans': han('硅基智能'),
      'zh-Hant': han('矽基智能'),
    },
    excerpts: [ex('sum.p1.s1', 'sum.p1.s2')],
    related: ['metaverse', 'chatgpt'],
    note: 'An uncommon phrase, in because the summary rests on it. 矽基智能 is added beside the converted 矽基智慧, as both occur in Taiwan.',
  },
];

/**
 * Words that show a page is about AI but are no terms of the article (too generic to mark, see the top of
 * this file): the topic rule counts them as evidence, like an unambiguous alias; they are never marked.
 */
export const topicCues: Readonly<{
  en: readonly Alias[];
  'zh-Hans': readonly Alias[];
  'zh-Hant': readonly Alias[];
}> = {
  en: [
    cs('AI', 's'),
    ci('artificial intelligence'),
    ci('deep learning'),
    ci('neural network', 's'),
    ci('neural net', 's'),
    ci('language model', 's'),
    ci('fine-tuning'),
    ci('fine-tuned'),
    ci('transformer model', 's'),
    ci('chatbot', 's'),
  ],
  'zh-Hans': han('人工智能', '深度学习', '神经网络', '语言模型', '微调', '聊天机器人'),
  'zh-Hant': han('人工智慧', '神經網路', '類神經網路', '微調', '聊天機器人'),
};
