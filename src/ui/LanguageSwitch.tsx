// The language switch: 简体 / 繁體 / English / bilingual as a radio group; each name in its own language.
import type { Lang } from '../article/types';
import type { LanguageSetting } from '../core/settings';
import { reader } from './strings/reader';

export type LanguageChoice = Exclude<LanguageSetting, 'auto'>;

const CHOICES: ReadonlyArray<{
  value: LanguageChoice;
  short: 'langZhHans' | 'langZhHant' | 'langEn' | 'langBilingual';
  long: 'langZhHansLong' | 'langZhHantLong' | 'langEnLong' | 'langBilingualLong';
  lang?: Lang;
}> = [
  { value: 'zh-Hans', short: 'langZhHans', long: 'langZhHansLong', lang: 'zh-Hans' },
  { value: 'zh-Hant', short: 'langZhHant', long: 'langZhHantLong', lang: 'zh-Hant' },
  { value: 'en', short: 'langEn', long: 'langEnLong', lang: 'en' },
  { value: 'bilingual', short: 'langBilingual', long: 'langBilingualLong' },
];

export interface LanguageSwitchProps {
  readonly value: LanguageChoice;
  /** The language of the UI around the switch (labels the group and the bilingual choice). */
  readonly ui: Lang;
  readonly onChange: (value: LanguageChoice) => void;
  /** A name for the radio group, unique on the page. */
  readonly name?: string;
}

export function LanguageSwitch({ value, ui, onChange, name = 'language' }: LanguageSwitchProps) {
  const t = reader[ui];
  return (
    <fieldset class="language-switch">
      <legend class="visually-hidden">{t.languageLabel}</legend>
      {CHOICES.map((choice) => {
        // A language's own name is written in that language; "bilingual" is a UI word.
        const lang = choice.lang ?? ui;
        return (
          <label
            key={choice.value}
            class={value === choice.value ? 'checked' : undefined}
            title={t[choice.long]}
          >
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <span lang={lang}>{reader[lang][choice.short]}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
