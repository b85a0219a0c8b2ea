// The real-page corpus is whole: every page saved, stripped of what would run or fetch, with its provenance,
// licence and read labels; and the label arithmetic (which copy of a string) is right.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { glossary } from '../../../src/article/glossary';
import { locate, occurrenceAt, PAGES_DIR, readLabels, readManifest } from '../../real-web/corpus';

const { pages } = readManifest();
const termIds = new Set(glossary.map((term) => term.id));

describe('label arithmetic', () => {
  test('locate finds the n-th copy and occurrenceAt inverts it', () => {
    const text = 'RAG, then RAG again, and RAGs';
    expect(locate(text, 'RAG', 0)).toBe(0);
    expect(locate(text, 'RAG', 2)).toBe(25);
    expect(locate(text, 'RAG', 3)).toBe(-1);
    expect(occurrenceAt(text, 10, 3)).toBe(1);
    expect(occurrenceAt(text, 25, 3)).toBe(2);
  });
});

describe('the corpus', () => {
  test('has at least 40 pages, a third of them Chinese, and at least 10 traps', () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
    expect(pages.filter((page) => page.lang.startsWith('zh')).length * 3).toBeGreaterThanOrEqual(
      pages.length,
    );
    expect(pages.filter((page) => page.kind === 'trap').length).toBeGreaterThanOrEqual(10);
  });

  test('ids are unique', () => {
    expect(new Set(pages.map((page) => page.id)).size).toBe(pages.length);
  });

  test.each(pages.map((page) => [page.id, page] as const))(
    '%s: provenance, licence, a clean page',
    (id, page) => {
      expect(page.source.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(page.source.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(page.source.path.length).toBeGreaterThan(0);
      expect(page.licence.length).toBeGreaterThan(0);
      const file = join(PAGES_DIR, `${id}.html`);
      expect(existsSync(file)).toBe(true);
      const html = readFileSync(file, 'utf8');
      expect(html).toContain(
        `saved from github.com/${page.source.repo} ${page.source.path} at ${page.source.commit}`,
      );
      // Parsed, as a browser reads it: nothing that runs or fetches is left.
      const doc = new DOMParser().parseFromString(html, 'text/html');
      expect(doc.querySelectorAll('script, iframe, frame, link, base, object, embed').length).toBe(0);
      for (const element of doc.querySelectorAll('*')) {
        for (const attr of element.getAttributeNames()) {
          expect(attr, `${element.tagName} ${attr}`).not.toMatch(/^(on.+|src|srcset|poster|action)$/);
        }
        expect(element.getAttribute('style') ?? '').not.toMatch(/url\(/i);
      }
      for (const style of doc.querySelectorAll('style'))
        expect(style.textContent).not.toMatch(/url\(|@import/i);
    },
  );

  test.each(pages.map((page) => [page.id] as const))(
    '%s: labels read by a person, of glossary terms',
    (id) => {
      const labels = readLabels(id);
      expect(labels.page).toBe(id);
      expect(labels.reviewed).toBe(true);
      for (const label of labels.labels) {
        expect(['mark', 'no-mark', 'either']).toContain(label.expected);
        expect(label.occurrence).toBeGreaterThanOrEqual(0);
        if (label.expected !== 'no-mark') expect(termIds).toContain(label.term);
      }
    },
  );

  test('trap pages have no mention to mark, and AI pages no off-topic ones', () => {
    for (const page of pages) {
      const expected = new Set(readLabels(page.id).labels.map((label) => label.expected));
      if (page.kind === 'trap') expect(expected.has('mark'), page.id).toBe(false);
      if (page.kind === 'ai') expect(expected.has('either'), page.id).toBe(false);
      if (page.kind === 'other') expect(expected.has('mark'), page.id).toBe(false);
    }
  });
});
