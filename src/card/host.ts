// The card's host element: a closed shadow root that no page rule reaches, its stylesheet, and the events
// that stop at it so the page does not act on what happens inside the card.
import { CARD_CSS } from './styles';

const HOST_TAG = 'aigc-lens-card';

/** Events that stop at the card: the page must not act on typing, clicks or wheels inside it. */
const CONTAINED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'click',
  'dblclick',
  'auxclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'contextmenu',
  'wheel',
  'copy',
  'cut',
  'paste',
  'focusin',
  'focusout',
] as const;

let sheet: CSSStyleSheet | null = null;

function hostStyle(host: HTMLElement): void {
  // Inline and !important: beats any page rule, `* { all: unset !important }` included.
  const set = (name: string, value: string) => host.style.setProperty(name, value, 'important');
  set('all', 'initial');
  set('display', 'block');
  set('position', 'fixed');
  set('top', '0');
  set('left', '0');
  set('width', '0');
  set('height', '0');
  set('overflow', 'visible');
  set('z-index', '2147483647');
  set('pointer-events', 'auto');
  set('visibility', 'visible');
  set('opacity', '1');
  set('transform', 'none');
  set('contain', 'none');
}

function adoptStyles(shadow: ShadowRoot): void {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CARD_CSS);
    }
    shadow.adoptedStyleSheets = [sheet];
    if (shadow.adoptedStyleSheets.length === 1) return;
  } catch {
    // Firefox content scripts may not set adoptedStyleSheets through their Xray view of the page.
  }
  const style = document.createElement('style');
  style.textContent = CARD_CSS;
  shadow.append(style);
}

/**
 * The host element and its closed shadow root. Chrome creates a content script's element with the page's
 * custom element definition when the page registered our tag name, and that page's element may take the
 * shadow root itself (or forbid one): then attachShadow throws and a host with a name the page cannot
 * know takes its place (tests/e2e/hostile/pages.chromium.test.ts, "fights").
 */
function attachHost(): { host: HTMLElement; shadow: ShadowRoot } {
  const host = document.createElement(HOST_TAG);
  try {
    return { host, shadow: host.attachShadow({ mode: 'closed' }) };
  } catch {
    const unknown = document.createElement(`${HOST_TAG}-${crypto.randomUUID().slice(0, 8)}`);
    return { host: unknown, shadow: unknown.attachShadow({ mode: 'closed' }) };
  }
}

/** A styled host, not yet in the document, whose shadow root holds the card's styles and keeps its events. */
export function createHost(): { host: HTMLElement; shadow: ShadowRoot } {
  const { host, shadow } = attachHost();
  hostStyle(host);
  adoptStyles(shadow);
  const contain = (event: Event) => event.stopPropagation();
  for (const type of CONTAINED_EVENTS) shadow.addEventListener(type, contain);
  return { host, shadow };
}
