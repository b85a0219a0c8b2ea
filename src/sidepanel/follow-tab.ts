// The panel follows the active tab of its window: what its content script marked, the term a card last
// opened for there, and a fresh list whenever the active tab changes or reloads. No `tabs` permission:
// tab events carry ids, and the content script answers for its own page.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser, { type Tabs } from 'webextension-polyfill';
import { parseBackgroundRequest, parseTermShown, type TermShown } from '../core/messages';
import { type PageTermsResult, queryTab } from '../popup/active-tab';

export interface FollowedTab {
  readonly result: PageTermsResult | null;
  /** The term the page last opened a card for, with the context its passage is ranked in. */
  readonly shown: TermShown | null;
  readonly refresh: () => void;
}

/** Term counts arrive as the page is scanned; ask again at most this often. */
const REFRESH_MS = 300;

/**
 * The tab to follow: the one a page just spoke from when asked, else the window's active tab. The panel
 * page opened as a tab of its own (no side panel API, or a test) follows the window's most recently used
 * other tab instead of itself (`lastAccessed` needs no `tabs` permission).
 */
async function tabToFollow(prefer: number | undefined): Promise<Tabs.Tab | undefined> {
  if (prefer !== undefined) return browser.tabs.get(prefer).catch(() => undefined);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const self = await browser.tabs.getCurrent();
  if (self === undefined || active?.id !== self.id) return active;
  const others = (await browser.tabs.query({ currentWindow: true })).filter((tab) => tab.id !== self.id);
  return others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

export function useFollowedTab(): FollowedTab {
  const [result, setResult] = useState<PageTermsResult | null>(null);
  const [shown, setShown] = useState<TermShown | null>(null);
  const tabId = useRef<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const readable = useRef(false);
  const refresh = useCallback((prefer?: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      void tabToFollow(prefer)
        .then(queryTab)
        .catch((): PageTermsResult => ({ ok: false, access: 'unknown' }))
        .then((next) => {
          const id = next.ok ? next.tabId : null;
          if (id !== tabId.current) setShown(null);
          tabId.current = id;
          readable.current = next.ok;
          setResult(next);
        });
    }, REFRESH_MS);
  }, []);

  useEffect(() => {
    refresh();
    const onActivated = () => refresh();
    const onFocus = () => refresh();
    const onUpdated = (id: number, change: { status?: string }) => {
      if (change.status === 'complete') refresh();
      else if (id === tabId.current && change.status === 'loading') setShown(null);
    };
    const onMessage = (message: unknown, sender: browser.Runtime.MessageSender) => {
      if (sender.id !== browser.runtime.id || sender.tab?.id === undefined) return undefined;
      if (sender.tab.id !== tabId.current) {
        // Another tab is speaking: follow it if it is the active one, or if what is followed is unreadable.
        if (sender.tab.active || !readable.current) refresh(sender.tab.id);
        return undefined;
      }
      const term = parseTermShown(message);
      if (term) setShown(term);
      else if (parseBackgroundRequest(message)?.type === 'page-term-count') refresh();
      return undefined;
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.windows?.onFocusChanged.addListener(onFocus);
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      clearTimeout(timer.current);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.windows?.onFocusChanged.removeListener(onFocus);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [refresh]);

  return { result, shown, refresh };
}
