// Talks to the active tab's content script (top frame): which terms it marked, its host, reveal a term.
// No `tabs` or host permission: tabs.query gives the tab's id (not its URL) and sendMessage reaches the
// content script the manifest injected; it rejects where none runs.
import type { PageTerms } from '../core/messages';
import { browser, type Tabs } from '../platform/browser';
import { sendToTab } from '../platform/messaging';
import { classifyUnreachable, type PageAccess, siteHost } from './page-access';

export type PageTermsResult =
  | {
      readonly ok: true;
      readonly tabId: number;
      readonly terms: PageTerms['terms'];
      readonly host: string | null;
    }
  | { readonly ok: false; readonly access: PageAccess };

export async function queryActiveTab(): Promise<PageTermsResult> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return queryTab(tab);
}

/** What a tab's content script marked (see queryActiveTab). */
export async function queryTab(tab: Tabs.Tab | undefined): Promise<PageTermsResult> {
  if (tab?.id === undefined) return { ok: false, access: 'unknown' };
  const tabId = tab.id;
  let parsed: PageTerms | null;
  try {
    parsed = await sendToTab(tabId, { type: 'page-terms' });
  } catch {
    return { ok: false, access: classifyUnreachable(tab.url) };
  }
  // A content script that runs but does not answer (an older build) is as good as none: reload.
  if (!parsed) return { ok: false, access: tab.url ? classifyUnreachable(tab.url) : 'reload' };
  let host = siteHost(tab.url);
  if (host === null) {
    try {
      const reply = await sendToTab(tabId, { type: 'page-host' });
      host = reply && reply.host !== '' ? reply.host : null;
    } catch {
      host = null;
    }
  }
  return { ok: true, tabId, terms: parsed.terms, host };
}

/** Scrolls the page to the term's next occurrence and flashes it; false when it is gone. */
export async function revealTerm(tabId: number, termId: string): Promise<boolean> {
  try {
    const reply = await sendToTab(tabId, { type: 'reveal-term', termId });
    return reply?.ok === true;
  } catch {
    return false;
  }
}
