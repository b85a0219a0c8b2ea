// The table of contents and which section is current while scrolling; pure, so it is unit-tested.
import { article, sectionLabel, sentenceText } from '../article/article';
import type { Lang } from '../article/types';

export interface TocEntry {
  readonly id: string;
  /** "Q7", or the summary's heading in the language. */
  readonly label: string;
  /** The question's first sentence; empty for the summary. */
  readonly title: string;
}

export function tocEntries(lang: Lang): TocEntry[] {
  return article.sections.map((section) => ({
    id: section.id,
    label: sectionLabel(section, lang),
    title: section.question[0] === undefined ? '' : sentenceText(section.question[0], lang),
  }));
}

/**
 * The current section: the last one whose top is at or above `line` (the bottom of the sticky header,
 * in viewport coordinates). Before the first section nothing is current. `tops` are in document order.
 * At the very bottom of the page the last section is current even when it is too short to reach the line.
 */
export function currentSectionId(
  tops: ReadonlyArray<{ readonly id: string; readonly top: number }>,
  line: number,
  atBottom = false,
): string | null {
  if (atBottom && tops.length > 0) return (tops[tops.length - 1] as { id: string }).id;
  let current: string | null = null;
  for (const { id, top } of tops) {
    if (top <= line + 1) current = id;
    else break;
  }
  return current;
}
