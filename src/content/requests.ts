// The content requests the interactions answer: stepping from term to term, looking up a selection, the
// list of terms in view, a small frame's card shown here, and the popup's "on this page" and its
// scroll-to-term. (The eager script answers page-host itself.)
import type { ContentHandlers, Done, PageTerms } from '../core/content-requests';
import { type FrameCard, parseFrameCard } from '../core/messages';
import type { Settings } from '../core/settings';
import { isOccurrence } from './card-context';
import type { InteractionContext } from './interactions';
import type { Occurrence, OccurrenceIndex } from './occurrences';
import type { Session } from './session';

type TermListModule = typeof import('../card/term-list');

/** The content requests the interactions answer (the eager script answers page-host itself). */
export type InteractionRequestType =
  | 'step-term'
  | 'lookup-selection'
  | 'reveal-term'
  | 'term-list'
  | 'frame-card'
  | 'page-terms';

/** The list of terms in view stays short enough to walk by ear. */
const MAX_LISTED = 40;

let listLoading: Promise<TermListModule> | null = null;
function loadTermList(): Promise<TermListModule> {
  listLoading ??= import('../card/term-list').catch((error: unknown) => {
    listLoading = null;
    throw error;
  });
  return listLoading;
}

/** The card's language, for the words the list and the live region say (as src/ui/language.ts picks). */
async function uiLanguage(settings: Settings) {
  const { cardLanguage } = await import('../ui/language');
  return cardLanguage(settings.language, document.documentElement.lang, navigator.language);
}

function inView(range: Range): boolean {
  const rect = range.getBoundingClientRect();
  return rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth;
}

function scrollToRange(range: Range): void {
  // The element first, so that scrolling containers bring it in; then the window centres the term itself
  // (a tall paragraph centred would leave the term off screen).
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
  const rect = range.getBoundingClientRect();
  const offBy = rect.top + rect.height / 2 - window.innerHeight / 2;
  if (Math.abs(offBy) > window.innerHeight / 4) window.scrollBy({ top: offBy, behavior: 'instant' });
}

/** The <iframe> (or <frame>) element of a child window, in this document. */
function frameElementOf(source: MessageEventSource): HTMLIFrameElement | HTMLFrameElement | null {
  for (const frame of document.querySelectorAll<HTMLIFrameElement | HTMLFrameElement>('iframe, frame')) {
    if (frame.contentWindow === source) return frame;
  }
  return null;
}

/** The terms on the page in page order (of each term's first marked occurrence), counting unmarked ones too. */
export function pageTerms(index: OccurrenceIndex): PageTerms {
  const counts = new Map<string, number>();
  for (const occurrence of index.list()) if (!counts.has(occurrence.termId)) counts.set(occurrence.termId, 0);
  for (const occurrence of index.all())
    counts.set(occurrence.termId, (counts.get(occurrence.termId) ?? 0) + 1);
  return { type: 'page-terms', terms: [...counts].map(([termId, count]) => ({ termId, count })) };
}

export function createRequestHandlers(
  { matcher, flash, frameSource }: Pick<InteractionContext, 'matcher' | 'flash' | 'frameSource'>,
  session: Session,
): ContentHandlers<InteractionRequestType> {
  const { index, settings, opener } = session;

  async function step(direction: 1 | -1): Promise<Done> {
    const list = index.list();
    if (list.length === 0) return { ok: false };
    const current = opener.target();
    const at = current && isOccurrence(current) ? list.indexOf(current) : -1;
    let next: Occurrence | undefined;
    if (at >= 0) next = list[(at + direction + list.length) % list.length];
    else {
      // From the top of the viewport: the first term at or below it, or the last one above it.
      const below = list.findIndex((occurrence) => occurrence.liveRange().getBoundingClientRect().bottom > 0);
      if (direction === 1) next = list[Math.max(below, 0)];
      else next = below > 0 ? list[below - 1] : list[list.length - 1];
    }
    if (!next) return { ok: false };
    scrollToRange(next.liveRange());
    await session.openSticky(next, true);
    const termId = next.termId;
    void Promise.all([loadTermList(), uiLanguage(settings())]).then(([list, lang]) =>
      list.announceTerm(termId, lang),
    );
    return { ok: true, termId };
  }

  async function lookup(text: string): Promise<Done> {
    const match = matcher.findAll(text)[0];
    const termId = match ? (matcher.termIds[match.term] ?? null) : null;
    const selection = window.getSelection();
    const range =
      selection && selection.rangeCount > 0 && !selection.isCollapsed
        ? selection.getRangeAt(0).cloneRange()
        : null;
    await session.openSticky({ selection: range }, true, { termId, text });
    return termId ? { ok: true, termId } : { ok: false };
  }

  /** Which of a term's occurrences a reveal showed last, so that the next one shows the next. */
  const revealed = new Map<string, number>();

  /** Scrolls to the next marked occurrence of a term (cycling) and flashes it. */
  function reveal(termId: string): Done {
    const matches = index.list().filter((occurrence) => occurrence.termId === termId);
    if (matches.length === 0) return { ok: false };
    const at = ((revealed.get(termId) ?? -1) + 1) % matches.length;
    const occurrence = matches[at] as Occurrence;
    revealed.set(termId, at);
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    occurrence.startContainer.parentElement?.scrollIntoView({
      block: 'center',
      behavior: reduceMotion ? 'auto' : 'smooth',
    });
    flash(occurrence.staticRange);
    return { ok: true };
  }

  /**
   * The terms near the focus (inside the focused element) or else in view, one entry per term at its first
   * such occurrence, as a list a screen reader can walk; choosing one selects it and opens its card.
   */
  async function termList(): Promise<Done> {
    const all = index.list();
    const focused = document.activeElement;
    const near =
      focused && focused !== document.body && focused !== document.documentElement
        ? all.filter((occurrence) => focused.contains(occurrence.startContainer))
        : [];
    const candidates = near.length > 0 ? near : all.filter((occurrence) => inView(occurrence.liveRange()));
    const seen = new Set<string>();
    const chosen: Occurrence[] = [];
    for (const occurrence of candidates) {
      if (seen.has(occurrence.termId)) continue;
      seen.add(occurrence.termId);
      chosen.push(occurrence);
      if (chosen.length === MAX_LISTED) break;
    }
    const [list, lang] = await Promise.all([loadTermList(), uiLanguage(settings())]);
    if (session.disposed()) return { ok: false };
    opener.close();
    list.showTermList({
      entries: chosen,
      lang,
      theme: settings().theme,
      onChoose: (at) => {
        const occurrence = chosen[at];
        if (!occurrence?.staticRange.startContainer.isConnected) return;
        const range = occurrence.liveRange();
        // The selection is what a screen reader reads in context; the card then takes focus.
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        scrollToRange(range);
        void session.openSticky(occurrence, true);
      },
    });
    return { ok: chosen.length > 0 };
  }

  /** Shows a small frame's card here, at its term's place (once the frame's post has said which it is). */
  async function frameCard(request: FrameCard): Promise<Done> {
    let source = frameSource(request.nonce);
    for (let tries = 0; !source && tries < 15; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      source = frameSource(request.nonce);
    }
    const frame = source ? frameElementOf(source) : null;
    if (!frame || session.disposed()) return { ok: false };
    await session.openSticky({ remote: request, frame }, false);
    return { ok: true, termId: request.termId };
  }

  const gone = session.disposed;
  return {
    'page-terms': () => pageTerms(index),
    'frame-card': (request) => {
      const parsed = parseFrameCard(request.unparsed);
      return parsed ? frameCard(parsed) : { ok: false };
    },
    'reveal-term': (request) => (gone() ? { ok: false } : reveal(request.termId)),
    'term-list': () => (gone() ? { ok: false } : termList()),
    'step-term': (request) => (gone() ? { ok: false } : step(request.direction)),
    'lookup-selection': (request) => (gone() ? { ok: false } : lookup(request.text)),
  };
}
