// "On this page": the terms marked in the active tab (click one to see it there), the on/off switches,
// and, where the page cannot be read, why.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Lang } from '../article/types';
import { isSiteDisabled, type Settings } from '../core/settings';
import { withSiteToggled } from '../core/settings-edits';
import { browser } from '../platform/browser';
import { fill } from '../ui/format';
import { termById } from '../ui/glossary-index';
import { categories } from '../ui/strings/categories';
import { common } from '../ui/strings/common';
import { reader } from '../ui/strings/reader';
import { type PageTermsResult, queryActiveTab, revealTerm } from './active-tab';
import { cantReadText } from './page-access';
import { orderTerms, type TermOrder } from './page-terms-order';

export interface OnThisPageProps {
  readonly settings: Settings;
  readonly update: (patch: Partial<Settings>) => void;
  readonly ui: Lang;
}

/** After a switch changes, the content script re-marks the page; ask again once it has. */
const REQUERY_MS = 400;

export function OnThisPage({ settings, update, ui }: OnThisPageProps) {
  const t = reader[ui];
  const [result, setResult] = useState<PageTermsResult | null>(null);
  const [order, setOrder] = useState<TermOrder>('page');
  const [failed, setFailed] = useState<string | null>(null);

  const refresh = useCallback(() => {
    void queryActiveTab()
      .then(setResult)
      .catch(() => setResult({ ok: false, access: 'unknown' }));
  }, []);
  useEffect(refresh, []);
  const siteKey = JSON.stringify([settings.enabled, settings.disabledSites, settings.categories]);
  useEffect(() => {
    const timer = setTimeout(refresh, REQUERY_MS);
    return () => clearTimeout(timer);
  }, [siteKey]);

  const host = result?.ok ? result.host : null;
  const siteOn = host === null || !isSiteDisabled(settings, host);

  return (
    <div class="on-this-page">
      <fieldset class="switches">
        <legend class="visually-hidden">{t.switchesLabel}</legend>
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            aria-checked={settings.enabled}
            checked={settings.enabled}
            onChange={(event) => update({ enabled: event.currentTarget.checked })}
          />
          <span>{common[ui].enabledEverywhere}</span>
        </label>
        {host !== null ? (
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              aria-checked={siteOn}
              checked={siteOn}
              disabled={!settings.enabled}
              onChange={() => update({ disabledSites: withSiteToggled(settings, host).disabledSites })}
            />
            <span>{fill(t.onForSite, { host })}</span>
          </label>
        ) : result?.ok ? (
          <p class="note">
            {t.siteUnknown}{' '}
            <button type="button" class="text-button" onClick={() => void browser.runtime.openOptionsPage()}>
              {t.openSettings}
            </button>
          </p>
        ) : null}
      </fieldset>
      {/* The article's h1 is hidden while this panel shows: this is the page's main heading now. */}
      <h1 class="panel-heading">{t.pageTermsHeading}</h1>
      <PageTermsBody
        result={result}
        settings={settings}
        siteOn={siteOn}
        ui={ui}
        order={order}
        setOrder={setOrder}
        failed={failed}
        onReveal={async (termId) => {
          if (!result?.ok) return;
          const ok = await revealTerm(result.tabId, termId);
          setFailed(ok ? null : termId);
        }}
      />
    </div>
  );
}

interface BodyProps {
  readonly result: PageTermsResult | null;
  readonly settings: Settings;
  readonly siteOn: boolean;
  readonly ui: Lang;
  readonly order: TermOrder;
  readonly setOrder: (order: TermOrder) => void;
  readonly failed: string | null;
  readonly onReveal: (termId: string) => void;
}

function PageTermsBody({ result, settings, siteOn, ui, order, setOrder, failed, onReveal }: BodyProps) {
  const t = reader[ui];
  if (result === null)
    return (
      <p class="status" role="status">
        {t.pageLoading}
      </p>
    );
  if (!result.ok) {
    return (
      <p class="status explain" role="status" data-access={result.access}>
        {cantReadText(result.access, t)}
      </p>
    );
  }
  if (!settings.enabled)
    return (
      <p class="status" role="status">
        {t.offEverywhere}
      </p>
    );
  if (!siteOn)
    return (
      <p class="status" role="status">
        {t.offForSite}
      </p>
    );
  if (result.terms.length === 0)
    return (
      <p class="status" role="status">
        {t.pageEmpty}
      </p>
    );
  return (
    <>
      <fieldset class="order">
        <legend>{t.orderLabel}</legend>
        {(['page', 'count'] as const).map((value) => (
          <label key={value} class="order-option">
            <input
              type="radio"
              name="term-order"
              value={value}
              checked={order === value}
              onChange={() => setOrder(value)}
            />
            {value === 'page' ? t.orderPage : t.orderCount}
          </label>
        ))}
      </fieldset>
      <ul class="page-terms">
        {orderTerms(result.terms, order).map(({ termId, count }) => {
          const term = termById(termId);
          if (!term) return null;
          const label = term.label[ui];
          return (
            <li key={termId}>
              <button
                type="button"
                class="page-term"
                data-term={termId}
                title={fill(t.revealTerm, { term: label })}
                onClick={() => onReveal(termId)}
              >
                <span class="page-term-label" lang={ui}>
                  {label}
                </span>
                <span class={`category category-${term.category}`}>{categories[ui][term.category]}</span>
                <span class="count">
                  <span aria-hidden="true">{fill(t.occurrences, { n: count })}</span>
                  <span class="visually-hidden">{fill(t.occurrencesLong, { n: count })}</span>
                </span>
              </button>
              {failed === termId ? (
                <p class="note" role="status">
                  {t.revealFailed}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
