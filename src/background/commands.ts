// Keyboard commands (manifest `commands`): toggle AIGC Lens for the current site, open the reader, and
// step to the next or previous marked term in the active tab, open the side panel, and list the terms in
// view for screen readers.
import browser, { type Tabs } from 'webextension-polyfill';
import { type ContentRequest, parsePageHost } from '../core/messages';
import { normaliseHost, type Settings } from '../core/settings';
import { withSiteToggled } from '../core/settings-edits';
import { defaultSettingsStore } from '../platform/settings-store';
import { openReadingPanel } from '../ui/panel-api';
import { openReaderTab } from './reader-tab';

export type CommandOutcome = { readonly done: true } | { readonly done: false; readonly reason: string };

/** The tab a command acts on: the one Chrome passes, else the active tab (readable without `tabs`). */
async function activeTabId(tab: Tabs.Tab | undefined): Promise<number | undefined> {
  if (tab?.id !== undefined && tab.id >= 0) return tab.id;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

async function ask(tabId: number, request: ContentRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request, { frameId: 0 });
}

/** The host of the tab's top frame, asked of its content script; null when none answers. */
async function pageHost(tabId: number): Promise<string | null> {
  try {
    const answer = parsePageHost(await ask(tabId, { type: 'page-host' }));
    return answer ? normaliseHost(answer.host) : null;
  } catch {
    return null;
  }
}

export interface CommandDeps {
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
}

export async function runCommand(
  command: string,
  tab: Tabs.Tab | undefined,
  deps: CommandDeps = defaultSettingsStore(),
): Promise<CommandOutcome> {
  switch (command) {
    case 'open-reader':
      await openReaderTab();
      return { done: true };
    case 'term-list': {
      const tabId = await activeTabId(tab);
      if (tabId === undefined) return { done: false, reason: 'no active tab' };
      try {
        await ask(tabId, { type: 'term-list' });
        return { done: true };
      } catch {
        return { done: false, reason: 'no content script in the active tab' };
      }
    }
    case 'next-term':
    case 'previous-term': {
      const tabId = await activeTabId(tab);
      if (tabId === undefined) return { done: false, reason: 'no active tab' };
      try {
        await ask(tabId, { type: 'step-term', direction: command === 'next-term' ? 1 : -1 });
        return { done: true };
      } catch {
        return { done: false, reason: 'no content script in the active tab' };
      }
    }
    case 'toggle-site': {
      const tabId = await activeTabId(tab);
      const host = tabId === undefined ? null : await pageHost(tabId);
      if (!host) return { done: false, reason: 'the active tab did not say its host (no content script?)' };
      const settings = await deps.loadSettings();
      await deps.saveSettings({ disabledSites: withSiteToggled(settings, host).disabledSites });
      return { done: true };
    }
    default:
      return { done: false, reason: `unknown command ${command.slice(0, 40)}` };
  }
}

/**
 * The panel must open inside the command's handler itself (the user action): before anything is awaited.
 * Chrome passes the tab, whose window it opens in; Firefox's sidebar opens in the current window.
 */
export function openPanelFromCommand(tab: Tabs.Tab | undefined): Promise<CommandOutcome> {
  return openReadingPanel(tab?.windowId).then(
    () => ({ done: true }) as const,
    (error: unknown) => ({ done: false, reason: `the panel did not open: ${String(error).slice(0, 80)}` }),
  );
}

// Firefox for Android has no keyboard commands.
browser.commands?.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
  const outcome = command === 'open-panel' ? openPanelFromCommand(tab) : runCommand(command, tab);
  void outcome.then(
    (outcome) => {
      if (!outcome.done) console.warn(`AIGC Lens command ${command}: ${outcome.reason}`);
    },
    (error: unknown) => console.warn(`AIGC Lens command ${command}:`, error),
  );
});
