// The live preview: sample paragraphs marked as the content script would mark them under the current
// settings, and a static sample of the card (the real card is src/card/).
import { useMemo } from 'preact/hooks';
import { sectionLabel, sectionOf, sentenceText } from '../article/article';
import { matcherData } from '../article/generated/matcher-data';
import { glossary } from '../article/glossary';
import type { Lang } from '../article/types';
import { createMatcher } from '../core/matcher';
import type { Settings } from '../core/settings';
import { markColour, markDeclarations } from '../ui/category-colours';
import { fill } from '../ui/format';
import { glossFor } from '../ui/glossary-index';
import { cardLanguage } from '../ui/language';
import type { OptionsStrings } from '../ui/strings/options';
import { typeset } from '../ui/typeset';
import { previewRuns } from './preview-marks';

/** The card sample's term and passage: RLHF and the sentence of its best excerpt that names it. */
const SAMPLE_TERM = 'rlhf';

interface Props {
  settings: Settings;
  lang: Lang;
  t: OptionsStrings;
}

export function Preview({ settings, lang, t }: Props) {
  const matcher = useMemo(() => createMatcher(matcherData), []);
  const paragraphs = previewRuns([t.previewText1, t.previewText2], matcher, settings);
  const term = glossary.find((entry) => entry.id === SAMPLE_TERM);
  // The sentence of the best excerpt that names the term (an excerpt may open with its context).
  const sentences = term?.excerpts[0]?.sentences ?? [];
  const sentenceId =
    sentences.find((id) =>
      matcher.findAll(sentenceText(id, 'zh-Hans')).some((m) => matcher.termIds[m.term] === SAMPLE_TERM),
    ) ?? sentences[0];
  const section = sentenceId ? sectionOf(sentenceId) : undefined;
  // The real card's rule: one language, the setting's, or for 'auto' and 'bilingual' the browser's (the
  // sample stands on no page whose language could count).
  const cardLang = cardLanguage(settings.language, '', navigator.language);
  const gloss = term ? glossFor(term, cardLang) : null;
  return (
    <aside class="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t.previewHeading}</h2>
      <div class={`sample mark-${settings.markStyle}`} lang={lang}>
        {paragraphs.map((runs, index) => (
          <p key={index}>
            {runs.map((run, at) =>
              run.category ? (
                <span
                  key={at}
                  class={`mark cat-${run.category}`}
                  data-term={run.termId}
                  style={
                    settings.markStyle === 'none'
                      ? undefined
                      : markDeclarations(settings.markStyle, run.category)
                  }
                >
                  {run.text}
                </span>
              ) : (
                run.text
              ),
            )}
          </p>
        ))}
        {!settings.enabled && <p class="help">{t.previewOff}</p>}
      </div>
      {term && sentenceId && (
        <figure class="card-sample">
          <figcaption>{t.previewCardCaption}</figcaption>
          <div class={`card size-${settings.cardTextSize}`} lang={cardLang}>
            <p class="card-term">
              <span class="swatch" style={{ background: markColour(term.category) }} aria-hidden="true" />
              {term.label[cardLang]}
            </p>
            <p class="card-gloss" lang={gloss?.lang}>
              {gloss ? typeset(gloss.text, gloss.lang) : null}
            </p>
            <blockquote style={{ borderLeftColor: markColour(term.category) }}>
              {typeset(sentenceText(sentenceId, cardLang), cardLang)}
            </blockquote>
            <p class="card-source" lang={lang}>
              {fill(t.previewCardSource, { section: section ? sectionLabel(section, lang) : '' })}
            </p>
          </div>
        </figure>
      )}
    </aside>
  );
}
