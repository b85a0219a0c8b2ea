// The table of contents: section links, the current one marked. A row of chips in the popup, a list with
// each question's opening in the tab page.
import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../article/types';
import { reader } from '../ui/strings/reader';
import { typeset } from '../ui/typeset';
import { tocEntries } from './sections';

export interface TocProps {
  readonly ui: Lang;
  /** The article's language for the questions' text. */
  readonly lang: Lang;
  readonly current: string | null;
  readonly variant: 'chips' | 'list';
  readonly onGo: (sectionId: string) => void;
}

export function Toc({ ui, lang, current, variant, onGo }: TocProps) {
  const t = reader[ui];
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    // Keep the current chip in sight in the popup's row, without moving the page.
    const ol = list.current;
    const chip = ol?.querySelector<HTMLElement>('[aria-current]');
    if (!ol || !chip || variant !== 'chips') return;
    const left = chip.offsetLeft; // the list is position: relative, so this is within it
    if (left < ol.scrollLeft || left + chip.offsetWidth > ol.scrollLeft + ol.clientWidth) {
      ol.scrollLeft = left - (ol.clientWidth - chip.offsetWidth) / 2;
    }
  }, [current, variant]);
  return (
    <nav class={`toc toc-${variant}`} aria-label={t.tocLabel}>
      <ol ref={list}>
        {tocEntries(variant === 'list' ? lang : ui).map((entry) => (
          <li key={entry.id}>
            <a
              href={`#${entry.id}`}
              aria-current={entry.id === current ? 'location' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onGo(entry.id);
              }}
            >
              <span class="toc-label">{entry.label}</span>
              {variant === 'list' && entry.title !== '' ? (
                <span class="toc-title" lang={lang}>
                  {typeset(entry.title, lang)}
                </span>
              ) : null}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
