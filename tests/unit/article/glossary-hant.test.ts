import { describe, expect, test } from 'vitest';
import { generate, glossesHant } from '../../../src/article/build/generate-glossary-hant';
import { glossary } from '../../../src/article/glossary';
import { glossFor, termById } from '../../../src/ui/glossary-index';

describe('generated Traditional glosses', () => {
  test('every term has one, converted from its Simplified gloss', () => {
    const hant = glossesHant();
    for (const term of glossary) {
      expect(hant[term.id]).toBeTruthy();
    }
    expect(hant['search-engine']).toContain('資訊');
  });

  test('the generated module is deterministic', () => {
    expect(generate()).toEqual(generate());
  });

  test('a 繁體 UI gets the Traditional gloss, marked as zh-Hant', () => {
    const term = termById('llm');
    expect(term).toBeDefined();
    if (!term) return;
    const gloss = glossFor(term, 'zh-Hant');
    expect(gloss.lang).toBe('zh-Hant');
    expect(gloss.text).toBe(glossesHant().llm);
    expect(gloss.text).not.toBe(term.gloss['zh-Hans']);
  });
});
