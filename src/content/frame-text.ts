// A frame's text (or the text of the nodes that changed) as one string per piece, for the background's
// probe (background/probe-text.ts): the eager content script asks the background whether the text may hold
// a term instead of building a matcher and walking the text itself. The DOM gives an element's text in one
// native call (textContent), while a matcher built and run in a fresh content-script world costs ~20 ms
// of the page's main thread on a 30 KB page; the background keeps one warm probe for every frame.
//
// textContent is a superset of what the scanner reads, with nothing between blocks; the probe there
// ignores word boundaries (createProbe's `anywhere`), so a term the scanner finds is found here too. Two
// things the scanner reads differently: ruby annotations (检<rt>jiǎn</rt>索 reads 检索 to the scanner),
// which are left out here too, and open shadow roots, whose text is another tree.
import { PROBE_OVERLAP, PROBE_PIECE } from '../core/limits';
import { blockOf } from './block-runs';

/** The text under `root` without ruby annotations, which textContent would put inside the base text. */
function textOf(root: Node): string {
  const parent = root as ParentNode;
  if (typeof parent.querySelector !== 'function' || !parent.querySelector('rt, rp')) {
    return root.textContent ?? '';
  }
  const parts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('rt, rp')) parts.push((node as Text).data);
  }
  return parts.join('');
}

/** Where the text of a changed node is read: a text node or an inline element counts with its block. */
function readFrom(node: Node): Node | null {
  if (node.nodeType === Node.DOCUMENT_NODE) return (node as Document).documentElement;
  if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
    return node.nodeType === Node.ELEMENT_NODE ? (blockOf(node) ?? node) : node;
  }
  return blockOf(node);
}

/** `text` in pieces of at most PROBE_PIECE chars, each overlapping the next so no alias is cut in two. */
export function piecesOf(text: string): string[] {
  if (text.length <= PROBE_PIECE) return [text];
  const pieces: string[] = [];
  for (let from = 0; from < text.length; from += PROBE_PIECE - PROBE_OVERLAP) {
    pieces.push(text.slice(from, from + PROBE_PIECE));
    if (from + PROBE_PIECE >= text.length) break;
  }
  return pieces;
}

/**
 * The text under `roots` and under the open shadow roots met there (each handed to `onShadowRoot`, whose
 * later changes the caller then watches), in pieces for the probe; whitespace-only text gives none.
 */
export function probeTexts(roots: Iterable<Node>, onShadowRoot: (shadow: ShadowRoot) => void): string[] {
  const texts: string[] = [];
  const pending: Node[] = [];
  const seen = new Set<Node>();
  for (const root of roots) {
    const from = readFrom(root);
    if (from && !seen.has(from)) {
      seen.add(from);
      pending.push(from);
    }
  }
  while (pending.length > 0) {
    const root = pending.pop() as Node;
    const text = textOf(root);
    if (/\S/.test(text)) texts.push(text);
    const adopt = (shadow: ShadowRoot | null): void => {
      if (!shadow || seen.has(shadow)) return;
      seen.add(shadow);
      onShadowRoot(shadow);
      pending.push(shadow);
    };
    if (root.nodeType === Node.ELEMENT_NODE) adopt((root as Element).shadowRoot);
    // No selector finds shadow hosts: every element is asked (a property read each, no text read).
    const elements = (root as ParentNode).querySelectorAll?.('*');
    if (elements) for (let i = 0; i < elements.length; i++) adopt((elements[i] as Element).shadowRoot);
  }
  return texts.flatMap(piecesOf);
}
