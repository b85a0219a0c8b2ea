// The rooms of src/ and what each may import (docs/architecture.md draws them), read from the sources:
// a folder that imports outside its row fails here, as does the eager content script importing Preact,
// floating-ui or the card other than through import(), any code outside src/platform/ reaching the
// WebExtension namespace, and content/ or card/ compiling a matcher of their own beside the engine's.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = 'src';

/** Each folder of src/ and the folders (and packages) it may import from, besides itself. */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  article: ['core', 'opencc-js'], // core: the matcher data's shape; opencc-js: build-time generators only
  core: ['article'],
  platform: ['core', 'webextension-polyfill'],
  content: ['core', 'article', 'platform', 'card', 'ui'], // card and ui: through import() only (below)
  card: ['core', 'article', 'ui', 'platform', 'preact', '@floating-ui'],
  ui: ['core', 'article', 'preact'],
  background: ['core', 'article', 'platform'],
  options: ['core', 'article', 'ui', 'platform', 'preact'],
  // The reading view and the page hooks the reader's tab, the popup and the side panel share.
  reading: ['core', 'article', 'ui', 'platform', 'preact', '@floating-ui'],
  reader: ['core', 'article', 'ui', 'platform', 'reading', 'preact'],
  popup: ['core', 'article', 'ui', 'platform', 'reading', 'preact'],
  // The side panel asks the followed tab as the popup asks the active one (POPUP_SHARED_WITH_PANEL).
  sidepanel: ['core', 'article', 'ui', 'platform', 'reading', 'popup', 'preact'],
};

/** What of src/popup/ the side panel may use: how a tab is asked, and what is said when it cannot be read. */
const POPUP_SHARED_WITH_PANEL = ['src/popup/active-tab', 'src/popup/page-access'];

/** The extension pages: none reaches into another's folder (what they share lives in src/reading/). */
const PAGES = ['reader', 'popup', 'sidepanel', 'options'];

interface Edge {
  readonly file: string;
  /** The folder of src/ or the package it names. */
  readonly target: string;
  readonly spec: string;
  /** `import('…')`, as a call or in a type: the module is not in the importer's chunk. */
  readonly lazy: boolean;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

const roomOf = (file: string) => relative(SRC, file).split('/')[0] as string;

function edgesOf(file: string): Edge[] {
  // Comments can quote imports; strings are left (an import specifier is one).
  const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|(^|[^:'"`])\/\/.*$/gm, '$1');
  const edges: Edge[] = [];
  // A specifier holds no spaces (prose such as "from ' +" in a word list is not an import).
  const pattern = /\bimport\s*\(\s*['"]([^'"\s]+)['"]\s*\)|\b(?:from|import)\s+['"]([^'"\s]+)['"]/g;
  for (const match of code.matchAll(pattern)) {
    const spec = (match[1] ?? match[2]) as string;
    const target = spec.startsWith('.')
      ? (relative(SRC, normalize(join(dirname(file), spec))).split('/')[0] as string)
      : ((spec.startsWith('@') ? spec.split('/').slice(0, 1) : spec.split('/'))[0] as string);
    edges.push({ file, target, spec, lazy: match[1] !== undefined });
  }
  return edges;
}

const files = sources(SRC);
const edges = files.flatMap(edgesOf);

describe('the import rules of src/', () => {
  test('the rules see the code: every room has files and imports', () => {
    expect(new Set(files.map(roomOf))).toEqual(new Set(Object.keys(MAY_IMPORT)));
    expect(edges.length).toBeGreaterThan(200);
    // The lazy card is found as such (the parser must tell import() from a static import).
    expect(edges.some((edge) => roomOf(edge.file) === 'content' && edge.target === 'card' && edge.lazy)).toBe(
      true,
    );
  });

  test('each folder imports only what its row allows', () => {
    const outside = edges
      .filter((edge) => edge.target !== roomOf(edge.file))
      .filter((edge) => !(MAY_IMPORT[roomOf(edge.file)] ?? []).includes(edge.target))
      .map((edge) => `${edge.file}: ${edge.spec}`);
    expect(outside).toEqual([]);
  });

  test('no extension page imports the internals of another; the side panel only how the popup asks a tab', () => {
    const crossing = edges.filter(
      (edge) =>
        PAGES.includes(roomOf(edge.file)) && PAGES.includes(edge.target) && edge.target !== roomOf(edge.file),
    );
    expect(crossing.length).toBeGreaterThan(0);
    const outside = crossing
      .filter(
        (edge) =>
          !(
            roomOf(edge.file) === 'sidepanel' &&
            POPUP_SHARED_WITH_PANEL.includes(normalize(join(dirname(edge.file), edge.spec)))
          ),
      )
      .map((edge) => `${edge.file}: ${edge.spec}`);
    expect(outside).toEqual([]);
  });

  test('the eager content script reaches the card only through import(), and never Preact or floating-ui', () => {
    const content = edges.filter((edge) => roomOf(edge.file) === 'content');
    expect(content.filter((edge) => edge.target === 'card' && !edge.lazy).map((edge) => edge.file)).toEqual(
      [],
    );
    expect(
      content.filter((edge) => /^(preact|@floating-ui)$/.test(edge.target)).map((edge) => edge.file),
    ).toEqual([]);
  });

  test('the page worlds (content script, card) use only the polyfill-free door of src/platform/', () => {
    const polyfillFree = ['src/platform/ext', 'src/platform/settings-store'];
    const doors = edges
      .filter((edge) => ['content', 'card'].includes(roomOf(edge.file)) && edge.target === 'platform')
      .map((edge) => normalize(join(dirname(edge.file), edge.spec)));
    expect(doors.length).toBeGreaterThan(0);
    expect(doors.filter((door) => !polyfillFree.includes(door))).toEqual([]);
  });

  test('in content/ and card/ only the engine calls createMatcher: the card is handed the engine’s', () => {
    const compiling = files
      .filter((file) => ['content', 'card'].includes(roomOf(file)))
      .filter((file) => /\bcreateMatcher\s*\(/.test(readFileSync(file, 'utf8')));
    expect(compiling).toEqual([join(SRC, 'content', 'engine.ts')]);
  });

  test('only src/platform/ reaches the WebExtension namespace', () => {
    const reaching = files
      .filter((file) => roomOf(file) !== 'platform')
      .filter((file) => {
        const code = readFileSync(file, 'utf8');
        return (
          /from\s+['"]webextension-polyfill['"]/.test(code) ||
          /globalThis[^;\n]*\b(browser|chrome)\b/.test(code) ||
          /(^|[^\w.'"`/-])chrome\.(runtime|storage|tabs)\b/m.test(code)
        );
      });
    expect(reaching).toEqual([]);
  });
});
