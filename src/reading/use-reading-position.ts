// Where the reader is, as it scrolls: the current section (for the contents), the sentence at the top (the
// popup opens the tab page there) and, in the tab page, the saved position. The reader stays at that
// sentence when the article is rendered again and when it comes back from another panel.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { headerBottom, savePosition, sentenceElements, topSentenceId } from './position';
import { currentSectionId } from './sections';

export interface ReadingPositionOptions {
  /** The article's container. */
  readonly root: { readonly current: HTMLElement | null };
  readonly mode: 'popup' | 'tab';
  /** Changes when the article is rendered again (a language switch). */
  readonly contentKey: string;
  /** Another panel is shown instead of the article. */
  readonly showingPanel: boolean;
  readonly onTopSentence?: ((sid: string | null) => void) | undefined;
}

/** The current section's id, or null before the first one. */
export function useReadingPosition({
  root,
  mode,
  contentKey,
  showingPanel,
  onTopSentence,
}: ReadingPositionOptions): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  const topSid = useRef<string | null>(null);
  const onTop = useRef(onTopSentence);
  onTop.current = onTopSentence;

  useEffect(() => {
    let frame = 0;
    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    // Only a real scroll saves the position: merely opening a page (the welcome tab) must not overwrite it.
    let scrolled = false;
    const measure = () => {
      frame = 0;
      const el = root.current;
      if (!el || el.offsetParent === null) return;
      const line = headerBottom() + 8;
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
  }, [mode, root]);

  // Rendered again (a language switch): back at the same sentence. (On mount none is known yet.)
  useLayoutEffect(() => {
    if (topSid.current)
      sentenceElements(topSid.current)[0]?.scrollIntoView({ block: 'start', behavior: 'instant' });
  }, [contentKey]);

  // Back from the other panel: the article is where it was.
  useLayoutEffect(() => {
    if (!showingPanel && topSid.current)
      sentenceElements(topSid.current)[0]?.scrollIntoView({ block: 'start', behavior: 'instant' });
    else if (showingPanel) window.scrollTo({ top: 0, behavior: 'instant' });
  }, [showingPanel]);

  return current;
}
