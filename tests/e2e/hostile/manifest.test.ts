// The built manifests ask for exactly the permissions README lists, keep MV3's default CSP, and expose to
// web pages only the chunks the content script and the lazily imported card need, and keep the eager
// content script within its size budget. Runs after the build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { DIST, ROOT } from '../harness/paths';

/** The eager content script's budget, gzip -9 (README's performance section). */
const EAGER_GZIP_BUDGET = 10 * 1024;

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  content_scripts?: { js: string[]; css?: string[]; matches: string[] }[];
  web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
};

/** The permissions README's "Permissions and what pages can see" section lists, as "- `name`: why". */
function readmePermissions(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('## Permissions and what pages can see');
  expect(start).toBeGreaterThan(-1);
  const section = readme.slice(start, readme.indexOf('\n## ', start + 5) >>> 0 || undefined);
  const block = section.slice(0, section.indexOf('\n\n', section.indexOf('\n- ')));
  return [...block.matchAll(/^- `([A-Za-z.]+)`:/gm)].map((m) => m[1] as string).sort();
}

/** Relative imports (static and dynamic) of a built chunk, as paths inside the build. */
function importsOf(dist: string, file: string): string[] {
  const code = readFileSync(join(dist, file), 'utf8');
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
    found.add(posix.normalize(posix.join(posix.dirname(file), m[1] as string)));
  }
  return [...found];
}

function closure(dist: string, entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(dist, file));
  }
  return seen;
}

function jsFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? jsFiles(dir, posix.join(prefix, entry.name))
      : /\.(m?js|html)$/.test(entry.name)
        ? [posix.join(prefix, entry.name)]
        : [],
  );
}

describe.each([
  ['chrome', DIST.chrome],
  ['firefox', DIST.firefox],
] as const)('the built %s manifest', (browser, dist) => {
  const path = join(dist, 'manifest.json');
  const read = (): Manifest => JSON.parse(readFileSync(path, 'utf8')) as Manifest;

  test('exists (run the build first)', () => {
    expect(existsSync(path)).toBe(true);
  });

  test('asks for exactly the permissions README lists, and nothing broader', () => {
    const manifest = read();
    const listed = readmePermissions();
    expect(listed).toEqual(['contextMenus', 'sidePanel', 'storage']);
    // Firefox's sidebar (sidebar_action) needs no permission: its build leaves sidePanel out.
    const expected = dist === DIST.firefox ? listed.filter((name) => name !== 'sidePanel') : listed;
    expect([...(manifest.permissions ?? [])].sort()).toEqual(expected);
    for (const key of [
      'host_permissions',
      'optional_permissions',
      'optional_host_permissions',
      'externally_connectable',
      'content_security_policy',
      'sandbox',
      'declarative_net_request',
      'update_url',
    ]) {
      expect(manifest, key).not.toHaveProperty(key);
    }
    expect(manifest.manifest_version).toBe(3);
  });

  test('content scripts: one loader and one stylesheet for every page, and nothing else', () => {
    const scripts = read().content_scripts ?? [];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.matches).toEqual(['<all_urls>']);
    expect(scripts[0]?.js).toHaveLength(1);
    expect(scripts[0]?.css).toEqual(['src/content/content.css']);
  });

  test("the content script is one classic script (build/content-loader.ts) that never prints into a page's console", () => {
    const script = readFileSync(join(dist, read().content_scripts?.[0]?.js[0] ?? ''), 'utf8');
    // A module would need import statements; a classic script reaches the lazy chunk through import().
    expect(script).not.toMatch(/(^|[;}])\s*import\s*[{*\w"'`]/);
    expect(script).not.toMatch(/console\.(error|warn)/);
  });

  test('the eager content script (every frame of every page loads it) is at most 10 KB gzip, its stylesheet included', () => {
    const files = (read().content_scripts ?? []).flatMap((script) => [...script.js, ...(script.css ?? [])]);
    expect(files.length).toBeGreaterThanOrEqual(2);
    const gzipBytes = files.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
      0,
    );
    expect(gzipBytes).toBeLessThanOrEqual(EAGER_GZIP_BUDGET);
  });

  test('web_accessible_resources are exactly the content chunk, the card chunk and what they import', () => {
    const manifest = read();
    const wars = manifest.web_accessible_resources ?? [];
    expect(wars).toHaveLength(1);
    const war = wars[0] as NonNullable<Manifest['web_accessible_resources']>[number];
    const loader = manifest.content_scripts?.[0]?.js[0] as string;
    const entries = importsOf(dist, loader).concat(
      // The loader reaches its chunk through runtime.getURL("…"), not a relative import.
      [...readFileSync(join(dist, loader), 'utf8').matchAll(/getURL\(\s*["'`]([^"'`]+)["'`]/g)].map(
        (m) => m[1] as string,
      ),
    );
    expect(entries).toHaveLength(1);
    const needed = closure(dist, entries);
    expect([...needed].some((file) => /\/card-[\w-]+\.js$/.test(file))).toBe(true);
    expect([...war.resources].sort()).toEqual([...needed].sort());
    // No extension page, icon, stylesheet or source map is exposed.
    for (const resource of war.resources) expect(resource).toMatch(/^assets\/[\w.-]+\.js$/);
    expect(war.matches).toEqual(['<all_urls>']);
    // Chrome 156 cannot import a module through a dynamic URL (README explains); Firefox has no such key.
    if (browser === 'chrome') expect(war.use_dynamic_url).toBe(false);
    else expect(war).not.toHaveProperty('use_dynamic_url');
  });

  test('no eval, no string-to-code, no markup writes and no remote scripts in the built code', () => {
    const files = jsFiles(dist);
    expect(files.length).toBeGreaterThan(5);
    const hits: string[] = [];
    for (const file of files) {
      const code = readFileSync(join(dist, file), 'utf8');
      const checks: [string, RegExp][] = [
        ['eval', /(^|[^\w.$])eval\s*\(/],
        ['new Function', /\bnew\s+Function\s*\(/],
        ['innerHTML write', /\.(innerHTML|outerHTML)\s*=(?!=)/],
        ['insertAdjacentHTML', /insertAdjacentHTML/],
        ['document.write', /document\.write/],
        ['remote script', /<script[^>]+src=["']?(https?:)?\/\//],
        ['inline script', /<script(?![^>]*\bsrc=)[^>]*>/],
        ['remote import', /\bimport\s*\(\s*["'`]https?:/],
        // Vite's preload helper (build/no-preload-helper.ts): a page-visible event and <link>s in its head.
        ['vite:preloadError', /vite:preloadError/],
      ];
      for (const [name, pattern] of checks) if (pattern.test(code)) hits.push(`${file}: ${name}`);
    }
    expect(hits).toEqual([]);
  });
});
