// The preview's marks: the sample paragraphs cut into plain and marked runs, as the content script would
// mark them under the current settings (categories, density, on/off).
import type { Category } from '../article/types';
import type { Matcher } from '../core/matcher';
import type { Settings } from '../core/settings';

export interface Run {
  readonly text: string;
  /** Set on a marked run. */
  readonly termId?: string;
  readonly category?: Category;
}

export function previewRuns(
  paragraphs: readonly string[],
  matcher: Matcher,
  settings: Pick<Settings, 'enabled' | 'density' | 'categories'>,
): Run[][] {
  const seenOnPage = new Set<string>();
  return paragraphs.map((text) => {
    const seenInBlock = new Set<string>();
    const runs: Run[] = [];
    let at = 0;
    for (const match of settings.enabled ? matcher.findAll(text) : []) {
      const termId = matcher.termIds[match.term] as string;
      const category = matcher.categories[match.term] as Category;
      if (!settings.categories[category]) continue;
      if (settings.density === 'first-per-block' && seenInBlock.has(termId)) continue;
      if (settings.density === 'first-per-page' && seenOnPage.has(termId)) continue;
      seenInBlock.add(termId);
      seenOnPage.add(termId);
      if (match.start > at) runs.push({ text: text.slice(at, match.start) });
      runs.push({ text: text.slice(match.start, match.end), termId, category });
      at = match.end;
    }
    if (at < text.length) runs.push({ text: text.slice(at) });
    return runs;
  });
}
