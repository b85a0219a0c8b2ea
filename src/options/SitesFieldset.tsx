// The disabled-sites list: add a host (with or without its subdomains), remove one, and say clearly why
// a typed host cannot be added.
import { useRef, useState } from 'preact/hooks';
import { type DisabledSite, MAX_DISABLED_SITES, type Settings } from '../core/settings';
import { withSiteAdded, withSiteRemoved } from '../core/settings-edits';
import { fill } from '../ui/format';
import type { OptionsStrings } from '../ui/strings/options';
import { hostFromInput } from './site-input';

interface Props {
  settings: Settings;
  t: OptionsStrings;
  onChange(sites: readonly DisabledSite[]): void;
}

export function SitesFieldset({ settings, t, onChange }: Props) {
  const [text, setText] = useState('');
  const [subdomains, setSubdomains] = useState(true);
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const add = (event: Event) => {
    event.preventDefault();
    const parsed = hostFromInput(text);
    if ('error' in parsed) {
      setError(
        parsed.error === 'empty'
          ? t.siteErrorEmpty
          : fill(t.siteErrorInvalid, { host: text.trim().slice(0, 80) }),
      );
      input.current?.focus();
      return;
    }
    const existing = settings.disabledSites.find((site) => site.host === parsed.host);
    if (existing && existing.includeSubdomains === subdomains) {
      setError(fill(t.siteErrorDuplicate, { host: parsed.host }));
      input.current?.focus();
      return;
    }
    if (!existing && settings.disabledSites.length >= MAX_DISABLED_SITES) {
      setError(fill(t.siteErrorFull, { max: MAX_DISABLED_SITES }));
      return;
    }
    setError('');
    setText('');
    onChange(withSiteAdded(settings, { host: parsed.host, includeSubdomains: subdomains }).disabledSites);
    input.current?.focus();
  };

  const remove = (host: string) => {
    onChange(withSiteRemoved(settings, host).disabledSites);
    input.current?.focus();
  };

  return (
    <fieldset class="sites">
      <legend>{t.sitesLegend}</legend>
      <form class="site-form" onSubmit={add} noValidate>
        <div class="site-input">
          <label for="site-host">{t.siteHost}</label>
          <input
            ref={input}
            id="site-host"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="news.example.com"
            value={text}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'site-error sites-help' : 'sites-help'}
            onInput={(event) => {
              setText(event.currentTarget.value);
              if (error) setError('');
            }}
          />
        </div>
        <label class="option">
          <input
            type="checkbox"
            id="site-subdomains"
            checked={subdomains}
            onChange={(event) => setSubdomains(event.currentTarget.checked)}
          />
          <span>{t.siteSubdomains}</span>
        </label>
        <button type="submit">{t.siteAdd}</button>
      </form>
      <p id="sites-help" class="help">
        {t.sitesHelp}
      </p>
      <p id="site-error" class="error" role="alert">
        {error}
      </p>
      {settings.disabledSites.length === 0 ? (
        <p class="empty">{t.sitesEmpty}</p>
      ) : (
        <ul class="site-list" aria-label={t.sitesLegend}>
          {settings.disabledSites.map((site) => (
            <li key={site.host}>
              <span class="host" lang="en">
                {site.host}
              </span>
              <span class="scope">{site.includeSubdomains ? t.siteWithSubdomains : t.siteOnly}</span>
              <button
                type="button"
                class="remove"
                aria-label={fill(t.siteRemove, { host: site.host })}
                onClick={() => remove(site.host)}
              >
                {t.siteRemoveShort}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
