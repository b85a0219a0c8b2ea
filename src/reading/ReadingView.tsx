// The reading view that the reader's tab page and the popup show: sticky bar (the caller's controls, search,
// contents), the article, the term popover, deep links, the current section and (tab page) the reading position.
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../ui/format';
import type { ReaderLanguage } from '../ui/language';
import { reader } from '../ui/strings/reader';
import { Article } from './Article';
import { type DeepLink, parseDeepLink, sentenceHash } from './deep-link';
import { loadPosition, savePosition, topSentenceId } from './position';
import { SearchBar } from './SearchBar';
import { currentSectionId } from './sections';
import { type PopoverTarget, TermPopover } from './TermPopover';
import { Toc } from './Toc';
import { useMedia } from './use-media';
import { useSearch } from './use-search';

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

function termAt(node: EventTarget | null): HTMLElement | null {
  return node instanceof Element ? node.closest<HTMLElement>('.term') : null;
}

function sentenceEls(id: string): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(`.article [data-sid="${CSS.escape(id)}"]`)];
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
  const [current, setCurrent] = useState<string | null>(null);
  const [notFound, setNotFound] = useState<string | null>(null);
  const [popover, setPopover] = useState<PopoverTarget | null>(null);
  const topSid = useRef<string | null>(null);
  const target = useRef<string | null>(null);
  const onTop = useRef(onTopSentence);
  onTop.current = onTopSentence;
  const showingPanel = panel !== undefined;

  const markTarget = useCallback((id: string | null) => {
    for (const el of document.querySelectorAll('.is-target')) el.classList.remove('is-target');
    target.current = id;
    if (id) for (const el of sentenceEls(id)) el.classList.add('is-target');
  }, []);

  const follow = useCallback(
    (link: DeepLink, restore: string | null = null) => {
      setNotFound(link.kind === 'unknown' ? link.raw : null);
      if (link.kind === 'sentence') {
        markTarget(link.id);
        const el = sentenceEls(link.id)[0];
        // The title and other meta texts sit at the top: no need to scroll past the header for them.
        if (el) el.scrollIntoView({ block: 'center', behavior: 'instant' });
      } else if (link.kind === 'section') {
        markTarget(null);
        document.getElementById(link.id)?.scrollIntoView({ block: 'start', behavior: 'instant' });
      } else if (link.kind === 'unknown') {
        markTarget(null);
        window.scrollTo({ top: 0, behavior: 'instant' });
      } else if (restore) {
        sentenceEls(restore)[0]?.scrollIntoView({ block: 'start', behavior: 'instant' });
      }
    },
    [markTarget],
  );

  const go = useCallback(
    (link: DeepLink, hash: string) => {
      history.replaceState(null, '', hash);
      follow(link);
    },
    [follow],
  );

  // Deep link on open (or the remembered position in the tab page), then on every hash change.
  useEffect(() => {
    let live = true;
    const link = parseDeepLink(location.hash);
    if (link.kind === 'none' && mode === 'tab') {
      void loadPosition().then((sid) => live && follow(link, sid));
    } else follow(link);
    const onHash = () => follow(parseDeepLink(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => {
      live = false;
      window.removeEventListener('hashchange', onHash);
    };
  }, [follow, mode]);

  // The current section, the sentence at the top, and (tab page) the saved position, as the reader scrolls.
  useEffect(() => {
    let frame = 0;
    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    // Only a real scroll saves the position: merely opening a page (the welcome tab) must not overwrite it.
    let scrolled = false;
    const measure = () => {
      frame = 0;
      const el = root.current;
      if (!el || el.offsetParent === null) return;
      const line = (document.querySelector('.app-bar')?.getBoundingClientRect().bottom ?? 0) + 8;
      const tops = [...el.querySelectorAll<HTMLElement>('.section')].map((section) => ({
        id: section.dataset.section ?? '',
        top: section.getBoundingClientRect().top,
      }));
      const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      setCurrent(currentSectionId(tops, line, atBottom && window.scrollY > 0));
      topSid.current = topSentenceId(el);
      onTop.current?.(topSid.current);
      if (mode === 'tab' && scrolled) {
        clearTimeout(saveTimer);
        saveTimer = setTimeout(() => savePosition(topSid.current), 400);
      }
    };
    const onScroll = () => {
      scrolled = true;
      frame ||= requestAnimationFrame(measure);
    };
    const onResize = () => {
      frame ||= requestAnimationFrame(measure);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onResize);
    measure();
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onResize);
      cancelAnimationFrame(frame);
      clearTimeout(saveTimer);
    };
  }, [mode]);

  // A language switch keeps the reader at the same sentence and the same target.
  const firstRender = useRef(true);
  useLayoutEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    setPopover(null);
    if (target.current) markTarget(target.current);
    if (topSid.current)
      sentenceEls(topSid.current)[0]?.scrollIntoView({ block: 'start', behavior: 'instant' });
  }, [langKey, markTarget]);

  // Back from the other panel: the article is where it was.
  useLayoutEffect(() => {
    if (!showingPanel && topSid.current)
      sentenceEls(topSid.current)[0]?.scrollIntoView({ block: 'start', behavior: 'instant' });
    else if (showingPanel) window.scrollTo({ top: 0, behavior: 'instant' });
  }, [showingPanel]);

  // The sticky bar's height, for scroll-margin-top, so jumps land below it.
  const barRef = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const el = barRef.current;
    if (!el) return;
    const observer = new ResizeObserver(() =>
      document.documentElement.style.setProperty('--bar-height', `${el.offsetHeight}px`),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // The popover opens on hover (after the user's delay), on focus, and pinned on click / Enter.
  const hoverTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pointerInPopover = useRef(false);
  const cancelHover = useCallback(() => clearTimeout(hoverTimer.current), []);
  const open = useCallback((anchor: HTMLElement, pinned: boolean) => {
    const termId = anchor.dataset.term;
    if (termId) setPopover({ termId, anchor, pinned });
  }, []);
  const close = useCallback((returnFocus: boolean) => {
    setPopover((current) => {
      if (returnFocus && current) current.anchor.focus();
      return null;
    });
  }, []);

  // Events bubble up from the terms: one set of listeners for every mark in the article.
  const popoverNow = useRef(popover);
  popoverNow.current = popover;
  const delay = useRef(hoverDelayMs);
  delay.current = hoverDelayMs;
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const unpinnedGone = (current: PopoverTarget | null) => (current?.pinned ? current : null);
    const listeners: Array<[string, (event: Event) => void]> = [
      [
        'mouseover',
        (event) => {
          const term = termAt(event.target);
          if (!term || popoverNow.current?.pinned) return;
          cancelHover();
          hoverTimer.current = setTimeout(() => open(term, false), delay.current);
        },
      ],
      [
        'mouseout',
        (event) => {
          const from = termAt(event.target);
          if (!from || termAt((event as MouseEvent).relatedTarget) === from) return;
          cancelHover();
          hoverTimer.current = setTimeout(() => {
            if (!pointerInPopover.current) setPopover(unpinnedGone);
          }, 300);
        },
      ],
      [
        'focusin',
        (event) => {
          const term = termAt(event.target);
          if (term) open(term, false);
        },
      ],
      [
        'focusout',
        (event) => {
          const next = (event as FocusEvent).relatedTarget;
          if (next instanceof Element && next.closest('.term-popover')) return;
          setPopover(unpinnedGone);
        },
      ],
      [
        'click',
        (event) => {
          const term = termAt(event.target);
          if (term) open(term, true);
        },
      ],
      [
        'keydown',
        (event) => {
          const key = (event as KeyboardEvent).key;
          const term = termAt(event.target);
          if (term && (key === 'Enter' || key === ' ')) {
            event.preventDefault();
            open(term, true);
          } else if (key === 'Escape' && popoverNow.current) close(true);
        },
      ],
    ];
    for (const [type, listener] of listeners) el.addEventListener(type, listener);
    return () => {
      for (const [type, listener] of listeners) el.removeEventListener(type, listener);
    };
  }, [close, open, cancelHover]);

  const goSentence = useCallback(
    (sid: string) => {
      setPopover(null);
      go({ kind: 'sentence', id: sid }, sentenceHash(sid));
    },
    [go],
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
            {notFound !== null ? (
              <div class="notice" role="alert">
                <span>{fill(t.notFound, { id: notFound })}</span>
                <button type="button" class="text-button" onClick={() => setNotFound(null)}>
                  {t.dismiss}
                </button>
              </div>
            ) : null}
            {intro}
            <div ref={root} class="article-root">
              <Article langs={language.article} ui={ui} />
            </div>
            {popover ? (
              <TermPopover
                target={popover}
                ui={ui}
                lang={primary}
                onClose={close}
                onGo={goSentence}
                onPointerInside={(inside) => {
                  pointerInPopover.current = inside;
                  if (inside) cancelHover();
                  else if (!popover.pinned) hoverTimer.current = setTimeout(() => setPopover(null), 300);
                }}
              />
            ) : null}
          </div>
        </main>
      </div>
    </div>
  );
}
