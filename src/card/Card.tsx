// The term card: label, gloss, the best-fitting passage with the term marked, its question, passage arrows, language switch and actions.
import { useMemo, useState } from 'preact/hooks';
import type { Lang } from '../article/types';
import type { MarkReason } from '../core/mark-reason';
import type { Matcher } from '../core/matcher';
import { type RankContext, type RankedExcerpt, rankExcerpts } from '../core/rank';
import type { Theme } from '../core/settings';
import { fill } from '../ui/format';
import { glossFor, termById } from '../ui/glossary-index';
import { Passage } from '../ui/MarkedText';
import { card } from '../ui/strings/card';
import type { TermFinder } from '../ui/term-marks';
import { typeset } from '../ui/typeset';
import { copyText, questionLine } from './copy-text';

export interface CardProps {
  /** null: the "no term in the selection" card. */
  readonly termId: string | null;
  readonly context: RankContext;
  /**
   * The content world's matcher, which found the term: it ranks the passages and marks their terms, so
   * the card chunk builds none. Without one (the options page's preview), one is built on first use.
   */
  readonly matcher?: Matcher;
  /** Why an ambiguous alias was marked; the card says so when the evidence is other terms. */
  readonly reason?: MarkReason | null;
  readonly lang: Lang;
  readonly theme: Theme;
  readonly pinned: boolean;
  readonly onLang: (lang: Lang) => void;
  readonly onPin: (pinned: boolean) => void;
  readonly onClose: () => void;
  readonly onReadInContext: (sentenceId: string) => void;
  readonly onCopy: (text: string) => Promise<boolean>;
  readonly onDragStart: (event: PointerEvent) => void;
}

const LANG_BUTTONS: ReadonlyArray<{
  lang: Lang;
  short: 'langZhHans' | 'langZhHant' | 'langEn';
  long: 'langZhHansLong' | 'langZhHantLong' | 'langEnLong';
}> = [
  { lang: 'zh-Hans', short: 'langZhHans', long: 'langZhHansLong' },
  { lang: 'zh-Hant', short: 'langZhHant', long: 'langZhHantLong' },
  { lang: 'en', short: 'langEn', long: 'langEnLong' },
];

function PinIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true">
      <path d="M9 4h6l-1 6 3 3H7l3-3z" />
      <path d="M12 13v7" />
    </svg>
  );
}

function CloseIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true">
      <path d="M6 6l12 12M18 6L6 18" />
    </svg>
  );
}

/** "Marked because this page also mentions ChatGPT, RLHF": only when the evidence is other terms. */
function ReasonLine({ reason, termId, lang }: { reason: MarkReason | null; termId: string; lang: Lang }) {
  const others = (reason?.termIds ?? []).filter((id) => id !== termId);
  if (!reason || others.length + reason.words.length === 0) return null;
  const t = card[lang];
  const labels = [
    ...others.map((id) => termById(id)?.label[lang] ?? id),
    ...reason.words.map((w) => (lang === 'zh-Hant' ? `「${w}」` : `“${w}”`)),
  ];
  const terms = labels.join(lang === 'en' ? ', ' : '、');
  return <p class="reason">{fill(reason.scope === 'block' ? t.reasonBlock : t.reasonPage, { terms })}</p>;
}

interface PassageProps {
  readonly ranked: RankedExcerpt;
  readonly lang: Lang;
  readonly termId: string;
  readonly matcher: TermFinder | undefined;
}

/** The ranked passage with its term marked (and the term it was borrowed from, if any). */
function RankedPassage({ ranked, lang, termId, matcher }: PassageProps) {
  return (
    <blockquote class="excerpt" lang={lang}>
      <Passage
        sids={ranked.excerpt.sentences}
        lang={lang}
        termIds={ranked.via ? [termId, ranked.via] : [termId]}
        matcher={matcher}
      />
    </blockquote>
  );
}

export function Card(props: CardProps) {
  const { termId, context, lang, theme, pinned } = props;
  const t = card[lang];
  const term = termId === null ? undefined : termById(termId);
  const ranked = useMemo(
    () => (term ? rankExcerpts(term, context, props.matcher) : []),
    [term, context, props.matcher],
  );
  const [index, setIndex] = useState(0);
  const [status, setStatus] = useState('');
  const current = ranked[Math.min(index, ranked.length - 1)];

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onClose();
    } else if ((event.key === 'p' || event.key === 'P') && term) {
      event.preventDefault();
      props.onPin(!pinned);
    }
  };
  const onHeadPointerDown = (event: PointerEvent) => {
    if (pinned && !(event.target as Element).closest('button')) props.onDragStart(event);
  };

  const classes = `card theme-${theme}${pinned ? ' pinned' : ''}`;
  const closeButton = (
    <button type="button" class="icon" aria-label={t.close} title={t.close} onClick={props.onClose}>
      <CloseIcon />
    </button>
  );

  if (!term || !current) {
    return (
      <div
        class={classes}
        role="dialog"
        aria-label={t.noTermLabel}
        lang={lang}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <div class="head">
          <h2 class="term">{t.noTermLabel}</h2>
          <div class="tools">{closeButton}</div>
        </div>
        <p class="gloss">{t.noTerm}</p>
      </div>
    );
  }

  const label = term.label[lang];
  const gloss = glossFor(term, lang);
  const via = current.via ? termById(current.via) : undefined;
  const question = questionLine(current.excerpt, lang);
  const total = ranked.length;
  const step = (delta: number) => {
    setIndex((i) => (i + delta + total) % total);
    setStatus('');
  };
  const copy = async () => {
    const ok = await props.onCopy(copyText(current.excerpt, lang));
    setStatus(ok ? t.copied : t.copyFailed);
  };

  return (
    <div
      class={classes}
      role="dialog"
      aria-label={fill(t.dialogLabel, { term: label })}
      lang={lang}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div class="head" onPointerDown={onHeadPointerDown} title={pinned ? t.dragHandle : undefined}>
        <h2 class="term">{label}</h2>
        <div class="tools">
          <button
            type="button"
            class="icon"
            aria-pressed={pinned}
            aria-label={pinned ? t.unpin : t.pin}
            title={pinned ? t.unpin : t.pin}
            onClick={() => props.onPin(!pinned)}
          >
            <PinIcon />
          </button>
          {closeButton}
        </div>
      </div>
      <p class="gloss" lang={gloss.lang}>
        {typeset(gloss.text, gloss.lang)}
      </p>
      {via ? <p class="via">{fill(t.via, { term: via.label[lang] })}</p> : null}
      <ReasonLine reason={props.reason ?? null} termId={term.id} lang={lang} />
      <RankedPassage ranked={current} lang={lang} termId={term.id} matcher={props.matcher} />
      <p class="question" title={question.text}>
        <span class="qnum">{question.label}</span>
        {question.text ? ` · ${question.text}` : ''}
      </p>
      <div class="bar">
        {total > 1 ? (
          <fieldset class="pager">
            <legend class="visually-hidden">{t.passageGroup}</legend>
            <button
              type="button"
              class="icon"
              aria-label={t.previous}
              title={t.previous}
              onClick={() => step(-1)}
            >
              ‹
            </button>
            <span class="count" aria-live="polite">
              {fill(t.passageCount, { n: index + 1, total })}
            </span>
            <button type="button" class="icon" aria-label={t.next} title={t.next} onClick={() => step(1)}>
              ›
            </button>
          </fieldset>
        ) : null}
        <fieldset class="langs">
          <legend class="visually-hidden">{t.languageGroup}</legend>
          {LANG_BUTTONS.map((choice) => (
            <button
              key={choice.lang}
              type="button"
              aria-pressed={choice.lang === lang}
              title={t[choice.long]}
              onClick={() => props.onLang(choice.lang)}
            >
              {/* Each language is named in itself, for the ear as for the eye. */}
              <span aria-hidden="true" lang={choice.lang}>
                {t[choice.short]}
              </span>
              <span class="visually-hidden" lang={choice.lang}>
                {card[choice.lang][choice.long]}
              </span>
            </button>
          ))}
        </fieldset>
      </div>
      <div class="actions">
        <button
          type="button"
          class="primary"
          onClick={() => props.onReadInContext(current.excerpt.sentences[0] ?? '')}
        >
          {t.readInContext}
        </button>
        <button type="button" onClick={() => void copy()}>
          {t.copy}
        </button>
        <span class="status" role="status">
          {status}
        </span>
      </div>
    </div>
  );
}
