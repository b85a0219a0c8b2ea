// The card's stylesheet (adopted by its closed shadow root): light and dark themes at WCAG AA contrast, CJK type, reduced motion.

const LIGHT = `
  --bg: #ffffff;
  --fg: #1f2328;
  --muted: #4f5760;
  --border: #c9d1d9;
  --shadow: 0 8px 28px rgba(15, 23, 42, 0.18), 0 1px 3px rgba(15, 23, 42, 0.12);
  --quote-bg: #f6f8fa;
  --quote-rule: #8c959f;
  --mark-bg: #ffe58a;
  --mark-fg: #1f2328;
  --accent: #0a58ca;
  --accent-fg: #ffffff;
  --button-bg: #f3f4f6;
  --button-hover: #e5e7eb;
  --focus: #0a58ca;
  color-scheme: light;
`;

const DARK = `
  --bg: #1d2127;
  --fg: #e8edf2;
  --muted: #a9b3bd;
  --border: #3b434c;
  --shadow: 0 8px 28px rgba(0, 0, 0, 0.55), 0 1px 3px rgba(0, 0, 0, 0.4);
  --quote-bg: #262b32;
  --quote-rule: #6e7781;
  --mark-bg: #6a5300;
  --mark-fg: #fff7d6;
  --accent: #8ab4f8;
  --accent-fg: #10161d;
  --button-bg: #2b3139;
  --button-hover: #363e48;
  --focus: #8ab4f8;
  color-scheme: dark;
`;

const SANS_LATIN = `system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial`;
const SANS_SC = `"PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei"`;
const SANS_TC = `"PingFang TC", "Hiragino Sans CJK TC", "Noto Sans CJK TC", "Source Han Sans TC", "Microsoft JhengHei"`;

export const CARD_CSS = `
:host { all: initial; }
/* The text-size setting (the card's mount element carries its class). */
.size-small { --text-scale: 0.875; }
.size-medium { --text-scale: 1; }
.size-large { --text-scale: 1.25; }
.card {
  ${LIGHT}
  position: fixed;
  top: 0;
  left: 0;
  box-sizing: border-box;
  width: min(calc(416px * var(--text-scale)), calc(100vw - 16px));
  max-height: calc(100vh - 16px);
  overflow: auto;
  overscroll-behavior: contain;
  padding: 12px 14px 12px;
  background: var(--bg);
  color: var(--fg);
  border: 1px solid var(--border);
  border-radius: 10px;
  box-shadow: var(--shadow);
  font: 400 calc(14px * var(--text-scale))/1.55 ${SANS_LATIN}, ${SANS_SC}, sans-serif;
  text-align: start;
  letter-spacing: normal;
  word-spacing: normal;
  text-transform: none;
  white-space: normal;
  direction: ltr;
  cursor: auto;
  pointer-events: auto;
  visibility: visible;
}
.card.theme-dark { ${DARK} }
@media (prefers-color-scheme: dark) { .card.theme-auto { ${DARK} } }
@media (prefers-reduced-motion: no-preference) {
  .card { animation: aigc-lens-in 120ms ease-out; }
  @keyframes aigc-lens-in { from { opacity: 0; transform: translateY(3px); } to { opacity: 1; transform: none; } }
}
.card.hidden { visibility: hidden; }
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
:lang(zh-Hans) { font-family: ${SANS_SC}, ${SANS_LATIN}, sans-serif; }
:lang(zh-Hant) { font-family: ${SANS_TC}, ${SANS_LATIN}, sans-serif; }
:lang(en) { font-family: ${SANS_LATIN}, ${SANS_SC}, sans-serif; }
* { box-sizing: border-box; }
.head { display: flex; align-items: flex-start; gap: 8px; margin: 0 0 4px; }
.card.pinned .head { cursor: move; touch-action: none; user-select: none; }
.term { flex: 1; margin: 0; font-size: calc(16px * var(--text-scale)); font-weight: 650; line-height: 1.35; color: var(--fg); }
.tools { display: flex; gap: 2px; margin: -4px -6px 0 0; }
.gloss { margin: 0 0 10px; color: var(--muted); font-size: calc(13px * var(--text-scale)); }
.gloss:lang(zh-Hans), .gloss:lang(zh-Hant) { line-height: 1.7; }
.via { margin: 0 0 6px; color: var(--muted); font-size: calc(12px * var(--text-scale)); font-style: italic; }
.reason { margin: 0 0 6px; color: var(--muted); font-size: calc(12px * var(--text-scale)); }
.excerpt {
  margin: 0 0 8px;
  padding: 8px 10px;
  background: var(--quote-bg);
  border-left: 3px solid var(--quote-rule);
  border-radius: 0 6px 6px 0;
  font-size: calc(14.5px * var(--text-scale));
  line-height: 1.6;
  color: var(--fg);
  quotes: none;
}
.excerpt:lang(zh-Hans), .excerpt:lang(zh-Hant) { line-height: 1.8; font-size: calc(15px * var(--text-scale)); }
mark { background: var(--mark-bg); color: var(--mark-fg); border-radius: 2px; padding: 0 1px; }
.question {
  margin: 0 0 10px;
  color: var(--muted);
  font-size: calc(12.5px * var(--text-scale));
  line-height: 1.5;
  /* Some questions run to sixty words; two lines name it, the reader has the rest. */
  display: -webkit-box;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: 2;
  line-clamp: 2;
  overflow: hidden;
}
.question:lang(zh-Hans), .question:lang(zh-Hant) { line-height: 1.7; }
.qnum { font-weight: 650; color: var(--fg); }
.bar { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin: 0 0 10px; flex-wrap: wrap; }
fieldset { margin: 0; padding: 0; border: 0; min-inline-size: 0; }
.pager { display: flex; align-items: center; gap: 4px; }
.count { min-width: 4.5em; text-align: center; font-size: calc(12.5px * var(--text-scale)); color: var(--muted); font-variant-numeric: tabular-nums; }
.langs { display: inline-flex; border: 1px solid var(--border); border-radius: 6px; overflow: hidden; margin-inline-start: auto; }
.langs button { border-radius: 0; min-width: 34px; padding: 2px 8px; background: transparent; }
.langs button + button { border-left: 1px solid var(--border); }
.langs button[aria-pressed="true"] { background: var(--accent); color: var(--accent-fg); font-weight: 650; }
.actions { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.status { font-size: calc(12.5px * var(--text-scale)); color: var(--muted); }
button {
  all: unset;
  box-sizing: border-box;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: 4px;
  min-height: 28px;
  padding: 3px 10px;
  border-radius: 6px;
  background: var(--button-bg);
  color: var(--fg);
  font: inherit;
  font-size: calc(13px * var(--text-scale));
  line-height: 1.4;
  cursor: pointer;
  user-select: none;
}
button:hover { background: var(--button-hover); }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
button.primary { background: var(--accent); color: var(--accent-fg); font-weight: 600; }
button.primary:hover { filter: brightness(1.08); }
button.icon { min-width: 28px; padding: 0; background: transparent; color: var(--muted); }
button.icon:hover { background: var(--button-hover); color: var(--fg); }
.pager button.icon { font-size: calc(20px * var(--text-scale)); line-height: 1; padding-bottom: 2px; }
button.icon[aria-pressed="true"] { color: var(--accent); }
svg { width: 16px; height: 16px; fill: none; stroke: currentColor; stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; }
.copy-buffer { position: fixed; left: -9999px; top: 0; width: 1px; height: 1px; opacity: 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
/* Narrow viewports and touch screens: a bottom sheet across the width, closed by a swipe down or a tap outside. */
.sheet > .card {
  top: auto !important;
  left: 0 !important;
  right: 0;
  bottom: 0;
  /* Not 100vw: that would run under a classic scrollbar. */
  width: auto;
  max-height: 60vh;
  border-radius: 14px 14px 0 0;
  border-bottom: 0;
  padding-top: 18px;
}
.sheet > .card::before {
  content: "";
  position: absolute;
  top: 6px;
  left: calc(50% - 20px);
  width: 40px;
  height: 4px;
  border-radius: 2px;
  background: var(--border);
}
.sheet .head { touch-action: none; }
.sheet button { min-height: 44px; min-width: 44px; }
`;
