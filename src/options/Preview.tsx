// The live preview: sample paragraphs marked as the content script would mark them under the current
// settings, and a static sample of the card (the real card is src/card/).
import { useMemo } from 'preact/hooks';
import { sectionLabel, sectionOf, sentenceText } from '../article/article';
import { matcherData } from '../article/generated/matcher-data';
import { glossary } from '../article/glossary';
import type { Lang } from '../article/types';
import { createMatcher } from '../core/matcher';
import type { Settings } from '../core/settings';
import type { OptionsStrings } from '../ui/strings/options';
import { fill } from './fill';
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
  // Bilingual cards show the Chinese original with our English below it.
  const excerptLangs: Lang[] = settings.language === 'bilingual' ? ['zh-Hans', 'en'] : [lang];
  return (
    <aside class="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t.previewHeading}</h2>
      <div class={`sample mark-${settings.markStyle}`} lang={lang}>
        {paragraphs.map((runs, index) => (
          <p key={index}>
            {runs.map((run, at) =>
              run.category ? (
                <span key={at} class={`mark cat-${run.category}`} data-term={run.termId}>
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
          <div class={`card size-${settings.cardTextSize}`} lang={lang}>
            <p class="card-term">
              <span class={`swatch cat-${term.category}`} aria-hidden="true" />
              {term.label[lang]}
            </p>
            <p class="card-gloss">{t.previewCardGloss}</p>
            {excerptLangs.map((excerptLang) => (
              <blockquote key={excerptLang} lang={excerptLang}>
                {sentenceText(sentenceId, excerptLang)}
              </blockquote>
            ))}
            <p class="card-source">
              {fill(t.previewCardSource, { section: section ? sectionLabel(section, lang) : '' })}
            </p>
          </div>
        </figure>
      )}
    </aside>
  );
}
