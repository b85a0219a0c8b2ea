// The "Look up in AIGC Lens" context-menu item on selected text: the tab's content script opens the card;
// where no content script can answer (a restricted page, a frame it does not run in), the reader opens
// at the best passage of the first term in the selection instead.
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { matcherData } from '../article/generated/matcher-data';
import { glossary } from '../article/glossary';
import { createMatcher, type Matcher } from '../core/matcher';
import type { ContentRequest } from '../core/messages';
import { openReaderTab } from './reader-tab';

export const LOOKUP_MENU_ID = 'aigc-lens-lookup';
/** parseContentRequest refuses longer texts (src/core/messages.ts, MAX_TEXT). */
const MAX_SELECTION = 10_000;

let matcher: Matcher | undefined;

export interface LookupTarget {
  readonly termId: string;
  /** The first sentence of the term's best excerpt: the reader's anchor. */
  readonly sentenceId: string;
}

/** The first glossary term in the text and where the reader should open for it; null when there is none. */
export function lookupTarget(selectionText: string): LookupTarget | null {
  matcher ??= createMatcher(matcherData);
  for (const match of matcher.findAll(selectionText.slice(0, MAX_SELECTION))) {
    const termId = matcher.termIds[match.term];
    const sentenceId = glossary.find((term) => term.id === termId)?.excerpts[0]?.sentences[0];
    if (termId && sentenceId) return { termId, sentenceId };
  }
  return null;
}

export async function onLookupClicked(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void> {
  if (info.menuItemId !== LOOKUP_MENU_ID) return;
  const text = (info.selectionText ?? '').slice(0, MAX_SELECTION);
  if (tab?.id !== undefined && tab.id >= 0) {
    const request: ContentRequest = { type: 'lookup-selection', text };
    try {
      await browser.tabs.sendMessage(tab.id, request, { frameId: info.frameId ?? 0 });
      return;
    } catch {
      // No content script in that frame: fall through to the reader.
    }
  }
  const target = lookupTarget(text);
  await openReaderTab(target ? `#${target.sentenceId}` : '');
}

function createMenu(): void {
  // removeAll first: onInstalled also fires on update and on Firefox's event-page reload, and creating an
  // id that exists is an error.
  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: LOOKUP_MENU_ID,
      title: browser.i18n.getMessage('contextMenuLookup'),
      contexts: ['selection'],
    }),
  );
}

// Firefox for Android has no context menus: there the item is simply not offered.
if (browser.contextMenus) {
  browser.runtime.onInstalled.addListener(createMenu);
  // Chrome keeps an extension's menu items across restarts; Firefox's event pages may not, so build it again.
  browser.runtime.onStartup.addListener(createMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void onLookupClicked(info, tab).catch((error: unknown) => console.warn('AIGC Lens lookup:', error));
  });
}
