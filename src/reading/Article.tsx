// The whole article in one or two languages: title, byline, disclaimer, then every section in order.
// Every sentence is a span with data-sid, which deep links, search and the reading position target.
import { Fragment, type JSX } from 'preact';
import { memo } from 'preact/compat';
import { article, sectionLabel } from '../article/article';
import type { Block, Lang, Section } from '../article/types';
import { EditorialMark } from '../ui/EditorialMark';
import { fill } from '../ui/format';
import { paragraphTabStops, Sentence } from '../ui/MarkedText';
import { reader } from '../ui/strings/reader';
import { sentenceGap } from '../ui/term-marks';

export interface ArticleProps {
  /** One language, or Chinese then English for bilingual mode. */
  readonly langs: readonly Lang[];
  readonly ui: Lang;
}

function Sentences({
  sids,
  lang,
  stops,
  anchor,
}: {
  sids: readonly string[];
  lang: Lang;
  stops?: Map<string, Set<number>>;
  anchor: boolean;
}) {
  return (
    <>
      {sids.map((sid, i) => (
        <Fragment key={sid}>
          {i > 0 ? sentenceGap(lang) : null}
          <Sentence sid={sid} lang={lang} markTerms tabStops={stops?.get(sid)} anchor={anchor} />
          <EditorialMark sid={sid} lang={lang} />
        </Fragment>
      ))}
    </>
  );
}

/** A paragraph (or list item) in each language; bilingual pairs sit beneath or beside each other. */
function BlockText({ block, langs }: { block: Block; langs: readonly Lang[] }) {
  const Tag = block.kind === 'li' ? 'li' : 'div';
  return (
    <Tag class={langs.length > 1 ? 'block pair' : 'block'} data-block={block.id}>
      {langs.map((lang, i) => (
        <p key={lang} lang={lang}>
          <Sentences
            sids={block.sentences}
            lang={lang}
            stops={paragraphTabStops(block.sentences, lang)}
            anchor={i === 0}
          />
        </p>
      ))}
    </Tag>
  );
}

/** Consecutive `li` blocks form one list (A4 lists the two costs). */
function groupBlocks(blocks: readonly Block[]): Array<Block | Block[]> {
  const groups: Array<Block | Block[]> = [];
  for (const block of blocks) {
    const last = groups[groups.length - 1];
    if (block.kind === 'li') {
      if (Array.isArray(last)) last.push(block);
      else groups.push([block]);
    } else groups.push(block);
  }
  return groups;
}

function SectionView({ section, langs, ui }: { section: Section; langs: readonly Lang[]; ui: Lang }) {
  const headingId = `${section.id}-heading`;
  const primary = langs[0] as Lang;
  return (
    <section id={section.id} class="section" data-section={section.id} aria-labelledby={headingId}>
      <h2 id={headingId} class={langs.length > 1 ? 'question pair' : 'question'}>
        {section.question.length === 0 ? (
          langs.map((lang) => (
            <span key={lang} lang={lang} class="question-text">
              <Sentence sid="sum.heading" lang={lang} />
            </span>
          ))
        ) : (
          <>
            <span class="qnum" lang={ui}>
              {sectionLabel(section, primary)}
            </span>
            {langs.map((lang, i) => (
              <span key={lang} lang={lang} class="question-text">
                <Sentences
                  sids={section.question}
                  lang={lang}
                  stops={paragraphTabStops(section.question, lang)}
                  anchor={i === 0}
                />
              </span>
            ))}
          </>
        )}
      </h2>
      {groupBlocks(section.answer).map((group) =>
        Array.isArray(group) ? (
          <ul key={group[0]?.id} class="answer-list">
            {group.map((block) => (
              <BlockText key={block.id} block={block} langs={langs} />
            ))}
          </ul>
        ) : (
          <BlockText key={group.id} block={group} langs={langs} />
        ),
      )}
    </section>
  );
}

function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang === 'zh-Hant' ? 'zh-TW' : 'zh-CN', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

function ArticleView({ langs, ui }: ArticleProps): JSX.Element {
  const t = reader[ui];
  const { meta, sections } = article;
  return (
    <article class="article">
      <header class="article-head">
        <h1 class={langs.length > 1 ? 'title pair' : 'title'}>
          {langs.map((lang) => (
            <span key={lang} lang={lang} class="title-text">
              <Sentence sid={meta.title} lang={lang} />
            </span>
          ))}
        </h1>
        <p class="byline">
          <span class="author">{t.author}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={meta.date}>{fill(t.postedOn, { date: formatDate(meta.date, ui) })}</time>
          <span aria-hidden="true"> · </span>
          <span class="blog">
            {t.blogLabel}{' '}
            {langs.map((lang, i) => (
              <span key={lang} lang={lang}>
                {i > 0 ? ' / ' : ''}
                <Sentence sid={meta.blog} lang={lang} />
              </span>
            ))}
          </span>
        </p>
        <p class="disclaimer">
          <span class="disclaimer-label">{t.disclaimerLabel}</span>{' '}
          {langs.map((lang) => (
            <span key={lang} lang={lang} class="disclaimer-text">
              <Sentence sid={meta.disclaimer} lang={lang} />{' '}
            </span>
          ))}
        </p>
        {langs.map((lang) =>
          lang === 'zh-Hans' ? null : (
            <p key={lang} class="version-note" lang={lang}>
              {reader[lang].versionNote}
            </p>
          ),
        )}
      </header>
      {sections.map((section) => (
        <SectionView key={section.id} section={section} langs={langs} ui={ui} />
      ))}
    </article>
  );
}

/** The article re-renders only when its languages change, not on every scroll or search keystroke. */
export const Article = memo(
  ArticleView,
  (a, b) =>
    a.ui === b.ui && a.langs.length === b.langs.length && a.langs.every((lang, i) => lang === b.langs[i]),
);
