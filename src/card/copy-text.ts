// The text the card's Copy button puts on the clipboard: the passage and its attribution, in one language.
import { article, sectionLabel, sectionOf, sentenceText } from '../article/article';
import type { Excerpt, Lang } from '../article/types';
import { fill } from '../ui/format';
import { card } from '../ui/strings/card';
import { typeset } from '../ui/typeset';

/** "Q7 · question text" (or the summary's heading), as the card shows it under the passage. */
export function questionLine(excerpt: Excerpt, lang: Lang): { label: string; text: string } {
  const section = sectionOf(excerpt.sentences[0] ?? '');
  if (!section) return { label: '', text: '' };
  const text = section.question
    .map((id) => typeset(sentenceText(id, lang), lang))
    .join(lang === 'en' ? ' ' : '');
  return { label: sectionLabel(section, lang), text };
}

export function passageText(excerpt: Excerpt, lang: Lang): string {
  return excerpt.sentences.map((id) => typeset(sentenceText(id, lang), lang)).join(lang === 'en' ? ' ' : '');
}

export function copyText(excerpt: Excerpt, lang: Lang): string {
  const t = card[lang];
  const question = questionLine(excerpt, lang);
  const passage = passageText(excerpt, lang);
  const quoted = lang === 'zh-Hant' ? `「${passage}」` : `“${passage}”`;
  return `${quoted}\n${fill(t.attribution, {
    author: t.author,
    title: typeset(sentenceText(article.meta.title, lang), lang),
    date: article.meta.date,
    question: question.text ? `${question.label} · ${question.text}` : question.label,
  })}`;
}
