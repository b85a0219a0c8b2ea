// What the popup and the side panel decide about the active tab: why a page cannot be read, and what they say then; its host; the order of its terms.
import { describe, expect, test } from 'vitest';
import { LANGS } from '../../../src/article/types';
import { cantReadText, classifyUnreachable, siteHost } from '../../../src/popup/page-access';
import { orderTerms } from '../../../src/popup/page-terms-order';
import { reader } from '../../../src/ui/strings/reader';

describe('classifyUnreachable', () => {
  test.each([
    ['chrome://extensions/', 'restricted'],
    ['about:addons', 'restricted'],
    ['chrome-extension://abc/src/popup/index.html', 'restricted'],
    ['https://chromewebstore.google.com/detail/x', 'restricted'],
    ['https://addons.mozilla.org/en-US/firefox/', 'restricted'],
    ['https://example.com/paper.pdf', 'restricted'],
    ['view-source:https://example.com/', 'restricted'],
    ['https://example.com/article', 'reload'],
    ['http://127.0.0.1:8080/plain.html', 'reload'],
    ['file:///home/me/notes.html', 'unknown'],
    [undefined, 'unknown'],
    ['', 'unknown'],
    ['not a url', 'unknown'],
  ])('%s → %s', (url, access) => {
    expect(classifyUnreachable(url)).toBe(access);
  });
});

describe('cantReadText', () => {
  test('one sentence for each reason, in every language', () => {
    for (const lang of LANGS) {
      const t = reader[lang];
      expect(cantReadText('restricted', t)).toBe(t.cantReadRestricted);
      expect(cantReadText('reload', t)).toBe(t.cantReadReload);
      expect(cantReadText('unknown', t)).toBe(t.cantReadUnknown);
    }
    expect(cantReadText(classifyUnreachable('https://example.com/'), reader.en)).toBe(
      'Reload the page to let AIGC Lens read it.',
    );
  });
});

describe('siteHost', () => {
  test('web pages only, lower-cased', () => {
    expect(siteHost('https://News.Example.com/a?b')).toBe('news.example.com');
    expect(siteHost('chrome://newtab/')).toBeNull();
    expect(siteHost(undefined)).toBeNull();
  });
});

describe('orderTerms', () => {
  const terms = [
    { termId: 'rlhf', count: 1 },
    { termId: 'chatgpt', count: 3 },
    { termId: 'llm', count: 1 },
    { termId: 'rag', count: 3 },
  ];
  test('page order is as answered; by count is stable among equals', () => {
    expect(orderTerms(terms, 'page').map((t) => t.termId)).toEqual(['rlhf', 'chatgpt', 'llm', 'rag']);
    expect(orderTerms(terms, 'count').map((t) => t.termId)).toEqual(['chatgpt', 'rag', 'rlhf', 'llm']);
    expect(terms[0]?.termId).toBe('rlhf');
  });
});
