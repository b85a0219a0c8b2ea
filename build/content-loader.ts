// A Vite plugin that ships the eager content script as one classic script, in place of the loader
// @crxjs/vite-plugin writes (a classic script that import()s the module build and its chunks).
//
// Why: every frame of every page runs the content script. Through crxjs's loader each frame paid a
// dynamic import of the content module and its static chunks (fetch, module compile, link) before any
// of our code ran: in CPU profiles of a term-free page that import() was the largest single cost of the
// whole extension (bench/cost.ts). One classic script is compiled and run in the same task. crxjs's
// loader also ended in `.catch(console.error)`, which printed into the page's console whenever a frame
// navigated away while the import was under way (Firefox aborts a leaving document's module loads); a
// classic script has no such load to fail.
//
// Only the eager part is bundled here: `engine.ts` (marks, hover, the card…), which a frame loads once its
// text holds a term, stays a lazily imported module chunk of the main build, reached through
// runtime.getURL; it and the chunks it imports are the only web_accessible_resources. crxjs builds that
// chunk from a stand-in entry (LAZY_CHUNKS_ENTRY) whose module chunk is then dropped.
import { join } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';
import { noPreloadHelper } from './no-preload-helper.ts';

const ROOT = join(import.meta.dirname, '..');
export const CONTENT_ENTRY = 'src/content/index.ts';
/** What crxjs builds in place of the content script: a module that only imports the engine lazily. */
const LAZY_CHUNKS_ENTRY = 'src/content/lazy-chunks.ts';
const ENGINE_MODULE = 'src/content/engine.ts';
/** Stands for the lazily imported engine chunk until its name in the main build is known. */
const ENGINE_PLACEHOLDER = 'aigc-lens:engine-chunk';

/** The manifest crxjs builds from: the content script's entry swapped for LAZY_CHUNKS_ENTRY. */
export function withLazyChunksEntry<T>(manifest: T): T {
  const copy = structuredClone(manifest);
  for (const script of (copy as { content_scripts?: { js?: string[] }[] }).content_scripts ?? []) {
    script.js = script.js?.map((file) => (file === CONTENT_ENTRY ? LAZY_CHUNKS_ENTRY : file));
  }
  return copy;
}
/** The classic script's file in the build. */
export const CONTENT_SCRIPT_FILE = 'assets/content-script.js';

/** The content script, bundled as one classic script (an IIFE with no exports), minified. */
async function bundleClassicScript(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    plugins: [
      noPreloadHelper(),
      {
        name: 'aigc-lens:content-entry',
        enforce: 'pre',
        resolveId(source, importer) {
          if (source === '\0aigc-lens:content-entry') return source;
          // Written as import('./engine') in index.ts.
          if (source === './engine' && importer?.endsWith(CONTENT_ENTRY))
            return { id: ENGINE_PLACEHOLDER, external: true };
          return null;
        },
        load(id) {
          // Imported for its effects only, so the IIFE assigns no global.
          return id === '\0aigc-lens:content-entry' ? `import ${JSON.stringify(`/${CONTENT_ENTRY}`)};` : null;
        },
      },
    ],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      modulePreload: false,
      rollupOptions: {
        input: '\0aigc-lens:content-entry',
        output: { format: 'iife', entryFileNames: 'content-script.js' },
      },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const outputs = Array.isArray(output) ? output : [output];
  const chunks = outputs.flatMap((o) => o.output).filter((file) => file.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`content script: expected one chunk, got ${chunks.length}`);
  return (chunks[0] as Rolldown.OutputChunk).code;
}

/** The chunk file names `fileName` needs, itself included: static and dynamic imports, recursively. */
function closureOf(bundle: Rolldown.OutputBundle, fileName: string): string[] {
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const file = bundle[name];
    if (file?.type !== 'chunk') return;
    for (const next of [...file.imports, ...file.dynamicImports]) visit(next);
  };
  visit(fileName);
  return [...seen];
}

interface BuiltManifest {
  content_scripts?: { js?: string[] }[];
  web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
}

/** Replaces crxjs's loader and module chunk with the classic script; fails the build on any surprise. */
export function classicContentScript(): Plugin {
  return {
    name: 'aigc-lens:classic-content-script',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
        const moduleChunk = chunks.find((chunk) => chunk.facadeModuleId === join(ROOT, LAZY_CHUNKS_ENTRY));
        const lazyChunk = chunks.find((chunk) => chunk.facadeModuleId === join(ROOT, ENGINE_MODULE));
        const loaders = Object.values(bundle).filter(
          (file) => file.type === 'asset' && /-loader-[^/]*\.js$/.test(file.fileName),
        );
        const manifestAsset = bundle['manifest.json'];
        if (!moduleChunk || !lazyChunk || loaders.length !== 1 || manifestAsset?.type !== 'asset') {
          this.error('crxjs changed how it emits the content script; update build/content-loader.ts');
        }
        const lazy = closureOf(bundle, lazyChunk.fileName);
        if (lazy.includes(moduleChunk.fileName)) {
          this.error(
            `${lazyChunk.fileName} imports the content module: it would start a second content script`,
          );
        }
        const code = await bundleClassicScript();
        // The minifier may quote it with ", ' or `.
        const placeholder = new RegExp(`(["'\`])${ENGINE_PLACEHOLDER}\\1`, 'g');
        if (code.match(placeholder)?.length !== 1) {
          this.error('content script: expected exactly one lazy import of engine.ts');
        }
        this.emitFile({
          type: 'asset',
          fileName: CONTENT_SCRIPT_FILE,
          source: code.replace(placeholder, `chrome.runtime.getURL(${JSON.stringify(lazyChunk.fileName)})`),
        });
        delete bundle[(loaders[0] as Rolldown.OutputAsset).fileName];
        // The module chunk and whatever only it imported.
        const stillNeeded = new Set(
          chunks
            .filter((chunk) => chunk !== moduleChunk)
            .flatMap((chunk) => closureOf(bundle, chunk.fileName)),
        );
        for (const name of closureOf(bundle, moduleChunk.fileName))
          if (!stillNeeded.has(name)) delete bundle[name];

        const source = manifestAsset.source;
        const manifest = JSON.parse(
          typeof source === 'string' ? source : new TextDecoder().decode(source),
        ) as BuiltManifest;
        const scripts = manifest.content_scripts ?? [];
        const war = manifest.web_accessible_resources ?? [];
        if (scripts.length !== 1 || war.length !== 1) {
          this.error(
            'content script: expected one content_scripts entry and one web_accessible_resources entry',
          );
        }
        (scripts[0] as { js?: string[] }).js = [CONTENT_SCRIPT_FILE];
        (war[0] as { resources: string[] }).resources = lazy;
        manifestAsset.source = `${JSON.stringify(manifest, null, 2)}\n`;
      },
    },
  };
}
