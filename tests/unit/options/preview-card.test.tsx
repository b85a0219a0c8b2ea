// The options preview's sample card follows the real card's language rule (one language; bilingual reads as
// auto) and shows the glossary's gloss, typeset as the card typesets it.
import { render } from 'preact';
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type LanguageSetting } from '../../../src/core/settings';
import { Preview } from '../../../src/options/Preview';
import { glossFor, termById } from '../../../src/ui/glossary-index';
import { cardLanguage } from '../../../src/ui/language';
import { optionsStrings } from '../../../src/ui/strings/options';
import { typeset } from '../../../src/ui/typeset';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(language: LanguageSetting) {
  root = document.createElement('div');
  document.body.append(root);
  render(<Preview settings={{ ...DEFAULT_SETTINGS, language }} lang="en" t={optionsStrings.en} />, root);
  return root.querySelector('.card') as HTMLElement;
}

describe('the sample card', () => {
  test.each(['zh-Hant', 'zh-Hans', 'en', 'bilingual', 'auto'] as const)('language %s', (language) => {
    const card = mount(language);
    const lang = cardLanguage(language, '', navigator.language);
    expect(card.getAttribute('lang')).toBe(lang);
    // One excerpt, never a bilingual pair.
    expect(card.querySelectorAll('blockquote')).toHaveLength(1);
    const rlhf = termById('rlhf');
    if (!rlhf) throw new Error('no rlhf');
    const gloss = glossFor(rlhf, lang);
    expect(card.querySelector('.card-gloss')?.textContent).toBe(typeset(gloss.text, gloss.lang));
  });
});
