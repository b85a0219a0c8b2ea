// The screen-reader route to the marks, which assistive technology cannot see (CSS highlights are not in the
// accessibility tree): a dialog listing the terms in view, and a live region that names each term stepped to.
// Plain DOM in a closed shadow root, like the card; loaded lazily with it.
import type { Lang } from '../article/types';
import type { Theme } from '../core/settings';
import { fill } from '../ui/format';
import { surfaces } from '../ui/strings/surfaces';
import { entryText } from '../ui/term-line';

export interface TermListEntry {
  readonly termId: string;
}

export interface TermListRequest {
  readonly entries: readonly TermListEntry[];
  readonly lang: Lang;
  readonly theme: Theme;
  /** The user chose entry `index` (the list has closed itself). */
  readonly onChoose: (index: number) => void;
}

const HOST_STYLE = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  overflow: 'visible',
  'z-index': '2147483647',
  visibility: 'visible',
  opacity: '1',
};

const TERM_LIST_CSS = `
:host { all: initial; }
.list {
  --bg: #ffffff; --fg: #1f2328; --muted: #4f5760; --border: #c9d1d9; --focus: #0a58ca; --hover: #eef2f6;
  color-scheme: light;
  position: fixed; top: 12px; right: 12px; box-sizing: border-box;
  width: min(380px, calc(100vw - 24px)); max-height: calc(100vh - 24px); overflow: auto;
  padding: 10px 12px; background: var(--bg); color: var(--fg);
  border: 1px solid var(--border); border-radius: 10px; box-shadow: 0 8px 28px rgba(15, 23, 42, 0.18);
  font: 400 14px/1.5 system-ui, "Noto Sans", "Noto Sans CJK SC", sans-serif;
}
.list.theme-dark {
  --bg: #1d2127; --fg: #e8edf2; --muted: #a9b3bd; --border: #3b434c; --focus: #8ab4f8; --hover: #2b3139;
  color-scheme: dark;
}
@media (prefers-color-scheme: dark) {
  .list.theme-auto {
    --bg: #1d2127; --fg: #e8edf2; --muted: #a9b3bd; --border: #3b434c; --focus: #8ab4f8; --hover: #2b3139;
    color-scheme: dark;
  }
}
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
h2 { margin: 0; font-size: 15px; font-weight: 600; }
.hint { margin: 4px 0 8px; color: var(--muted); font-size: 13px; }
ul { list-style: none; margin: 0; padding: 0; }
button {
  font: inherit; color: inherit; background: transparent; border: 0; border-radius: 6px; cursor: pointer;
}
li button { display: block; width: 100%; text-align: start; padding: 6px 8px; min-height: 44px; }
li button:hover { background: var(--hover); }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.close { min-width: 32px; min-height: 32px; font-size: 20px; line-height: 1; }
.term { font-weight: 600; }
.category, .gloss { color: var(--muted); }
`;

const LIST_TAG = 'aigc-lens-list';
const LIVE_TAG = 'aigc-lens-live';

let openList: { close: (restoreFocus: boolean) => void } | null = null;

/** Inline and !important, as the card's host (src/card/host.ts): no page rule can move or hide it. */
function shadowHost(tag: string, css: string): { host: HTMLElement; shadow: ShadowRoot } {
  const host = document.createElement(tag);
  for (const [name, value] of Object.entries(HOST_STYLE)) host.style.setProperty(name, value, 'important');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style);
  return { host, shadow };
}

/** Opens the list with focus on its first entry; Esc or the close button closes it and gives focus back. */
export function showTermList(request: TermListRequest): () => void {
  openList?.close(false);
  const t = surfaces[request.lang];
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const { host, shadow } = shadowHost(LIST_TAG, TERM_LIST_CSS);
  const dialog = document.createElement('div');
  dialog.className = `list theme-${request.theme}`;
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'false');
  dialog.setAttribute('aria-labelledby', 'heading');
  dialog.setAttribute('aria-describedby', 'hint');
  dialog.lang = request.lang;
  const head = document.createElement('div');
  head.className = 'head';
  const heading = document.createElement('h2');
  heading.id = 'heading';
  heading.textContent = t.termListLabel;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', t.termListClose);
  close.title = t.termListClose;
  close.textContent = '×';
  head.append(heading, close);
  const hint = document.createElement('p');
  hint.id = 'hint';
  hint.className = 'hint';
  hint.textContent = request.entries.length > 0 ? t.termListHint : t.termListEmpty;
  const list = document.createElement('ul');
  const buttons: HTMLButtonElement[] = [];
  request.entries.forEach((entry, index) => {
    const { label, category, gloss } = entryText(entry.termId, request.lang);
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.term = entry.termId;
    const name = document.createElement('span');
    name.className = 'term';
    name.textContent = label;
    const kind = document.createElement('span');
    kind.className = 'category';
    kind.textContent = `, ${category}`;
    const line = document.createElement('span');
    line.className = 'gloss';
    line.textContent = `: ${gloss}`;
    button.append(name, kind, line);
    button.addEventListener('click', () => {
      dismiss(false);
      request.onChoose(index);
    });
    item.append(button);
    list.append(item);
    buttons.push(button);
  });
  dialog.append(head, hint, list);
  shadow.append(dialog);

  let closed = false;
  function dismiss(restoreFocus: boolean): void {
    if (closed) return;
    closed = true;
    host.remove();
    if (openList?.close === dismiss) openList = null;
    if (restoreFocus && before?.isConnected) before.focus({ preventScroll: true });
  }
  close.addEventListener('click', () => dismiss(true));
  dialog.addEventListener('keydown', (event) => {
    // Keys in the list stay in the list: the page must not act on them.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      dismiss(true);
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Home' && event.key !== 'End')
      return;
    if (buttons.length === 0) return;
    event.preventDefault();
    const at = buttons.indexOf(shadow.activeElement as HTMLButtonElement);
    const last = buttons.length - 1;
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? last
          : event.key === 'ArrowDown'
            ? Math.min(last, at + 1)
            : Math.max(0, at - 1);
    buttons[next]?.focus();
  });
  document.documentElement.append(host);
  openList = { close: dismiss };
  (buttons[0] ?? close).focus();
  return () => dismiss(false);
}

let live: { host: HTMLElement; region: HTMLElement } | null = null;

/** Says a term through a polite live region (created once, visually hidden), e.g. after a step. */
export function announceTerm(termId: string, lang: Lang): void {
  if (!live?.host.isConnected) {
    const { host, shadow } = shadowHost(LIVE_TAG, ':host { all: initial; }');
    // Visually hidden, still in the accessibility tree.
    host.style.setProperty('clip-path', 'inset(50%)', 'important');
    host.style.setProperty('width', '1px', 'important');
    host.style.setProperty('height', '1px', 'important');
    host.style.setProperty('overflow', 'hidden', 'important');
    const region = document.createElement('div');
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    shadow.append(region);
    document.documentElement.append(host);
    live = { host, region };
  }
  const { label, category } = entryText(termId, lang);
  live.region.lang = lang;
  live.region.textContent = fill(surfaces[lang].termAnnounce, { term: label, category });
}
