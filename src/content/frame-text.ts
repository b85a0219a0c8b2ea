// A frame's text (or the text of the nodes that changed) as one string per piece, for the background's
// probe (background/probe-text.ts): the eager content script asks the background whether the text may hold
// a term instead of building a matcher and walking the text itself. The DOM gives an element's text in one
// native call (textContent), while a matcher built and run in a fresh content-script world costs ~20 ms
// of the page's main thread on a 30 KB page; the background keeps one warm probe for every frame.
//
// textContent is a superset of what the scanner reads, with nothing between blocks; the probe there
// ignores word boundaries (the matcher's `scanJoined`), so a term the scanner finds is found here too. Two
// things the scanner reads differently: ruby annotations (检<rt>jiǎn</rt>索 reads 检索 to the scanner),
// which are left out here too, and open shadow roots, whose text is another tree.
import { PROBE_OVERLAP, PROBE_PIECE } from '../core/limits';
import { blockOf } from './block-runs';
import { SLICE_MS, yieldToPage } from './scanner';

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
  if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return node;
  return blockOf(node) ?? (node.nodeType === Node.ELEMENT_NODE ? node : null);
}

/** `text` in pieces of at most `size` chars, each overlapping the next so no alias is cut in two. */
export function piecesOf(text: string, size = PROBE_PIECE): string[] {
  if (text.length <= size) return [text];
  const pieces: string[] = [];
  for (let from = 0; from < text.length; from += size - PROBE_OVERLAP) {
    pieces.push(text.slice(from, from + size));
    if (from + size >= text.length) break;
  }
  return pieces;
}

/** Chars of text the first look reads in one go: ~1 ms of its regular expressions here. */
const LOOK_WINDOW = 100_000;

/**
 * Whether `text` may hold an alias by `look` (core/first-look.ts), read in overlapping windows with the
 * page let in between whenever a slice is used up; null once `stale()` says it is no longer wanted.
 */
export async function firstLookAt(
  text: string,
  look: (text: string) => boolean,
  stale: () => boolean,
): Promise<boolean | null> {
  if (text.length <= LOOK_WINDOW) return look(text);
  let sliceStart = performance.now();
  for (const part of piecesOf(text, LOOK_WINDOW)) {
    if (look(part)) return true;
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      if (stale()) return null;
      sliceStart = performance.now();
    }
  }
  return false;
}

/** Elements asked for a shadow root between two looks at the clock. */
const ELEMENTS_PER_LOOK = 1024;

/**
 * The open shadow roots of the elements under `root` (not those inside the roots themselves), and a null
 * after every ELEMENTS_PER_LOOK elements asked, where a sliced caller may look at the clock. No selector
 * finds shadow hosts: every element is asked (a property read each, no text read).
 */
export function* openShadowRoots(root: Node): Generator<ShadowRoot | null> {
  const elements = (root as ParentNode).querySelectorAll?.('*');
  if (!elements) return;
  for (let i = 0; i < elements.length; i++) {
    const shadow = (elements[i] as Element).shadowRoot;
    if (shadow) yield shadow;
    if (i % ELEMENTS_PER_LOOK === ELEMENTS_PER_LOOK - 1) yield null;
  }
}

/**
 * The text under `roots` and under the open shadow roots met there (each handed to `onShadowRoot`, whose
 * later changes the caller then watches), in pieces for the probe; whitespace-only text gives none. Each
 * root's text is one native read; asking every element for a shadow root is sliced as the scanner's work
 * is (a 10 MB page has ~200,000 elements), and resolves null once `stale()` says it is no longer wanted;
 * else with the texts and the time it took on the page's thread (all of it, and its longest slice).
 */
export async function probeTexts(
  roots: Iterable<Node>,
  onShadowRoot: (shadow: ShadowRoot) => void,
  stale: () => boolean,
): Promise<{ texts: string[]; workMs: number; longestSliceMs: number } | null> {
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
  let sliceStart = performance.now();
  let workMs = 0;
  let longestSliceMs = 0;
  const endSlice = (): void => {
    const ms = performance.now() - sliceStart;
    workMs += ms;
    longestSliceMs = Math.max(longestSliceMs, ms);
  };
  const adopt = (shadow: ShadowRoot | null): void => {
    if (!shadow || seen.has(shadow)) return;
    seen.add(shadow);
    onShadowRoot(shadow);
    pending.push(shadow);
  };
  while (pending.length > 0) {
    const root = pending.pop() as Node;
    const text = textOf(root);
    if (/\S/.test(text)) texts.push(text);
    if (root.nodeType === Node.ELEMENT_NODE) adopt((root as Element).shadowRoot);
    for (const shadow of openShadowRoots(root)) {
      if (shadow) adopt(shadow);
      else if (performance.now() - sliceStart > SLICE_MS) {
        endSlice();
        await yieldToPage();
        if (stale()) return null;
        sliceStart = performance.now();
      }
    }
  }
  endSlice();
  return { texts: texts.flatMap((text) => piecesOf(text)), workMs, longestSliceMs };
}
