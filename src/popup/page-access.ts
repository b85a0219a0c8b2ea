// Why the popup or the side panel cannot list a tab's terms, decided from what it knows: the tab's URL when
// the browser gives one (it does not without the `tabs` permission, which AIGC Lens does not ask for) and
// the error; and the one sentence both say for it.

export type PageAccess =
  /** Browser pages, the extension stores, PDF viewers: content scripts are never injected there. */
  | 'restricted'
  /** A web page with no content script yet: loaded before AIGC Lens was installed or updated. */
  | 'reload'
  /** The URL is unknown: say both possibilities briefly. */
  | 'unknown';

const RESTRICTED_SCHEMES = [
  'chrome:',
  'chrome-extension:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'about:',
  'moz-extension:',
  'resource:',
  'view-source:',
  'data:',
];
const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org'];

/** Classifies a tab whose content script did not answer. */
export function classifyUnreachable(url: string | undefined): PageAccess {
  if (url === undefined || url === '') return 'unknown';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'unknown';
  }
  if (RESTRICTED_SCHEMES.includes(parsed.protocol)) return 'restricted';
  if (STORE_HOSTS.includes(parsed.hostname)) return 'restricted';
  if (parsed.pathname.toLowerCase().endsWith('.pdf')) return 'restricted';
  // Local files need "Allow access to file URLs", which we cannot see from here.
  if (parsed.protocol === 'file:') return 'unknown';
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? 'reload' : 'restricted';
}

/** The host the per-site switch acts on, or null when the URL is unknown or not a web page. */
export function siteHost(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** The strings a "can't read this page" message is chosen from (the reader catalog has them). */
export interface CantReadStrings {
  readonly cantReadRestricted: string;
  readonly cantReadReload: string;
  readonly cantReadUnknown: string;
}

/** What the popup and the side panel say about a page they cannot read. */
export function cantReadText(access: PageAccess, strings: CantReadStrings): string {
  if (access === 'restricted') return strings.cantReadRestricted;
  if (access === 'reload') return strings.cantReadReload;
  return strings.cantReadUnknown;
}
