// A Vite plugin that removes Preact's one innerHTML write (its dangerouslySetInnerHTML support).
// AIGC Lens never renders markup from strings: page text must never become markup. Without the write,
// `web-ext lint` reports no UNSAFE_VAR_ASSIGNMENT, and any use of dangerouslySetInnerHTML fails loudly.
import type { Plugin } from 'vite';

const PREACT_WRITE = /\(t\.innerHTML=h\.__html\)/;

export function noInnerHtml(): Plugin {
  return {
    name: 'aigc-lens:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/node_modules\/preact\/dist\/preact\.m?js/.test(id)) return null;
      if (!PREACT_WRITE.test(code)) {
        this.error('Preact changed: its innerHTML write was not found; update build/no-inner-html.ts');
      }
      return {
        code: code.replace(
          PREACT_WRITE,
          '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in AIGC Lens")})()',
        ),
        map: null,
      };
    },
  };
}
