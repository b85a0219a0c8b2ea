// One config, two builds: TARGET=chrome|firefox picks the browser and writes dist/<target>/.
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { classicContentScript, withLazyChunksEntry } from './build/content-loader.ts';
import { minifyContentCss } from './build/minify-content-css.ts';
import { noInnerHtml } from './build/no-inner-html.ts';
import { noPreloadHelper } from './build/no-preload-helper.ts';
import sourceManifest from './manifest.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

export function targetFromEnv(value: string | undefined): Target {
  if (value === undefined || value === 'chrome') return 'chrome';
  if (value === 'firefox') return 'firefox';
  throw new Error(`TARGET must be "chrome" or "firefox", not "${value}"`);
}

/**
 * The one source manifest, with the keys each browser does not know left out (web-ext lint warns on them,
 * and each browser's panel is its own: Chrome's `side_panel` and `sidePanel` permission, Firefox's
 * `sidebar_action`).
 */
export function manifestFor(target: Target): ManifestV3Export {
  const manifest = structuredClone(sourceManifest) as Record<string, unknown> & { permissions: string[] };
  if (target === 'chrome') {
    delete manifest.browser_specific_settings;
    delete manifest.sidebar_action;
  } else {
    delete manifest.side_panel;
    manifest.permissions = manifest.permissions.filter((permission) => permission !== 'sidePanel');
  }
  return manifest as unknown as ManifestV3Export;
}

const target = targetFromEnv(process.env.TARGET);

export default defineConfig({
  publicDir: 'assets',
  plugins: [
    noPreloadHelper(),
    noInnerHtml(),
    preact(),
    crx({ manifest: withLazyChunksEntry(manifestFor(target)), browser: target }),
    classicContentScript(),
    ...sourceManifest.content_scripts.flatMap((script) => script.css.map(minifyContentCss)),
  ],
  build: {
    // DIST_DIR lets parallel work build elsewhere than dist/ (tests read the same variable).
    outDir: `${process.env.DIST_DIR ?? 'dist'}/${target}`,
    emptyOutDir: true,
    // Vite's preload helper would insert <link rel=modulepreload> into the host page's head.
    modulePreload: false,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
    // Pages crxjs does not take from the manifest: the reader's tab page, and the panel page (crxjs knows
    // Chrome's side_panel but not Firefox's sidebar_action).
    rollupOptions: { input: { reader: 'src/reader/index.html', sidepanel: 'src/sidepanel/index.html' } },
  },
  // The extension must make no network requests: never inline remote assets.
  server: { port: 5199, strictPort: true },
});
