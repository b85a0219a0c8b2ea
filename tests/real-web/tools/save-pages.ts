// Saves the corpus pages listed in tests/real-web/manifest.json from local clones of their repositories:
// markdown is rendered with marked, and every page is stripped of what would run or fetch offline.
//
// Usage: tsx tests/real-web/tools/save-pages.ts [id…]   (default: every page not saved yet)
// A repository owner/name is read from $REAL_WEB_CLONES/owner+name/repo (a bare or normal git directory),
// at the commit the manifest names, so a saved page can be re-made byte for byte.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { marked } from 'marked';
import { chromium } from 'playwright-core';
import { findBrowser } from '../../e2e/harness/browsers';
import { type CorpusPage, PAGES_DIR, readManifest } from '../corpus';

const CLONES = process.env.REAL_WEB_CLONES ?? '/work/.mirror';

function readSource(page: CorpusPage): Buffer {
  const { repo, path, commit } = page.source;
  const gitDir = join(CLONES, repo.replace('/', '+'), 'repo');
  const bytes = execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${path}`], {
    maxBuffer: 64 << 20,
  });
  return path.endsWith('.gz') ? gunzipSync(bytes) : bytes;
}

const isUtf8 = (bytes: Buffer) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A markdown (or MDX) document as a plain HTML page: front matter and MDX import/export lines dropped. */
function renderMarkdown(page: CorpusPage, markdown: string): string {
  const body = markdown
    .replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
    .split('\n')
    .filter((line) => !/^(import|export) .*/.test(line))
    .join('\n')
    // MDX components are not markdown: self-closing ones (<Screenshot … />, <Card … />) go, the tags of
    // the others (<Callout>…</Callout>) go and their text stays.
    .replace(/<[A-Z][\w.]*(?:[^<>]|=\{[^}]*\})*?\/>/g, '')
    .replace(/<\/?[A-Z][\w.]*[^<>]*>/g, '')
    .replace(/^\{\/\*[\s\S]*?\*\/\}$/gm, '')
    // Template tags (Jekyll's Liquid, Hugo's shortcodes) are the site generator's, not the page's text;
    // inside a fenced code block they are the code's ({{prompt}} in a prompt template) and stay.
    .split(/(^```[\s\S]*?^```)/m)
    .map((part) => (part.startsWith('```') ? part : part.replace(/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g, '')))
    .join('');
  const html = marked.parse(body, { async: false, gfm: true });
  return `<!doctype html><html lang="${page.lang}"><head><meta charset="utf-8"><title>${escapeHtml(page.title)}</title></head><body><main><article>${html}</article></main></body></html>`;
}

/**
 * Runs in the page (scripts off, every request refused): drops what runs or fetches, keeps text and
 * structure. Stylesheet links go too; inline styles stay, without their url()s.
 */
// A string, not a function: tsx would wrap a function's inner helpers in a __name() the page lacks.
const STRIP_IN_PAGE = String.raw`(() => {
  const drop = 'script, noscript, link, iframe, frame, frameset, object, embed, base, applet, portal';
  for (const element of document.querySelectorAll(drop)) element.remove();
  // Comments too: old IE conditional comments hold whole <script> and <img src> tags.
  const comments = document.createTreeWalker(document, NodeFilter.SHOW_COMMENT);
  const found = [];
  for (let node = comments.nextNode(); node; node = comments.nextNode()) found.push(node);
  for (const node of found) node.remove();
  for (const meta of document.querySelectorAll('meta')) {
    const equiv = meta.getAttribute('http-equiv')?.toLowerCase();
    if (meta.hasAttribute('charset') || equiv === 'content-type' || equiv === 'refresh') meta.remove();
    if (equiv === 'content-security-policy') meta.remove();
  }
  const noUrls = (css) =>
    css.replace(/@import[^;]*;?/gi, '').replace(/url\(\s*(['"]?)[^)]*\1\s*\)/gi, 'none');
  for (const style of document.querySelectorAll('style')) style.textContent = noUrls(style.textContent ?? '');
  const fetching = ['src', 'srcset', 'poster', 'data', 'background', 'lowsrc', 'ping', 'imagesrcset', 'action'];
  for (const element of document.querySelectorAll('*')) {
    for (const attr of [...element.attributes]) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || fetching.includes(name)) element.removeAttribute(attr.name);
      else if (name === 'style') element.setAttribute('style', noUrls(attr.value));
      else if ((name === 'href' || name === 'xlink:href') && element.namespaceURI !== document.documentElement.namespaceURI)
        element.removeAttribute(attr.name); // SVG <use>/<image> fetch their href
      else if (name === 'href' && /^\s*javascript:/i.test(attr.value)) element.setAttribute('href', '#');
    }
  }
  const charset = document.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  document.head.prepend(charset);
  return document.documentElement.outerHTML;
})()`;

const manifest = readManifest();
const wanted = process.argv.slice(2);
const todo = manifest.pages.filter((page) =>
  wanted.length > 0 ? wanted.includes(page.id) : !existsSync(join(PAGES_DIR, `${page.id}.html`)),
);
const browser = await chromium.launch({ executablePath: findBrowser('chromium'), headless: true });
const context = await browser.newContext({ javaScriptEnabled: false });
for (const page of todo) {
  const raw = readSource(page);
  const body =
    page.source.format === 'markdown' ? Buffer.from(renderMarkdown(page, raw.toString('utf8'))) : raw;
  const tab = await context.newPage();
  // Only the page itself is answered. Saved pages are often re-encoded to UTF-8 but keep their old
  // <meta charset> (gb2312 on qq.com): bytes that are valid UTF-8 are served as UTF-8.
  await tab.route('**/*', (route) =>
    route.request().url() === 'http://corpus.invalid/page'
      ? route.fulfill({
          status: 200,
          contentType: isUtf8(body) ? 'text/html; charset=utf-8' : 'text/html',
          body,
        })
      : route.abort(),
  );
  await tab.goto('http://corpus.invalid/page', { waitUntil: 'domcontentloaded' });
  const html = (await tab.evaluate(STRIP_IN_PAGE)) as string;
  await tab.close();
  const { repo, path, commit } = page.source;
  const header = `<!doctype html>\n<!-- ${escapeHtml(page.title).replace(/--/g, '- -')} | saved from github.com/${repo} ${path} at ${commit} | ${page.licence} -->\n`;
  writeFileSync(join(PAGES_DIR, `${page.id}.html`), header + html);
  console.log(`${page.id}: ${Math.round(html.length / 1024)} KB`);
}
await browser.close();
