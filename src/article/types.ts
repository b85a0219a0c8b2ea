// The shape of the article and glossary data that every part of AIGC Lens reads.

/** The three languages the article is shown in. zh-Hans is the original. */
export type Lang = 'zh-Hans' | 'zh-Hant' | 'en';
export const LANGS: readonly Lang[] = ['zh-Hans', 'zh-Hant', 'en'];

/** A sentence id such as `a7.p1.s3` (answer 7, paragraph 1, sentence 3), `q7.s1` or `sum.p1.s2`. Never language-dependent. */
export type SentenceId = string;

/** A paragraph of an answer. `li` marks an item of a bulleted list (consecutive items form one list). */
export interface Block {
  readonly id: string; // e.g. `a4.p2`
  readonly kind: 'p' | 'li';
  readonly sentences: readonly SentenceId[];
}

export interface Section {
  /** `q1`…`q10` (no `q6`: the article skips it) or `sum` for the closing summary. */
  readonly id: string;
  /** As the article numbers it: `Q1`…`Q10`; `null` for the summary. */
  readonly number: number | null;
  /** The question's sentences; empty for the summary. */
  readonly question: readonly SentenceId[];
  readonly answer: readonly Block[];
}

export interface ArticleMeta {
  readonly title: SentenceId;
  readonly author: string; // as in the original: 姚伟峰
  readonly date: string; // ISO: 2023-02-25
  readonly blog: SentenceId;
  readonly disclaimer: SentenceId;
}

/** The article's structure: ids only. Text lives in one id → text table per language. */
export interface ArticleStructure {
  readonly meta: ArticleMeta;
  readonly sections: readonly Section[];
}

export type TextTable = Readonly<Record<SentenceId, string>>;

export type Category = 'model' | 'technique' | 'hardware' | 'organization' | 'concept';

/**
 * One way a term is written. Latin aliases match only where no Latin letter, digit or `_`
 * touches them; Han aliases match anywhere. A space in a Latin alias matches any run of
 * white space in the page's text.
 */
export interface Alias {
  readonly text: string;
  /** Latin only: true for acronyms (RAG must not match "rag"). Default false. */
  readonly caseSensitive?: boolean;
  /** Latin only: endings accepted after the alias, e.g. ["s", "'s", "’s"]. */
  readonly suffixes?: readonly string[];
  /**
   * The alias has other senses, or names something that is no sign of an AI topic on its own (NPC, LLM,
   * corpus, Google): marked only where the page shows AI evidence (src/content/topic.ts). Default false.
   */
  readonly ambiguous?: boolean;
  /**
   * Not a match where the text right after it starts with one of these (ASCII case ignored): 阿里 + 山.
   * A Latin context string is a whole word at its far end: " program" rules out "LLM program", not
   * "LLM programming".
   */
  readonly notBefore?: readonly string[];
  /** Not a match where the text right before it ends with one of these (likewise): 有求 + 必应. */
  readonly notAfter?: readonly string[];
  /** Only next to a Han character (one space between allowed): a Chinese writers' shorthand such as NV. */
  readonly hanNeighbour?: boolean;
  /** Why a borderline choice was made. */
  readonly note?: string;
}

export interface Excerpt {
  /** One to three consecutive sentence ids. */
  readonly sentences: readonly SentenceId[];
}

export interface Term {
  readonly id: string;
  readonly category: Category;
  readonly label: Readonly<Record<Lang, string>>;
  /** One line, ours. zh-Hant is generated from zh-Hans at build time. */
  readonly gloss: Readonly<{ en: string; 'zh-Hans': string }>;
  readonly aliases: Readonly<{
    en: readonly Alias[];
    'zh-Hans': readonly Alias[];
    /** Hand-added Traditional variants where usage differs; the rest is generated. */
    'zh-Hant'?: readonly Alias[];
  }>;
  /** Best first. */
  readonly excerpts: readonly Excerpt[];
  readonly related: readonly string[];
  /** Strings that must not match this term (tested). */
  readonly negatives?: readonly string[];
  /** Why a borderline term is in, or how it is scoped. */
  readonly note?: string;
}
