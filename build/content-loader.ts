// A Vite plugin that replaces the loader @crxjs/vite-plugin writes for the content script (a classic script
// that imports the module build) with one that keeps out of the page's console.
//
// Why: crxjs's loader ends in `.catch(console.error)`. Firefox aborts a document's module loads as soon as
// that document starts navigating away, and with `match_about_blank` the content script runs in every
// iframe's initial about:blank, which is often navigated a moment later. Each such frame then printed
// "error loading dynamically imported module" as an error in the page's console (83 errors for 200 frames
// created and navigated by a page, frameChurnPage in tests/e2e/hostile/support.ts). A document that is leaving fires
// `pagehide` and runs no more timers, so the loader retries a few times while the document stays and
// speaks (a warning, naming the extension) only when a document that stayed could not load it at all.
import { minifySync, type Plugin } from 'vite';

const CRXJS_LOADER =
  /^\(function \(\) \{\n {2}'use strict';\n\n {2}const injectTime = performance\.now\(\);\n {2}\(async \(\) => \{\n {4}const \{ onExecute \} = await import\(\n {6}\/\* @vite-ignore \*\/\n {6}chrome\.runtime\.getURL\(("[^"\n]+")\)\n {4}\);\n {4}onExecute\?\.\(\{ perf: \{ injectTime, loadTime: performance\.now\(\) - injectTime \} \}\);\n {2}\}\)\(\)\.catch\(console\.error\);\n\n\}\)\(\);\n$/;

/** Milliseconds to wait before each retry; the sum bounds how long a navigating document may take to go. */
const RETRY_DELAYS_MS = [500, 1000, 2000];

/** The loader for the module at `scriptUrlLiteral` (a JSON string literal of its path in the build). */
function contentLoader(scriptUrlLiteral: string): string {
  // crxjs's loader also calls an `onExecute` export with timings; our content module has none.
  const source = `(function () {
  const delays = ${JSON.stringify(RETRY_DELAYS_MS)};
  let leaving = false;
  addEventListener('pagehide', () => { leaving = true; }, { once: true });
  const start = (attempt) => import(chrome.runtime.getURL(${scriptUrlLiteral})).catch((error) => {
    if (leaving) return;
    if (attempt < delays.length) setTimeout(() => { if (!leaving) start(attempt + 1); }, delays[attempt]);
    else console.warn('AIGC Lens could not start on this page:', error);
  });
  start(0);
})();
`;
  // Every frame of every page evaluates it: minified, as the rest of the build.
  return `${minifySync('content-loader.js', source).code}\n`;
}

/** Rewrites every crxjs content-script loader in the bundle; fails the build if crxjs's loader changed shape. */
export function quietContentLoader(): Plugin {
  return {
    name: 'aigc-lens:quiet-content-loader',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        let rewritten = 0;
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !/-loader-[^/]*\.js$/.test(file.fileName)) continue;
          const source =
            typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
          const match = CRXJS_LOADER.exec(source);
          if (!match?.[1]) {
            this.error(
              `crxjs changed its content-script loader (${file.fileName}); update build/content-loader.ts`,
            );
          }
          file.source = contentLoader(match[1]);
          rewritten++;
        }
        if (rewritten === 0)
          this.error('no crxjs content-script loader found to rewrite (build/content-loader.ts)');
      },
    },
  };
}
