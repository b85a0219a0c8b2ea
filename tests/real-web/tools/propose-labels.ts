// Proposes labels for corpus pages that have none yet: every string the engine marks at density "every
// occurrence", and every match of the variant patterns below that it does not mark (forms real writers
// use that may not be aliases). A person reads each proposal in context and sets `expected`; nothing
// here decides a label.
//
// Usage: tsx tests/real-web/tools/propose-labels.ts [id…]   (needs a build: npm run build)
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LABELS_DIR, type Label, occurrenceAt, readManifest } from '../corpus';
import { openCorpusBrowser, termOf } from '../run-pages';

/** Forms of glossary terms that writers use and the aliases may miss, with the term they stand for. */
const VARIANTS: [RegExp, string][] = [
  [/retrieval[-\s]augmented(?![-\s]generation)/gi, 'rag'],
  [/检索增强(?!的?生成)|檢索增強(?!的?生成)|擷取增強生成|檢索增強生成/g, 'rag'],
  [/\brag\b/g, 'rag'],
  [
    /大规模语言模型|大規模語言模型|语言大模型|語言大模型|大型語言模型|大語言模型|large[-\s]scale language models?/gi,
    'llm',
  ],
  [/\bllms?\b/g, 'llm'],
  [/\bgen\s?ai\b/gi, 'generative-ai'],
  [/生成式人工智慧|生成式\s?AI|生成式人工智能/g, 'generative-ai'],
  [/chat-gpt/gi, 'chatgpt'],
  [/\bgpus?\b/g, 'gpu'],
  [/175\s?billion|1750\s?[亿億]/gi, '175b-parameters'],
  [/RL from human feedback|人類回饋|人类反馈/gi, 'rlhf'],
  [/推論成本|推理成本/g, 'inference-cost'],
  [/互連牆|互联墙/g, 'interconnect-wall'],
  [/強化學習|强化学习|增強學習/g, 'reinforcement-learning'],
  [/預訓練|预训练|pre-?trained/gi, 'pre-training'],
  [/GPT-?3\.5|GPT-?4/g, '-'],
];

const CONTEXT = 40;
const snippet = (text: string, start: number, end: number) =>
  `${text.slice(Math.max(0, start - CONTEXT), start)}[${text.slice(start, end)}]${text.slice(end, end + CONTEXT)}`.replace(
    /\s+/g,
    ' ',
  );

const wanted = process.argv.slice(2);
const pages = readManifest().pages.filter((page) =>
  wanted.length > 0 ? wanted.includes(page.id) : !existsSync(join(LABELS_DIR, `${page.id}.json`)),
);
const browser = await openCorpusBrowser();
try {
  for await (const run of browser.run(pages, 'all')) {
    const found: (Label & { start: number })[] = [];
    for (const mark of run.marks) {
      found.push({
        start: mark.start,
        text: mark.text,
        occurrence: occurrenceAt(run.text, mark.start, mark.end - mark.start),
        term: termOf(mark.text),
        expected: 'mark',
        context: snippet(run.text, mark.start, mark.end),
      });
    }
    for (const [pattern, term] of VARIANTS) {
      for (const hit of run.text.matchAll(pattern)) {
        const start = hit.index;
        const end = start + hit[0].length;
        if (run.marks.some((mark) => mark.start < end && start < mark.end)) continue;
        found.push({
          start,
          text: hit[0],
          occurrence: occurrenceAt(run.text, start, hit[0].length),
          term,
          expected: 'no-mark',
          context: snippet(run.text, start, end),
          note: 'unmarked variant: read',
        });
      }
    }
    found.sort((a, b) => a.start - b.start);
    const labels = found.map(({ start: _, ...label }) => label);
    writeFileSync(
      join(LABELS_DIR, `${run.page.id}.json`),
      `${JSON.stringify({ page: run.page.id, labels }, null, 1)}\n`,
    );
    console.log(
      `${run.page.id}: ${run.marks.length} marks, ${labels.length} proposals ${run.problems.join('; ')}`,
    );
  }
} finally {
  await browser.close();
}
