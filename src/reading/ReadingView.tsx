// The reading view that the reader's tab page and the popup show, laid out: the sticky bar (the caller's
// controls, search, contents), the article and its term popover. Deep links, the reading position and when
// the popover opens are hooks of their own (use-deep-link, use-reading-position, use-term-popover).
import type { ComponentChildren } from 'preact';
import { useCallback, useLayoutEffect, useRef } from 'preact/hooks';
import { fill } from '../ui/format';
import type { ReaderLanguage } from '../ui/language';
import { reader } from '../ui/strings/reader';
import { Article } from './Article';
import { sentenceHash } from './deep-link';
import { SearchBar } from './SearchBar';
import { TermPopover } from './TermPopover';
import { Toc } from './Toc';
import { useDeepLink } from './use-deep-link';
import { useMedia } from './use-media';
import { useReadingPosition } from './use-reading-position';
import { useSearch } from './use-search';
import { useTermPopover } from './use-term-popover';

export interface ReadingViewProps {
  readonly mode: 'popup' | 'tab';
  readonly language: ReaderLanguage;
  readonly hoverDelayMs: number;
  /** The caller's rows at the top of the sticky bar (brand, tabs, language switch). */
  readonly bar: ComponentChildren;
  /** Reports the sentence at the top of the view (the popup opens the tab page there). */
  readonly onTopSentence?: (sid: string | null) => void;
  /** Another panel shown instead of the article (the popup's "On this page"); the article stays mounted. */
  readonly panel?: ComponentChildren;
  /** Shown above the article (the first-run welcome). */
  readonly intro?: ComponentChildren;
}

/** Ids of the two panels, for the popup's tabs. */
export const ARTICLE_PANEL_ID = 'panel-article';
export const OTHER_PANEL_ID = 'panel-other';
export const ARTICLE_TAB_ID = 'tab-article';
export const OTHER_TAB_ID = 'tab-other';

/** The sticky bar's height as --bar-height, for scroll-margin-top, so jumps land below it. */
function useBarHeight() {
  const bar = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const el = bar.current;
    if (!el) return;
    const observer = new ResizeObserver(() =>
      document.documentElement.style.setProperty('--bar-height', `${el.offsetHeight}px`),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return bar;
}

export function ReadingView({
  mode,
  language,
  hoverDelayMs,
  bar,
  onTopSentence,
  panel,
  intro,
}: ReadingViewProps) {
  const { ui } = language;
  const t = reader[ui];
  const primary = language.article[0] ?? ui;
  const tocLang = language.article.includes(ui) ? ui : primary;
  const langKey = language.article.join('+');
  const root = useRef<HTMLDivElement>(null);
  const search = useSearch(root, langKey);
  const wide = useMedia('(min-width: 64em)');
  const sidebar = mode === 'tab' && wide;
  const showingPanel = panel !== undefined;
  // In this order: a deep link scrolls before the position is first measured.
  const links = useDeepLink(mode, langKey);
  const current = useReadingPosition({ root, mode, contentKey: langKey, showingPanel, onTopSentence });
  const popover = useTermPopover(root, hoverDelayMs, langKey);
  const barRef = useBarHeight();
  const { go } = links;
  const { close } = popover;
  const goSentence = useCallback(
    (sid: string) => {
      close(false);
      go({ kind: 'sentence', id: sid }, sentenceHash(sid));
    },
    [close, go],
  );

  return (
    <div class={`reader reader-${mode}${language.bilingual ? ' bilingual' : ''}`}>
      <header class="app-bar" ref={barRef}>
        {bar}
        {showingPanel ? null : <SearchBar search={search} ui={ui} />}
        {sidebar || showingPanel ? null : (
          <Toc
            ui={ui}
            lang={primary}
            current={current}
            variant="chips"
            onGo={(id) => go({ kind: 'section', id }, `#${id}`)}
          />
        )}
      </header>
      <div class="reader-layout">
        {sidebar ? (
          <aside class="sidebar">
            <Toc
              ui={ui}
              lang={tocLang}
              current={current}
              variant="list"
              onGo={(id) => go({ kind: 'section', id }, `#${id}`)}
            />
          </aside>
        ) : null}
        <main class="reader-main" lang={ui}>
          {showingPanel ? (
            <div id={OTHER_PANEL_ID} class="panel" role="tabpanel" aria-labelledby={OTHER_TAB_ID}>
              {panel}
            </div>
          ) : null}
          <div
            id={ARTICLE_PANEL_ID}
            hidden={showingPanel}
            {...(mode === 'popup' ? { role: 'tabpanel', 'aria-labelledby': ARTICLE_TAB_ID } : {})}
          >
            {links.notFound !== null ? (
              <div class="notice" role="alert">
                <span>{fill(t.notFound, { id: links.notFound })}</span>
                <button type="button" class="text-button" onClick={links.dismissNotFound}>
                  {t.dismiss}
                </button>
              </div>
            ) : null}
            {intro}
            <div ref={root} class="article-root">
              <Article langs={language.article} ui={ui} />
            </div>
            {popover.target ? (
              <TermPopover
                target={popover.target}
                ui={ui}
                lang={primary}
                onClose={popover.close}
                onGo={goSentence}
              />
            ) : null}
          </div>
        </main>
      </div>
    </div>
  );
}
