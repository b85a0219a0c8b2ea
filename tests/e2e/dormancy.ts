// The pages of the dormancy tests (dormancy.chromium/firefox.test.ts): a top page with a frame of prose,
// a 1×1 frame and a hidden frame of the same prose, and an ad frame with no text, each told apart by its
// query string; and what the frames do to wake them.
import type { FixtureServer } from './harness/server';

export const PROSE_MARKS = ['ChatGPT', 'RLHF'];
export const ADDED_MARKS = ['retrieval-augmented generation'];
/** The frames that must stay dormant, by the query string of their URL. */
export const DORMANT_FRAMES = ['tiny', 'hidden', 'ad'] as const;

export function routeDormancyPages(server: FixtureServer): string {
  server.route(
    '/dormancy-prose.html',
    '<!doctype html><html><body><p>RLHF is how ChatGPT was tuned.</p></body></html>',
  );
  server.route(
    '/dormancy-ad.html',
    '<!doctype html><html><body style="margin:0"><div style="width:300px;height:250px"></div></body></html>',
  );
  server.route(
    '/dormancy-top.html',
    `<!doctype html><html><body><p>A page with frames.</p>
      <iframe name="visible" src="/dormancy-prose.html?visible" style="width:400px;height:200px"></iframe>
      <iframe name="tiny" src="/dormancy-prose.html?tiny" style="width:1px;height:1px;border:0"></iframe>
      <iframe name="hidden" src="/dormancy-prose.html?hidden" style="display:none"></iframe>
      <iframe name="ad" src="/dormancy-ad.html?ad" style="width:300px;height:250px;border:0"></iframe>
    </body></html>`,
  );
  return '/dormancy-top.html';
}

/** In a frame: whether its content script is dormant, ready, or neither yet. */
export const FRAME_STATE = `performance.getEntriesByName('aigc-lens:dormant').length > 0
  ? 'dormant'
  : performance.getEntriesByName('aigc-lens:content-ready').length > 0 ? 'ready' : 'starting'`;

/** In the top page: grows the tiny frame and shows the hidden one. */
export const GROW_AND_SHOW = `(() => {
  const style = (name) => document.querySelector('iframe[name=' + name + ']').style;
  style('tiny').cssText = 'width:400px;height:200px';
  style('hidden').display = 'block';
})()`;

/** In the ad frame: adds a paragraph with a term. */
export const ADD_TEXT = `(() => {
  const p = document.createElement('p');
  p.textContent = 'A retrieval-augmented generation pipeline.';
  document.body.append(p);
})()`;
