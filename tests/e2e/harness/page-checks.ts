// Checks that run inside a page under test, shared by the Chromium and Firefox suites.

/**
 * The page's DOM as the browser serialises it, against the same HTML parsed afresh by DOMParser
 * (a document no content script touches). Equal strings mean the extension changed nothing.
 */
export const SERIALISE_LIVE_AND_PRISTINE = `(async () => {
  const html = await (await fetch(location.href)).text();
  const pristine = new DOMParser().parseFromString(html, 'text/html');
  return { live: document.documentElement.outerHTML, pristine: pristine.documentElement.outerHTML };
})()`;

/** Names of performance marks the content script left in this document. */
export const CONTENT_MARKS = `performance.getEntriesByType('mark').map((m) => m.name).filter((n) => n.startsWith('aigc-lens:'))`;
