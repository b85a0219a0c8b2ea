// What every page pays for: the built files the browser loads for the content script before any user
// action, and their gzip size. The benchmark reports it; tests/e2e/hostile/manifest.test.ts holds it to
// the budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The eager script's budget: 12 KiB gzip (loader, the chunks it imports, the stylesheet). */
export const EAGER_GZIP_BUDGET = 12 * 1024;

/**
 * Every file the browser loads for the content script before any user action: the manifest's loader
 * and CSS, the chunk the loader imports, and that chunk's static imports, recursively (not the lazy card).
 */
export function eagerContentFiles(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[]; css?: string[] }[];
  };
  const files = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    for (const match of code.matchAll(/getURL\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) visit(match[1] as string);
    for (const match of code.matchAll(/(?:from|import)\s*["'`](\.\/[^"'`]+)["'`]/g)) {
      visit(dir + (match[1] as string).slice(2));
    }
  };
  for (const script of manifest.content_scripts) {
    for (const js of script.js) visit(js);
    for (const css of script.css ?? []) files.add(css);
  }
  return [...files].map((file) => join(dist, file));
}

/** The gzip size (level 9, as a server would send it) of the eager files, added up. */
export function eagerGzipBytes(dist: string): number {
  return eagerContentFiles(dist).reduce(
    (sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length,
    0,
  );
}
