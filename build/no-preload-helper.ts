// A Vite plugin that replaces Vite's module-preload helper with a plain call of the import.
//
// Why: Vite wraps every dynamic import() in a helper that preloads the chunk's CSS with <link> elements
// appended to document.head, and on a failed load dispatches a `vite:preloadError` event on `window`.
// Our only dynamic imports run in the content script, where that document and that window are the
// page's: a Vite-built page that follows Vite's own advice and reloads itself on `vite:preloadError`
// would reload whenever our card chunk failed to load (it does while a document is navigating away).
// The helper also cost 0.9 KB gzip of the eager script. Our lazy chunks bring no CSS of their own (the
// card's styles live in its shadow root), and the build fails if one ever does, rather than drop it.
import type { Plugin } from 'vite';

const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

export function noPreloadHelper(): Plugin {
  return {
    name: 'aigc-lens:no-preload-helper',
    enforce: 'pre',
    resolveId(id) {
      return id === PRELOAD_HELPER_ID ? id : null;
    },
    load(id) {
      return id === PRELOAD_HELPER_ID ? 'export const __vitePreload = (load) => load();' : null;
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.code.includes('__vite__mapDeps')) {
          this.error(
            `${file.fileName} lazily imports a chunk with dependencies to preload; see build/no-preload-helper.ts`,
          );
        }
      }
    },
  };
}
