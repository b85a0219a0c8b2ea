// Editor's notes on sentences that the extraction of the blog page seems to have damaged. The text itself
// stays verbatim; the reader shows a small [sic] mark after the sentence with the note as its tooltip.
import type { Lang } from './types';

export interface EditorialNote {
  /** The mark shown after the sentence. */
  readonly mark: string;
  /** What the mark means, shown on hover and read by screen readers. */
  readonly note: string;
}

const SIC: Readonly<Record<Lang, string>> = { en: '[sic]', 'zh-Hans': '[原文如此]', 'zh-Hant': '[原文如此]' };

const NOTES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  'a2.p2.s4': {
    en: 'The Chinese reads 从理解生成,类比于从分析综合 (“from understanding generation, like from analysis synthesis”): an arrow or 到 (“to”) seems lost in each pair, as the extraction dropped the arrows of A2’s pipelines. Quoted as it stands; the English gives the evident sense.',
    'zh-Hans':
      '原文作“从理解生成,类比于从分析综合”，两处疑似在提取网页时丢了“→”或“到”（本答后文流程中的箭头也曾丢失）。照录不改。',
    'zh-Hant':
      '原文作「從理解生成,類比於從分析綜合」，兩處疑似在擷取網頁時遺失了「→」或「到」（本答後文流程中的箭頭也曾遺失）。照錄不改。',
  },
  'a5.p3.s2': {
    en: 'The Chinese reads 知识型、性 (“knowledge-type, -ness”): a word seems to have been lost after the 、 when the page was extracted. Quoted as it stands; the English gives the evident sense.',
    'zh-Hans': '原文作“知识型、性”，“、”与“性”之间疑似在提取网页时丢了字。照录不改。',
    'zh-Hant': '原文作「知識型、性」，「、」與「性」之間疑似在擷取網頁時遺失了字。照錄不改。',
  },
  'a7.p2.s3': {
    en: 'The Chinese sentence opens with a stray 通过, (“through,”), probably what is left of words lost when the page was extracted. Quoted as it stands; the English leaves it out.',
    'zh-Hans': '句首的“通过,”疑似是提取网页时残留的片段，前后文字可能有缺失。照录不改。',
    'zh-Hant': '句首的「通過,」疑似是擷取網頁時殘留的片段，前後文字可能有缺失。照錄不改。',
  },
};

/** The editor's note on a sentence in a language, if it has one. */
export function editorialNote(sid: string, lang: Lang): EditorialNote | undefined {
  const note = NOTES[sid]?.[lang];
  return note === undefined ? undefined : { mark: SIC[lang], note };
}

/** The ids that carry a note (for tests). */
export const editorialIds: readonly string[] = Object.keys(NOTES);
