// The panel's page: the active tab's terms in reading order, each with its gloss and best passage; the
// passage of the term the reader points at on the page is ranked for that spot, scrolled to and
// highlighted; a term's name shows its next occurrence on the page.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Lang, Term } from '../article/types';
import type { TermShown } from '../core/messages';
import { type RankContext, rankExcerpts } from '../core/rank';
import { isActiveOn } from '../core/settings';
import { revealTerm } from '../popup/active-tab';
import { cantReadText } from '../popup/page-access';
import { usePageLanguage, useSettings } from '../reading/use-settings';
import { fill } from '../ui/format';
import { glossFor, termById } from '../ui/glossary-index';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { Passage } from '../ui/MarkedText';
import { categories } from '../ui/strings/categories';
import { common } from '../ui/strings/common';
import { reader } from '../ui/strings/reader';
import { surfaces } from '../ui/strings/surfaces';
import { firstLine } from '../ui/term-line';
import { useFollowedTab } from './follow-tab';

const NO_CONTEXT: RankContext = { blockText: '', nearbyTermIds: [] };

export function PanelApp() {
  const [settings, update] = useSettings();
  const { result, shown, refresh } = useFollowedTab();
  const [missing, setMissing] = useState<string | null>(null);
  const language = usePageLanguage(settings, (ui) => common[ui].appName);
  const list = useRef<HTMLOListElement>(null);

  // Settings decide what the page marks: ask it again once it has re-marked.
  const marking = settings
    ? JSON.stringify([settings.enabled, settings.disabledSites, settings.categories])
    : '';
  useEffect(() => {
    if (marking) refresh();
  }, [marking]);

  const terms = result?.ok ? result.terms : [];
  // A layout effect: in the same task as the render, where a passive effect waits for a frame (and timers
  // in a background document are throttled to a second).
  useLayoutEffect(() => {
    if (!shown) return;
    const item = list.current?.querySelector<HTMLElement>(`[data-term="${CSS.escape(shown.termId)}"]`);
    if (!item) {
      // A term the list does not have yet (the page grew): the list is stale.
      refresh();
      return;
    }
    // The sticky bar covers the top of the view.
    const bar = document.querySelector('.panel-bar')?.getBoundingClientRect().bottom ?? 0;
    window.scrollTo({
      top: window.scrollY + item.getBoundingClientRect().top - bar - 8,
      behavior: 'instant',
    });
  }, [shown, terms]);

  if (!settings || !language) return null;
  const ui = language.ui;
  const t = surfaces[ui];
  const r = reader[ui];
  const lang = language.article[0] ?? ui;

  let body: preact.ComponentChildren;
  if (result === null)
    body = (
      <p class="status" role="status">
        {r.pageLoading}
      </p>
    );
  else if (!result.ok)
    body = (
      <p class="status explain" role="status" data-access={result.access}>
        {cantReadText(result.access, r)}
      </p>
    );
  else if (!settings.enabled || (result.host !== null && !isActiveOn(settings, result.host)))
    body = (
      <p class="status" role="status">
        {t.panelOff}
      </p>
    );
  else if (result.terms.length === 0)
    body = (
      <p class="status" role="status">
        {t.panelEmpty}
      </p>
    );
  else {
    const tabId = result.tabId;
    body = (
      <ol class="panel-terms" ref={list}>
        {result.terms.map(({ termId }) => {
          const term = termById(termId);
          if (!term) return null;
          return (
            <PanelTerm
              key={termId}
              term={term}
              ui={ui}
              lang={lang}
              shown={shown?.termId === termId ? shown : null}
              missing={missing === termId}
              onReveal={async () => setMissing((await revealTerm(tabId, termId)) ? null : termId)}
            />
          );
        })}
      </ol>
    );
  }

  return (
    <div class="panel-page">
      <header class="panel-bar">
        <span class="brand">{common[ui].appName}</span>
        <LanguageSwitch value={language.choice} ui={ui} onChange={(value) => update({ language: value })} />
      </header>
      <main>
        <h1>{t.panelHeading}</h1>
        <p class="hint">{t.panelFollowing}</p>
        {body}
      </main>
    </div>
  );
}

interface PanelTermProps {
  readonly term: Term;
  readonly ui: Lang;
  readonly lang: Lang;
  readonly shown: TermShown | null;
  readonly missing: boolean;
  readonly onReveal: () => void;
}

function PanelTerm({ term, ui, lang, shown, missing, onReveal }: PanelTermProps) {
  const t = surfaces[ui];
  const label = term.label[ui];
  const best = useMemo(() => rankExcerpts(term, shown ?? NO_CONTEXT)[0], [term, shown]);
  const gloss = glossFor(term, ui);
  return (
    <li
      class={`panel-term${shown ? ' is-current' : ''}`}
      data-term={term.id}
      aria-current={shown ? 'true' : undefined}
    >
      <h2>
        <button
          type="button"
          class="term-name"
          title={fill(t.showOnPage, { term: label })}
          onClick={onReveal}
        >
          {label}
        </button>
        <span class={`category category-${term.category}`}>{categories[ui][term.category]}</span>
      </h2>
      <p class="gloss" lang={gloss.lang}>
        {firstLine(gloss.text)}
      </p>
      {best ? (
        <blockquote class="passage" data-sentence={best.excerpt.sentences[0]}>
          <span class="excerpt" lang={lang}>
            <Passage sids={best.excerpt.sentences} lang={lang} termIds={[term.id]} />
          </span>
        </blockquote>
      ) : null}
      {missing ? <p class="note">{t.notOnPage}</p> : null}
    </li>
  );
}
