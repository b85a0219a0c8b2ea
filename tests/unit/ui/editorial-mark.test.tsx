// The [sic] marks: after the sentences the extraction damaged, in every language, outside the verbatim text.
import { render } from 'preact';
import { describe, expect, test } from 'vitest';
import { sentenceText } from '../../../src/article/article';
import { editorialIds, editorialNote } from '../../../src/article/editorial';
import { LANGS } from '../../../src/article/types';
import { Article } from '../../../src/reading/Article';
import { typeset } from '../../../src/ui/typeset';

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  render(node, root);
  return root;
}

describe('editorial notes', () => {
  test('mark 知识型、性, the stray 通过, and the lost arrows of a2.p2.s4, which the Chinese keeps verbatim', () => {
    expect(editorialIds).toEqual(['a2.p2.s4', 'a5.p3.s2', 'a7.p2.s3']);
    expect(sentenceText('a2.p2.s4', 'zh-Hans')).toContain('从理解生成,类比于从分析综合');
    expect(sentenceText('a5.p3.s2', 'zh-Hans')).toContain('知识型、性');
    expect(sentenceText('a7.p2.s3', 'zh-Hans').startsWith('通过,')).toBe(true);
    for (const lang of LANGS)
      for (const id of editorialIds) expect(editorialNote(id, lang)?.note, lang).toBeTruthy();
    expect(editorialNote('a1.p1.s1', 'en')).toBeUndefined();
  });

  test.each(LANGS)(
    '%s: the reader shows the mark after the sentence, and the sentence text is unchanged',
    (lang) => {
      const root = mount(<Article langs={[lang]} ui={lang} />);
      const marks = [...root.querySelectorAll('.sic')];
      expect(marks.length).toBe(editorialIds.length);
      for (const id of editorialIds) {
        const sentence = root.querySelector(`[data-sid="${id}"]`);
        expect(sentence?.textContent).toBe(typeset(sentenceText(id, lang), lang));
        const mark = sentence?.nextElementSibling;
        expect(mark?.classList.contains('sic')).toBe(true);
        expect(mark?.getAttribute('aria-label')).toBe(editorialNote(id, lang)?.note);
        expect(mark?.getAttribute('lang')).toBe(lang);
        // The mark's text is CSS generated content: the paragraph's text is the sentences alone.
        expect(mark?.textContent).toBe('');
      }
    },
  );
});
