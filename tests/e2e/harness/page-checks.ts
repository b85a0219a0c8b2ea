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

/**
 * Every string our highlights mark in this document (shadow trees included), sorted. Read from the
 * CSS.highlights registry the page shares with the content script.
 */
export const MARKED_TEXTS = `(() => {
  const texts = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('aigc-lens') || name === 'aigc-lens-flash') continue;
    for (const r of highlight) {
      const range = document.createRange();
      try {
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        texts.push(range.toString());
      } catch {
        texts.push('<stale range>');
      }
    }
  }
  return texts.sort();
})()`;

/** Names in CSS.highlights that belong to AIGC Lens. */
export const HIGHLIGHT_NAMES = `[...CSS.highlights.keys()].filter((name) => name.startsWith('aigc-lens')).sort()`;
