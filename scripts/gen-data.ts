// Runs every build-time generator under src/article/build/ and writes their files to src/article/generated/,
// then writes the content script's stylesheet from the category colour table (src/content/content.css).
// Deterministic: the same sources always give byte-identical output (tested by running it twice).
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = join(root, 'src/article/build');
const outDir = join(root, 'src/article/generated');

/** Each generator module exports `generate(): Record<fileName, contents>`. */
type Generator = { generate: () => Record<string, string> | Promise<Record<string, string>> };

mkdirSync(outDir, { recursive: true });
const modules = (existsSync(buildDir) ? readdirSync(buildDir) : [])
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .sort();
for (const name of modules) {
  const mod = (await import(pathToFileURL(join(buildDir, name)).href)) as Partial<Generator>;
  if (typeof mod.generate !== 'function') continue;
  const files = await mod.generate();
  for (const [file, contents] of Object.entries(files)) {
    writeFileSync(join(outDir, file), contents);
    console.log(`gen: src/article/generated/${file} (${contents.length} chars)`);
  }
}

const { contentCss } = await import(pathToFileURL(join(root, 'src/ui/category-colours.ts')).href);
const css = (contentCss as () => string)();
writeFileSync(join(root, 'src/content/content.css'), css);
console.log(`gen: src/content/content.css (${css.length} chars)`);
