// Changes to settings the pages and commands make: a validated patch, and edits of the disabled-sites list.
// Kept apart from settings.ts so that the eager content script does not carry them.
import { type DisabledSite, MAX_DISABLED_SITES, SETTINGS_VERSION, type Settings } from './settings';
import { type ParsedSettings, parseSettings } from './settings-problems';

/** `settings` with `patch` applied, validated: an invalid field of the patch keeps the current value. */
export function mergeSettings(settings: Settings, patch: Partial<Settings>): ParsedSettings {
  const problems: string[] = [];
  const valid: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'version') continue;
    const check = parseSettings({ [key]: value });
    if (check.problems.length === 0) valid[key] = value;
    else problems.push(...check.problems);
  }
  return { settings: parseSettings({ ...settings, ...valid, version: SETTINGS_VERSION }).settings, problems };
}

/** The disabled-site entries that cover `hostname` (the host itself, or a parent with its subdomains). */
function coveringSites(settings: Settings, hostname: string): DisabledSite[] {
  const host = hostname.toLowerCase();
  return settings.disabledSites.filter(
    (site) => site.host === host || (site.includeSubdomains && host.endsWith(`.${site.host}`)),
  );
}

/**
 * The toggle-site command: a host that is disabled (by itself or by a parent with its subdomains) is
 * enabled again by removing every entry that covers it; otherwise the host alone is disabled.
 */
export function withSiteToggled(settings: Settings, host: string): Settings {
  const covering = coveringSites(settings, host);
  if (covering.length > 0) {
    return { ...settings, disabledSites: settings.disabledSites.filter((site) => !covering.includes(site)) };
  }
  return withSiteAdded(settings, { host, includeSubdomains: false });
}

/** The list with `site` added, or replacing the entry for the same host. */
export function withSiteAdded(settings: Settings, site: DisabledSite): Settings {
  const rest = settings.disabledSites.filter((known) => known.host !== site.host);
  return { ...settings, disabledSites: [...rest, site].slice(0, MAX_DISABLED_SITES) };
}

export function withSiteRemoved(settings: Settings, host: string): Settings {
  return { ...settings, disabledSites: settings.disabledSites.filter((site) => site.host !== host) };
}
