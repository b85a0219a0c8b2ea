// Pages of the hostile suite that attack how a document is built rather than how big it is: XHTML, a
// document replaced by document.open(), terms in the top layer, ruby and <wbr>, content revealed by an
// attribute, SVG foreignObject, plain text, designMode, synthetic events. Shared by the Chromium and
// Firefox files, which serve the same pages and expect the same marks.
import { html } from './support';

export const PROSE = 'ChatGPT was tuned with RLHF and a reward model.';
export const PROSE_MARKS = ['ChatGPT', 'RLHF', 'reward model'];

/** Runs a change of the page's own through the mutation recorder's pause, when there is one (Chromium). */
const PAGE_MUTATES = 'const pageMutates = (change) => (window.__pageMutates ?? ((f) => f()))(change);';

/**
 * XHTML served as application/xhtml+xml: element names are lower case in `tagName` there. Terms split by
 * inline elements must be found, and nothing in pre, code, textarea, script or style marked.
 */
export const XHTML = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta charset="utf-8"/><title>xhtml</title>
<style>/* RLHF in a style sheet */</style><script>/* ChatGPT in a script */</script></head>
<body><main>
<p id="prose">Chat<b>GPT</b> was tuned with <em>RLHF</em> and a <i>reward</i> model.</p>
<pre>H100 in preformatted text</pre><p><code>LLM in code</code></p>
<textarea>Stable Diffusion in a textarea</textarea>
</main></body></html>`;
export const XHTML_MARKS = [...PROSE_MARKS];
export const XHTML_TYPE = 'application/xhtml+xml; charset=utf-8';

/** A page that replaces itself with document.open()/write()/close() when told to (`__replace()`). */
export const REPLACED = html(
  '<main><p id="prose">Plain words before the document is replaced.</p></main>',
  `<script>${PAGE_MUTATES}
    window.__replace = () => pageMutates(() => {
      document.open();
      document.write('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>replaced</title></head>' +
        '<body><main><p id="prose">${PROSE}</p></main></body></html>');
      document.close();
    });
  </script>`,
);

/**
 * A term in a modal dialog (showModal, before the recorder starts) whose box clips and moves what it
 * holds (overflow hidden, a transform), and one at the top of a page's light-dismiss popover, whose
 * opaque box covers where the card goes.
 */
export const TOP_LAYER = html(
  `<main><p id="prose">${PROSE}</p></main>
   <dialog id="modal" style="width: 420px; height: 90px; overflow: hidden; transform: translateY(-120px)">
     <p id="in-modal">ChatGPT inside a modal dialog</p></dialog>
   <script>document.getElementById('modal').showModal();</script>`,
);
export const POPOVER = html(
  `<main><p id="prose">Plain words under the popover.</p></main>
   <div id="pop" popover style="width: 700px; height: 500px; margin: 40px auto auto 40px">
     <p id="in-popover">ChatGPT inside a popover</p></div>
   <script>document.getElementById('pop').showPopover();</script>`,
);

/** Ruby with pinyin on every character (and rp fallbacks), and word-break opportunities inside terms. */
export const RUBY_WBR = html(
  `<main lang="zh-Hans">
   <p id="ruby"><ruby>大<rp>(</rp><rt>dà</rt><rp>)</rp>语<rp>(</rp><rt>yǔ</rt><rp>)</rp>言<rt>yán</rt>模<rt>mó</rt>型<rt>xíng</rt></ruby>怎样训练</p>
   <p id="wbr">Chat<wbr>GPT 用到 检索<wbr>增强<wbr>生成</p></main>`,
);
/** The ruby term's range runs from 大 to 型: the annotations lie inside it, so its text includes them. */
export const RUBY_WBR_MARKS = ['ChatGPT', '大(dà)语(yǔ)言yán模mó型', '检索增强生成'];

/** Text revealed by removing `hidden` and `hidden="until-found"` (`__reveal()`), then hidden (`__hide()`). */
export const REVEALED = html(
  `<main><p id="prose">${PROSE}</p>
   <p id="later" hidden>H100 revealed by removing hidden</p>
   <div id="found" hidden="until-found"><p>Stable Diffusion revealed as find-in-page would</p></div></main>`,
  `<script>${PAGE_MUTATES}
    window.__reveal = () => pageMutates(() => {
      document.getElementById('later').removeAttribute('hidden');
      document.getElementById('found').removeAttribute('hidden');
    });
    window.__hide = () => pageMutates(() => { document.getElementById('prose').hidden = true; });
  </script>`,
);
export const REVEALED_MARKS = [...PROSE_MARKS, 'H100', 'Stable Diffusion'].sort();

/** HTML inside SVG: a foreignObject's paragraph is prose; SVG's own <text> stays skipped. */
export const FOREIGN_OBJECT = html(
  `<main><svg width="500" height="120"><text x="0" y="20">RLHF in SVG text</text>
   <foreignObject x="0" y="30" width="500" height="80"><p id="fo">ChatGPT in a foreignObject</p></foreignObject>
   </svg></main>`,
);

/** A text/plain document: the browser shows it in one <pre>. */
export const PLAIN_TEXT = `${PROSE}\n\nA second paragraph about H100.\n`;
export const PLAIN_TEXT_MARKS = [...PROSE_MARKS, 'H100'].sort();

/** A document the page made editable as a whole: nothing marked, as in a contenteditable. */
export const DESIGN_MODE = html(
  `<main><p id="prose">${PROSE}</p></main><script>document.designMode = 'on';</script>`,
);

/**
 * A page that fakes a mouse resting on its term and then a tap on it with synthetic events
 * (`__fakeDwell()`): each step a pointermove and a mousemove, then a touch's pointer events and click.
 * Its own listener counts the moves, to show they were dispatched.
 */
export const SYNTHETIC_EVENTS = html(
  `<main><p id="prose">${PROSE}</p></main>`,
  `<script>
    window.__fakeEvents = 0;
    addEventListener('mousemove', () => window.__fakeEvents++, true);
    window.__fakeDwell = (x, y) => new Promise((resolve) => {
      let n = 0;
      const at = () => document.elementFromPoint(x, y);
      const init = (pointerType) =>
        ({ clientX: x, clientY: y, pointerType, pointerId: 1, bubbles: true, composed: true });
      const tick = () => {
        at()?.dispatchEvent(new PointerEvent('pointermove', init('mouse')));
        at()?.dispatchEvent(new MouseEvent('mousemove', init('mouse')));
        if (++n < 30) return setTimeout(tick, 40);
        for (const type of ['pointerdown', 'pointerup', 'click']) at()?.dispatchEvent(new PointerEvent(type, init('touch')));
        resolve(n);
      };
      tick();
    });
  </script>`,
);

/**
 * Viewport area (px², on a 10 px grid) where the card's host is what the page hits: how much of the
 * card shows, not covered by anything. Works in both browsers (the shadow root is closed).
 */
export const CARD_AREA = `(() => {
  let hits = 0;
  for (let y = 5; y < innerHeight; y += 10)
    for (let x = 5; x < innerWidth; x += 10)
      if (document.elementFromPoint(x, y)?.localName.startsWith('aigc-lens-card')) hits++;
  return hits * 100;
})()`;

/** How many card hosts the page has (in the top layer's elements too). */
export const CARD_HOSTS = `[...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('aigc-lens-card')).length`;

/** A card shows at least this much: it is about 360 × 200 px here. */
export const MIN_CARD_AREA = 30_000;
