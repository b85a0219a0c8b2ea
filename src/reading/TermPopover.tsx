// The popover for a glossary term inside the reader: its gloss and links to its passages in the article.
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { useEffect, useRef } from 'preact/hooks';
import { sectionLabel, sectionOf, sentenceText } from '../article/article';
import type { Lang } from '../article/types';
import { glossFor, termById } from '../ui/glossary-index';
import { IconButton } from '../ui/IconButton';
import { categories } from '../ui/strings/categories';
import { reader } from '../ui/strings/reader';
import { typeset } from '../ui/typeset';
import { sentenceHash } from './deep-link';
import type { PopoverTarget } from './use-term-popover';

export interface TermPopoverProps {
  readonly target: PopoverTarget;
  readonly ui: Lang;
  /** The article's (first) language, for the passages' text. */
  readonly lang: Lang;
  readonly onClose: (returnFocus: boolean) => void;
  readonly onGo: (sentenceId: string) => void;
}

const SNIPPET = 48;

export function TermPopover({ target, ui, lang, onClose, onGo }: TermPopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  const term = termById(target.termId);
  const t = reader[ui];

  useEffect(() => {
    const floating = ref.current;
    if (!floating) return;
    return autoUpdate(target.anchor, floating, () => {
      void computePosition(target.anchor, floating, {
        placement: 'bottom-start',
        strategy: 'fixed',
        middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
      });
    });
  }, [target.anchor]);

  useEffect(() => {
    if (target.pinned) ref.current?.querySelector<HTMLElement>('a, button')?.focus();
  }, [target]);

  if (!term) return null;
  const gloss = glossFor(term, ui);
  const here = target.anchor.closest<HTMLElement>('[data-sid]')?.dataset.sid;
  const passages = term.excerpts.filter((excerpt) => !excerpt.sentences.includes(here ?? ''));
  const titleId = `popover-${term.id}`;
  return (
    <div
      ref={ref}
      class="term-popover"
      role="dialog"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose(true);
        }
      }}
      onFocusOut={(event) => {
        const next = event.relatedTarget as Node | null;
        if (next && !ref.current?.contains(next) && next !== target.anchor) onClose(false);
      }}
    >
      <div class="popover-head">
        <p id={titleId} class="popover-title">
          <strong lang={ui}>{term.label[ui]}</strong>
          <span class={`category category-${term.category}`}>{categories[ui][term.category]}</span>
        </p>
        <IconButton label={t.termClose} onClick={() => onClose(true)}>
          <span aria-hidden="true">×</span>
        </IconButton>
      </div>
      <p class="popover-gloss" lang={gloss.lang}>
        {gloss.text}
      </p>
      {passages.length > 0 ? (
        <>
          <p class="popover-sub">{t.termPassages}</p>
          <ul class="popover-passages">
            {passages.map((excerpt) => {
              const sid = excerpt.sentences[0] as string;
              const section = sectionOf(sid);
              const text = typeset(sentenceText(sid, lang), lang);
              return (
                <li key={sid}>
                  <a
                    href={sentenceHash(sid)}
                    onClick={(event) => {
                      event.preventDefault();
                      onGo(sid);
                    }}
                  >
                    <span class="passage-label">{section ? sectionLabel(section, ui) : ''}</span>{' '}
                    <span lang={lang}>{text.length > SNIPPET ? `${text.slice(0, SNIPPET)}…` : text}</span>
                  </a>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}
