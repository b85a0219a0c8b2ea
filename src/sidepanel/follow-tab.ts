// The panel follows the active tab of its window: what its content script marked, the term a card last
// opened for there, and a fresh list whenever the active tab changes or reloads. No `tabs` permission:
// tab events carry ids, and the content script answers for its own page.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { parseBackgroundRequest, parseTermShown, type TermShown } from '../core/messages';
import { type PageTermsResult, queryActiveTab } from '../popup/active-tab';

export interface FollowedTab {
  readonly result: PageTermsResult | null;
  /** The term the page last opened a card for, with the context its passage is ranked in. */
  readonly shown: TermShown | null;
  readonly refresh: () => void;
}

/** Term counts arrive as the page is scanned; ask again at most this often. */
const REFRESH_MS = 300;

export function useFollowedTab(): FollowedTab {
  const [result, setResult] = useState<PageTermsResult | null>(null);
  const [shown, setShown] = useState<TermShown | null>(null);
  const tabId = useRef<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const refresh = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      void queryActiveTab()
        .catch((): PageTermsResult => ({ ok: false, access: 'unknown' }))
        .then((next) => {
          const id = next.ok ? next.tabId : null;
          if (id !== tabId.current) setShown(null);
          tabId.current = id;
          setResult(next);
        });
    }, REFRESH_MS);
  }, []);

  useEffect(() => {
    refresh();
    const onActivated = () => refresh();
    const onUpdated = (id: number, change: { status?: string }) => {
      if (change.status === 'complete') refresh();
      else if (id === tabId.current && change.status === 'loading') setShown(null);
    };
    const onMessage = (message: unknown, sender: browser.Runtime.MessageSender) => {
      if (sender.id !== browser.runtime.id || sender.tab?.id === undefined) return undefined;
      if (sender.tab.id !== tabId.current) {
        // A page that was not readable a moment ago (or another tab now active) is speaking: look again.
        if (sender.tab.active) refresh();
        return undefined;
      }
      const term = parseTermShown(message);
      if (term) setShown(term);
      else if (parseBackgroundRequest(message)?.type === 'page-term-count') refresh();
      return undefined;
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.windows?.onFocusChanged.addListener(onActivated);
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      clearTimeout(timer.current);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.windows?.onFocusChanged.removeListener(onActivated);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [refresh]);

  return { result, shown, refresh };
}
