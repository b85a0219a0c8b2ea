// What every page pays for: the built files the browser loads for the content script before any user
// action, and their gzip size. The benchmark reports it; tests/e2e/hostile/manifest.test.ts holds it to
// the budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The eager script's budget: 10 KiB gzip (the classic content script and its stylesheet). */
export const EAGER_GZIP_BUDGET = 10 * 1024;

/**
 * Every file the browser loads for the content script before any user action: the manifest's classic
 * script and stylesheet (build/content-loader.ts bundles the eager part into that one script; the engine
 * chunk it reaches through runtime.getURL loads only in frames whose text holds a term).
 */
export function eagerContentFiles(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[]; css?: string[] }[];
  };
  return manifest.content_scripts
    .flatMap((script) => [...script.js, ...(script.css ?? [])])
    .map((file) => join(dist, file));
}

/** The gzip size (level 9, as a server would send it) of the eager files, added up. */
export function eagerGzipBytes(dist: string): number {
  return eagerContentFiles(dist).reduce(
    (sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length,
    0,
  );
}
