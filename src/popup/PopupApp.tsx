// The popup's frame: brand, the two tabs (article, on this page), the language switch and "open in a tab".
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from '../platform/browser';
import { sendToTab } from '../platform/messaging';
import { hasReadingPanel, openReadingPanel } from '../platform/panel-api';
import { openReaderTab } from '../platform/reader-tab';
import { savePosition } from '../reading/position';
import {
  ARTICLE_PANEL_ID,
  ARTICLE_TAB_ID,
  OTHER_PANEL_ID,
  OTHER_TAB_ID,
  ReadingView,
} from '../reading/ReadingView';
import { usePageLanguage, useSettings } from '../reading/use-settings';
import { IconButton } from '../ui/IconButton';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { common } from '../ui/strings/common';
import { reader } from '../ui/strings/reader';
import { surfaces } from '../ui/strings/surfaces';
import { OnThisPage } from './OnThisPage';

type PopupTab = 'article' | 'page';
const TABS: readonly PopupTab[] = ['article', 'page'];

async function openInTab(topSid: string | null): Promise<void> {
  // The tab page restores this position, so it opens where the popup was without marking a sentence.
  savePosition(topSid);
  await openReaderTab();
  await closePopup();
}

/** Closes the real popup; opened as a page (tests), the page stays. */
async function closePopup(): Promise<void> {
  if ((await browser.tabs.getCurrent()) === undefined) window.close();
}

/** Asks the active tab to show its accessible list of the terms in view, then gets out of the way. */
async function openTermList(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  try {
    await sendToTab(tab.id, { type: 'term-list' });
  } catch {
    // No content script there: the "On this page" tab says why.
    return;
  }
  await closePopup();
}

export function PopupApp() {
  const [settings, update] = useSettings();
  const [tab, setTab] = useState<PopupTab>('article');
  const topSid = useRef<string | null>(null);
  const tabRefs = useRef<Array<HTMLButtonElement | null>>([]);
  // The panel must open in the click itself (src/platform/panel-api.ts): the window id is looked up beforehand.
  const windowId = useRef<number | undefined>(undefined);
  useEffect(() => {
    void browser.windows?.getCurrent().then((current) => {
      windowId.current = current.id;
    });
  }, []);
  const language = usePageLanguage(settings, (ui) => common[ui].appName);
  if (!settings || !language) return null;
  const { ui } = language;
  const t = reader[ui];

  const select = (next: PopupTab, focus: boolean) => {
    setTab(next);
    if (focus) tabRefs.current[TABS.indexOf(next)]?.focus();
  };
  const bar = (
    <>
      <div class="bar-row">
        <span class="brand">{common[ui].appName}</span>
        <div class="tabs" role="tablist" aria-label={t.panelsLabel}>
          {TABS.map((name, i) => (
            <button
              key={name}
              ref={(el) => {
                tabRefs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={name === 'article' ? ARTICLE_TAB_ID : OTHER_TAB_ID}
              aria-controls={name === 'article' ? ARTICLE_PANEL_ID : OTHER_PANEL_ID}
              aria-selected={tab === name}
              tabIndex={tab === name ? 0 : -1}
              onClick={() => select(name, false)}
              onKeyDown={(event) => {
                if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
                event.preventDefault();
                select(TABS[(i + 1) % TABS.length] as PopupTab, true);
              }}
            >
              {name === 'article' ? t.tabArticle : t.tabOnThisPage}
            </button>
          ))}
        </div>
        {hasReadingPanel() ? (
          <IconButton
            class="open-panel"
            label={surfaces[ui].openPanel}
            onClick={() =>
              void openReadingPanel(windowId.current).then(closePopup, (error: unknown) =>
                console.warn('AIGC Lens side panel:', error),
              )
            }
          >
            <svg
              aria-hidden="true"
              width="16"
              height="16"
              viewBox="0 0 16 16"
              fill="none"
              stroke="currentColor"
              stroke-width="1.6"
            >
              <rect x="2.5" y="3" width="11" height="10" rx="1" />
              <path d="M9.5 3v10" />
            </svg>
          </IconButton>
        ) : null}
        <IconButton class="open-list" label={surfaces[ui].openTermList} onClick={() => void openTermList()}>
          <svg
            aria-hidden="true"
            width="16"
            height="16"
            viewBox="0 0 16 16"
            fill="none"
            stroke="currentColor"
            stroke-width="1.6"
          >
            <path d="M6 4h7.5M6 8h7.5M6 12h7.5M2.5 4h.5M2.5 8h.5M2.5 12h.5" />
          </svg>
        </IconButton>
        <IconButton class="open-tab" label={t.openInTab} onClick={() => void openInTab(topSid.current)}>
          <svg
            aria-hidden="true"
            width="16"
            height="16"
            viewBox="0 0 16 16"
            fill="none"
            stroke="currentColor"
            stroke-width="1.6"
          >
            <path d="M9 2.5h4.5V7M13.5 2.5 7.5 8.5M12 9.5V13a.5.5 0 0 1-.5.5h-8A.5.5 0 0 1 3 13V5a.5.5 0 0 1 .5-.5H7" />
          </svg>
        </IconButton>
      </div>
      <div class="bar-row">
        <LanguageSwitch value={language.choice} ui={ui} onChange={(value) => update({ language: value })} />
      </div>
    </>
  );
  return (
    <ReadingView
      mode="popup"
      language={language}
      hoverDelayMs={settings.hoverDelayMs}
      bar={bar}
      onTopSentence={(sid) => {
        topSid.current = sid;
      }}
      panel={tab === 'page' ? <OnThisPage settings={settings} update={update} ui={ui} /> : undefined}
    />
  );
}
