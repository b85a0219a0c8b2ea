// The options page: every setting, saved as soon as it changes, beside a live preview.
import { useEffect, useRef, useState } from 'preact/hooks';
import { glossary } from '../article/glossary';
import type { Lang } from '../article/types';
import {
  CARD_KEYS,
  CARD_TEXT_SIZES,
  CATEGORIES,
  type CardKey,
  type CardTextSize,
  DENSITIES,
  type Density,
  HOVER_DELAY_RANGE,
  LANGUAGE_SETTINGS,
  type LanguageSetting,
  MARK_STYLES,
  type MarkStyle,
  type Settings,
  THEMES,
  type Theme,
} from '../core/settings';
import { mergeSettings } from '../core/settings-edits';
import { loadSettings, onSettingsChanged, saveSettings } from '../platform/settings-store';
import { type OptionsStrings, optionsStrings } from '../ui/strings/options';
import { Backup } from './Backup';
import { fill } from './fill';
import { Preview } from './Preview';
import { Shortcuts } from './Shortcuts';
import { SitesFieldset } from './SitesFieldset';
import { uiLang } from './ui-lang';

type Key = keyof OptionsStrings;

const LANGUAGE_LABELS: Record<LanguageSetting, Key> = {
  auto: 'langAuto',
  'zh-Hans': 'langZhHans',
  'zh-Hant': 'langZhHant',
  en: 'langEn',
  bilingual: 'langBilingual',
};
/** The language each choice's own label is written in, so screen readers read 简体中文 as Chinese. */
const LANGUAGE_LABEL_LANG: Partial<Record<LanguageSetting, Lang>> = {
  'zh-Hans': 'zh-Hans',
  'zh-Hant': 'zh-Hant',
  en: 'en',
};
const MARK_LABELS: Record<MarkStyle, Key> = {
  dotted: 'markDotted',
  solid: 'markSolid',
  tint: 'markTint',
  none: 'markNone',
};
const DENSITY_LABELS: Record<Density, Key> = {
  all: 'densityAll',
  'first-per-block': 'densityBlock',
  'first-per-page': 'densityPage',
};
const THEME_LABELS: Record<Theme, Key> = { auto: 'themeAuto', light: 'themeLight', dark: 'themeDark' };
const CARD_KEY_LABELS: Record<CardKey, Key> = {
  none: 'cardKeyNone',
  shift: 'cardKeyShift',
  alt: 'cardKeyAlt',
};
const CARD_TEXT_SIZE_LABELS: Record<CardTextSize, Key> = {
  small: 'cardTextSmall',
  medium: 'cardTextMedium',
  large: 'cardTextLarge',
};
const CATEGORY_LABELS = {
  model: 'catModel',
  technique: 'catTechnique',
  hardware: 'catHardware',
  organization: 'catOrganization',
  concept: 'catConcept',
} as const satisfies Record<(typeof CATEGORIES)[number], Key>;

interface ChoiceProps<T extends string> {
  name: string;
  legend: string;
  help?: string;
  options: readonly T[];
  labels: Record<T, string>;
  labelLang?: Partial<Record<T, string>>;
  value: T;
  onChange(value: T): void;
}

function Choice<T extends string>({
  name,
  legend,
  help,
  options,
  labels,
  labelLang,
  value,
  onChange,
}: ChoiceProps<T>) {
  return (
    <fieldset class="choice" aria-describedby={help ? `${name}-help` : undefined}>
      <legend>{legend}</legend>
      {help && (
        <p id={`${name}-help`} class="help">
          {help}
        </p>
      )}
      {options.map((option) => (
        <label key={option} class="option">
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          <span lang={labelLang?.[option]}>{labels[option]}</span>
        </label>
      ))}
    </fieldset>
  );
}

const labelsOf = <T extends string>(keys: Record<T, Key>, t: OptionsStrings): Record<T, string> =>
  Object.fromEntries(Object.entries(keys).map(([option, key]) => [option, t[key as Key]])) as Record<
    T,
    string
  >;

/** The first glossary term of each category, shown as its example. */
function exampleTerm(category: (typeof CATEGORIES)[number], lang: Lang): string {
  return glossary.find((term) => term.category === category)?.label[lang] ?? '';
}

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const [delay, setDelay] = useState<number | null>(null);
  const statusTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => live && setSettings(loaded));
    const stop = onSettingsChanged((next) => setSettings(next));
    return () => {
      live = false;
      stop();
    };
  }, []);

  const lang = uiLang(settings?.language ?? 'auto', navigator.language);
  const t = optionsStrings[lang];
  const theme = settings?.theme ?? 'auto';
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dataset.theme = theme;
    document.title = t.title;
  }, [lang, theme, t]);

  const announce = (message: string) => {
    setStatus(message);
    clearTimeout(statusTimer.current);
    statusTimer.current = setTimeout(() => setStatus(''), 4000);
  };

  const update = async (patch: Partial<Settings>, message?: string) => {
    setSettings((current) => (current ? mergeSettings(current, patch).settings : current));
    const saved = await saveSettings(patch);
    setSettings(saved);
    const nextT = optionsStrings[uiLang(saved.language, navigator.language)];
    announce(message ?? nextT.saved);
  };

  if (!settings) {
    return (
      <main class="page">
        <h1>{t.title}</h1>
        <p>{t.loading}</p>
      </main>
    );
  }

  const shownDelay = delay ?? settings.hoverDelayMs;
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t.title}</h1>
        <p class="help">{t.intro}</p>
        <p class="status" role="status">
          {status}
        </p>
      </header>
      <div class="columns">
        <main class="settings">
          <fieldset>
            <legend>{t.generalLegend}</legend>
            <label class="option">
              <input
                type="checkbox"
                id="enabled"
                checked={settings.enabled}
                aria-describedby="enabled-help"
                onChange={(event) => update({ enabled: event.currentTarget.checked })}
              />
              <span>{t.enabled}</span>
            </label>
            <p id="enabled-help" class="help">
              {t.enabledHelp}
            </p>
          </fieldset>

          <SitesFieldset settings={settings} t={t} onChange={(disabledSites) => update({ disabledSites })} />

          <Choice
            name="language"
            legend={t.languageLegend}
            help={t.languageHelp}
            options={LANGUAGE_SETTINGS}
            labels={labelsOf(LANGUAGE_LABELS, t)}
            labelLang={LANGUAGE_LABEL_LANG}
            value={settings.language}
            onChange={(language) => update({ language })}
          />

          <div class="field">
            <label for="hover-delay" class="field-label">
              {t.hoverDelay}
            </label>
            <div class="range">
              <input
                id="hover-delay"
                type="range"
                min={HOVER_DELAY_RANGE.min}
                max={HOVER_DELAY_RANGE.max}
                step={50}
                value={shownDelay}
                aria-describedby="hover-delay-help"
                aria-valuetext={fill(t.hoverDelayValue, { ms: shownDelay })}
                onInput={(event) => setDelay(Number(event.currentTarget.value))}
                onChange={(event) => {
                  setDelay(null);
                  void update({ hoverDelayMs: Number(event.currentTarget.value) });
                }}
              />
              <output for="hover-delay">{fill(t.hoverDelayValue, { ms: shownDelay })}</output>
            </div>
            <p id="hover-delay-help" class="help">
              {t.hoverDelayHelp}
            </p>
          </div>

          <Choice
            name="mark-style"
            legend={t.markLegend}
            options={MARK_STYLES}
            labels={labelsOf(MARK_LABELS, t)}
            value={settings.markStyle}
            onChange={(markStyle) => update({ markStyle })}
          />

          <Choice
            name="density"
            legend={t.densityLegend}
            options={DENSITIES}
            labels={labelsOf(DENSITY_LABELS, t)}
            value={settings.density}
            onChange={(density) => update({ density })}
          />

          <fieldset>
            <legend>{t.categoriesLegend}</legend>
            {CATEGORIES.map((category) => (
              <label key={category} class="option">
                <input
                  type="checkbox"
                  name="category"
                  value={category}
                  checked={settings.categories[category]}
                  onChange={(event) =>
                    update({
                      categories: { ...settings.categories, [category]: event.currentTarget.checked },
                    })
                  }
                />
                <span class={`swatch cat-${category}`} aria-hidden="true" />
                <span>
                  {t[CATEGORY_LABELS[category]]}{' '}
                  <span class="example">
                    {fill(t.categoryExample, { term: exampleTerm(category, lang) })}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>

          <Choice
            name="theme"
            legend={t.themeLegend}
            options={THEMES}
            labels={labelsOf(THEME_LABELS, t)}
            value={settings.theme}
            onChange={(next) => update({ theme: next })}
          />

          <Choice
            name="card-key"
            legend={t.cardKeyLegend}
            help={t.cardKeyHelp}
            options={CARD_KEYS}
            labels={labelsOf(CARD_KEY_LABELS, t)}
            value={settings.cardKey}
            onChange={(cardKey) => update({ cardKey })}
          />

          <Choice
            name="card-text-size"
            legend={t.cardTextSizeLegend}
            options={CARD_TEXT_SIZES}
            labels={labelsOf(CARD_TEXT_SIZE_LABELS, t)}
            value={settings.cardTextSize}
            onChange={(cardTextSize) => update({ cardTextSize })}
          />

          <Shortcuts t={t} />

          <Backup settings={settings} t={t} onImport={(next, message) => update(next, message)} />
        </main>
        <Preview settings={settings} lang={lang} t={t} />
      </div>
    </div>
  );
}
