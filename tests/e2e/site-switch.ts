// The pages of the per-site switch tests (site-switch.*.test.ts): a top page on one site with a
// same-origin, a cross-site, a srcdoc and an about:blank frame, and the same frames under the other site.
import type { FixtureServer } from './harness/server';

export const TOP_TEXT = 'ChatGPT was tuned with RLHF.';
export const TOP_MARKS = ['ChatGPT', 'RLHF'];
/** Each frame's own marks, by the frame's kind. */
/** Unambiguous terms: a frame holding nothing else is evidence enough (an ambiguous alias alone would not be marked). */
export const FRAME_MARKS = {
  same: ['InstructGPT'],
  cross: ['MusicLM'],
  srcdoc: ['RLHF'],
  blank: ['Stable Diffusion'],
};

const page = (body: string, script = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>site switch</title></head><body>${body}${script}</body></html>`;

/**
 * Routes `/site-top.html` and its frames on `server`, its cross-site frame on `crossOrigin` (another
 * host name for the same machine, so another site: `localhost` against `127.0.0.1`).
 */
export function routeSiteSwitchPages(server: FixtureServer, crossOrigin: string): void {
  server.route('/site-same.html', page('<p>InstructGPT in a same-origin frame</p>'));
  server.route('/site-cross.html', page('<p>MusicLM in a cross-site frame</p>'));
  server.route(
    '/site-top.html',
    page(
      `<main><p>${TOP_TEXT}</p>
      <iframe name="same" src="/site-same.html"></iframe>
      <iframe name="cross" src="${crossOrigin}/site-cross.html"></iframe>
      <iframe name="srcdoc" srcdoc="<p>RLHF in a srcdoc frame</p>"></iframe>
      <iframe name="blank" id="blank"></iframe></main>`,
      `<script>
        window.addEventListener('load', () => {
          const doc = document.getElementById('blank').contentDocument;
          const p = doc.createElement('p');
          p.textContent = 'Stable Diffusion in about:blank';
          doc.body.append(p);
        });
      </script>`,
    ),
  );
}

/** The same server under the other site's name: `127.0.0.1` ↔ `localhost`. */
export function otherSite(origin: string): string {
  return origin.includes('127.0.0.1')
    ? origin.replace('127.0.0.1', 'localhost')
    : origin.replace('localhost', '127.0.0.1');
}
