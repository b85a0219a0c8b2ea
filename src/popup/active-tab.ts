// Talks to the active tab's content script (top frame): which terms it marked, its host, reveal a term.
// No `tabs` or host permission: tabs.query gives the tab's id (not its URL) and sendMessage reaches the
// content script the manifest injected; it rejects where none runs.
import browser, { type Tabs } from 'webextension-polyfill';
import { type PageTerms, parsePageHost, parsePageTerms } from '../core/messages';
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
  let answer: unknown;
  try {
    answer = await browser.tabs.sendMessage(tabId, { type: 'page-terms' }, { frameId: 0 });
  } catch {
    return { ok: false, access: classifyUnreachable(tab.url) };
  }
  const parsed = parsePageTerms(answer);
  // A content script that runs but does not answer (an older build) is as good as none: reload.
  if (!parsed) return { ok: false, access: tab.url ? classifyUnreachable(tab.url) : 'reload' };
  let host = siteHost(tab.url);
  if (host === null) {
    try {
      const reply = parsePageHost(
        await browser.tabs.sendMessage(tabId, { type: 'page-host' }, { frameId: 0 }),
      );
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
    const reply = (await browser.tabs.sendMessage(
      tabId,
      { type: 'reveal-term', termId },
      { frameId: 0 },
    )) as unknown;
    return typeof reply === 'object' && reply !== null && (reply as { ok?: unknown }).ok === true;
  } catch {
    return false;
  }
}
