// Deep links: the URL fragment names a sentence (`#a7.p2.s3`) or a section (`#q7`); the reader goes there on
// open and on every hash change and marks the target sentence. With no fragment, the tab page opens at the
// remembered position.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { type DeepLink, parseDeepLink } from './deep-link';
import { loadPosition, sentenceElements } from './position';

export interface DeepLinks {
  /** The fragment that names no passage, for the "not found" notice; null when there is none. */
  readonly notFound: string | null;
  readonly dismissNotFound: () => void;
  /** Goes to a link and puts it in the URL (without a history entry). */
  readonly go: (link: DeepLink, hash: string) => void;
}

/** `contentKey` changes when the article is rendered again (a language switch): the target is marked anew. */
export function useDeepLink(mode: 'popup' | 'tab', contentKey: string): DeepLinks {
  const [notFound, setNotFound] = useState<string | null>(null);
  const target = useRef<string | null>(null);

  const markTarget = useCallback((id: string | null) => {
    for (const el of document.querySelectorAll('.is-target')) el.classList.remove('is-target');
    target.current = id;
    if (id) for (const el of sentenceElements(id)) el.classList.add('is-target');
  }, []);

  const follow = useCallback(
    (link: DeepLink, restore: string | null = null) => {
      setNotFound(link.kind === 'unknown' ? link.raw : null);
      if (link.kind === 'sentence') {
        markTarget(link.id);
        const el = sentenceElements(link.id)[0];
        // The title and other meta texts sit at the top: no need to scroll past the header for them.
        if (el) el.scrollIntoView({ block: 'center', behavior: 'instant' });
      } else if (link.kind === 'section') {
        markTarget(null);
        document.getElementById(link.id)?.scrollIntoView({ block: 'start', behavior: 'instant' });
      } else if (link.kind === 'unknown') {
        markTarget(null);
        window.scrollTo({ top: 0, behavior: 'instant' });
      } else if (restore) {
        sentenceElements(restore)[0]?.scrollIntoView({ block: 'start', behavior: 'instant' });
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

  // The article's new elements get the target's mark. (On mount there is no target yet.)
  useLayoutEffect(() => {
    if (target.current) markTarget(target.current);
  }, [contentKey, markTarget]);

  const dismissNotFound = useCallback(() => setNotFound(null), []);
  return { notFound, dismissNotFound, go };
}
