// Page text is never markup: no source file under src/ may use an API that parses strings as HTML or code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const SRC = join(ROOT, 'src');

/** Sinks that turn a string into DOM or code. Any hit fails: there is no allow-list on purpose. */
const SINKS: [string, RegExp][] = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\s*\(/],
  ['eval(', /(^|[^\w.$])eval\s*\(/],
  ['new Function(', /\bnew\s+Function\s*\(/],
  ['setHTMLUnsafe', /\bsetHTMLUnsafe\b/],
  ['parseHTMLUnsafe', /\bparseHTMLUnsafe\b/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['DOMParser', /\bDOMParser\b/],
  ['srcdoc', /\bsrcdoc\b/],
  ['string setTimeout', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|js|jsx|mjs|html)$/.test(name)) out.push(path);
  }
  return out;
}

function findSinks(text: string): string[] {
  const hits: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const [name, pattern] of SINKS) if (pattern.test(line)) hits.push(`${i + 1}: ${name}`);
  });
  return hits;
}

describe('no markup sinks in src/', () => {
  const files = sourceFiles(SRC);

  test('finds the source files (generated data included)', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  test('the scan catches each sink (so that it can fail)', () => {
    expect(findSinks('el.innerHTML = text')).toEqual(['1: innerHTML']);
    expect(findSinks('x.insertAdjacentHTML("beforeend", s)')).toEqual(['1: insertAdjacentHTML']);
    expect(findSinks('<div dangerouslySetInnerHTML={{ __html: s }} />')).toEqual([
      '1: dangerouslySetInnerHTML',
    ]);
    expect(findSinks('document.write(s)')).toEqual(['1: document.write']);
    expect(findSinks('const f = eval(code)')).toEqual(['1: eval(']);
    expect(findSinks('new Function("return 1")')).toEqual(['1: new Function(']);
    expect(findSinks('n.outerHTML')).toEqual(['1: outerHTML']);
    expect(findSinks("setTimeout('alert(1)', 0)")).toEqual(['1: string setTimeout']);
    expect(findSinks('retrieval(x); medieval(y); node.textContent = s')).toEqual([]);
  });

  test('no file uses one', () => {
    const hits = files.flatMap((file) =>
      findSinks(readFileSync(file, 'utf8')).map((hit) => `${relative(ROOT, file)}:${hit}`),
    );
    expect(hits).toEqual([]);
  });
});
