// Splits a DOM subtree into runs of text that read as one: the text nodes of one block, across the
// inline elements inside it (Chat<b>GPT</b>), and never across a block boundary or into skipped elements.

/** A run of text: its nodes in order, where each starts in `text`, and the block that holds it. */
export interface TextRun {
  readonly block: Element;
  readonly nodes: readonly Text[];
  /** starts[i] is where nodes[i]'s data begins in `text`. */
  readonly starts: readonly number[];
  readonly text: string;
}

/**
 * Element names here are compared with `localName`, in lower case: `tagName` is upper case only for HTML
 * elements of an HTML document, and lower case in XHTML served as application/xhtml+xml.
 */

/**
 * Elements whose text is not prose, or not ours to touch: never scanned, nor anything inside them. Ruby
 * text (`rt`, `rp`, `rtc`) is the pronunciation of its base, not part of the sentence: 大<rt>dà</rt>语 reads 大语.
 */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'head',
  'title',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'rt',
  'rp',
  'rtc',
]);

/**
 * Elements that flow inside a line; every other element starts a new block of text. `wbr` (a line-break
 * opportunity) and ruby text are inline: neither ends a run (Chat<wbr>GPT is one word).
 */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'q',
  'ruby',
  'rb',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'nobr',
  'big',
  'strike',
  'wbr',
  'rt',
  'rp',
  'rtc',
]);

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const SVG_NS = 'http://www.w3.org/2000/svg';
/**
 * SVG elements that only group others: entered, so that HTML in a `<foreignObject>` is read. SVG's own
 * text (`<text>`, `<title>`, …) and MathML stay skipped.
 */
const SVG_CONTAINERS = new Set(['svg', 'g', 'a', 'switch', 'foreignObject']);

/** True for an element whose subtree is never scanned. */
export function isSkipped(element: Element): boolean {
  return isSkippedAs(element, element.localName);
}

/** isSkipped, for a walk that has read the element's localName already (each read is a call into the DOM). */
function isSkippedAs(element: Element, tag: string): boolean {
  if (SKIPPED.has(tag) || tag.startsWith('aigc-lens')) return !isPlainTextBody(element);
  const namespace = element.namespaceURI;
  if (namespace !== HTML_NS) return namespace !== SVG_NS || !SVG_CONTAINERS.has(tag);
  // Most elements of prose carry no attribute at all: one call answers for both checks below.
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * A text/plain document is shown as one `<pre>` that the browser made (Chromium and Firefox alike): there
 * it is the prose, not code.
 */
function isPlainTextBody(element: Element): boolean {
  return (
    element.localName === 'pre' &&
    element.parentNode === element.ownerDocument.body &&
    element.ownerDocument.contentType === 'text/plain'
  );
}

export function isInline(element: Element): boolean {
  return INLINE.has(element.localName);
}

/** The block an inline node reads in: its nearest ancestor that is not an inline element. */
export function blockOf(node: Node): Element | null {
  let element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (element && isInline(element)) element = element.parentElement;
  return element;
}

/**
 * A document in designMode is all editor: nothing in it is read, as inside a contenteditable. Asked once
 * per scan pass, not per node or root (a pass may read 5,000 shadow roots).
 */
export function isBeingEdited(doc: Document): boolean {
  return doc.designMode === 'on';
}

/** True when the node or an ancestor (within its tree) is skipped. */
export function isInSkippedSubtree(node: Node): boolean {
  for (let element = node.nodeType === 1 ? (node as Element) : node.parentElement; element; ) {
    if (isSkipped(element)) return true;
    element = element.parentElement;
  }
  return false;
}

/**
 * A leaf block holds only inline elements that are read (no block, nothing skipped, no ruby text): its one
 * run is its textContent, read in one call, without a JS object for every node under it (creating those is
 * most of what a walk costs: ~60% of it on a 10 MB page). Its nodes are found only if a term is. Not in
 * XHTML, whose CDATA sections textContent reads and runs do not; not for a block of more than
 * LEAF_MAX_CHARS (below the scanner's CHUNK), whose scan pauses between pieces while the page may change the
 * nodes under it; not for one of more than LEAF_MAX_HOSTS spans. (An element of another namespace named
 * like an inline one is read as that inline element here; the walk would skip it.)
 */
const LEAF_MAX_CHARS = 16_384;
let notLeaf: string | undefined;
/** Of the inline elements, only a span may be a shadow host (the DOM's "valid shadow host name"). */
const INLINE_HOST = 'span';
/**
 * A block with more spans than this is walked: each is asked for a shadow root, and the walk looks at the
 * clock between them where a leaf's read would not (100,000 spans in one paragraph).
 */
const LEAF_MAX_HOSTS = 512;

/** A leaf block's run, its nodes found when first asked for (a class: one shape for every leaf's run). */
class LeafRun implements TextRun {
  private found: { nodes: Text[]; starts: number[] } | null = null;
  constructor(
    readonly block: Element,
    readonly text: string,
  ) {}

  get nodes(): readonly Text[] {
    return this.find().nodes;
  }

  get starts(): readonly number[] {
    return this.find().starts;
  }

  private find(): { nodes: Text[]; starts: number[] } {
    if (this.found) return this.found;
    const nodes: Text[] = [];
    const starts: number[] = [];
    const walker = (this.block.ownerDocument ?? document).createTreeWalker(this.block, NodeFilter.SHOW_TEXT);
    let at = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = (node as Text).length;
      if (length === 0) continue;
      nodes.push(node as Text);
      starts.push(at);
      at += length;
    }
    this.found = { nodes, starts };
    return this.found;
  }
}

/** The run of `block` read whole when it is a leaf (null when its text is blank); undefined when it is not. */
function leafRun(block: Element, onShadowRoot?: (shadow: ShadowRoot) => void): TextRun | null | undefined {
  notLeaf ??= `:not(${[...INLINE].filter((tag) => !SKIPPED.has(tag)).join(',')}),[hidden],[contenteditable]`;
  if (block.querySelector(notLeaf) !== null) return undefined;
  // Most leaves hold no span: one call says so without a list of them.
  const hosts = block.querySelector(INLINE_HOST) ? block.querySelectorAll(INLINE_HOST) : null;
  if (hosts && hosts.length > LEAF_MAX_HOSTS) return undefined;
  const text = block.textContent ?? '';
  if (text.length > LEAF_MAX_CHARS) return undefined;
  if (hosts && onShadowRoot) {
    for (let i = 0; i < hosts.length; i++) {
      const shadow = (hosts[i] as Element).shadowRoot;
      if (shadow) onShadowRoot(shadow);
    }
  }
  return /\S/.test(text) ? new LeafRun(block, text) : null;
}

/**
 * Every run of text under `root`, in document order; `onShadowRoot` hears of every open shadow root met
 * on the way (their text is another tree, scanned on its own). A generator, so a scan can pause between
 * runs and yield to the page. Walks with firstChild/nextSibling: a TreeWalker filter would call back into
 * JS for every node.
 */
/** How many nodes the walk visits between two chances for its consumer to look at the clock. */
const NODES_PER_TICK = 2048;

export function* iterateRuns(
  root: Node,
  onShadowRoot?: (shadow: ShadowRoot) => void,
  /** Subtrees already scanned: neither entered nor read. */
  skip?: ReadonlySet<Node>,
): Generator<TextRun | null> {
  let visited = 0;
  let nodes: Text[] = [];
  let starts: number[] = [];
  let parts: string[] = [];
  let length = 0;
  let runBlock: Element | null = null;

  // Ends the current run; returns it when it holds any visible text.
  const flush = (): TextRun | null => {
    let run: TextRun | null = null;
    if (nodes.length > 0 && runBlock) {
      const text = parts.length === 1 ? (parts[0] as string) : parts.join('');
      if (/\S/.test(text)) run = { block: runBlock, nodes, starts, text };
      nodes = [];
      starts = [];
      parts = [];
      length = 0;
    }
    return run;
  };

  const blocks: (Element | null)[] = [
    root instanceof ShadowRoot
      ? root.host
      : root.nodeType === 1 && !isInline(root as Element)
        ? (root as Element)
        : blockOf(root),
  ];
  const rootShadow = root.nodeType === 1 ? (root as Element).shadowRoot : null;
  if (rootShadow && onShadowRoot) onShadowRoot(rootShadow);
  const leaves = (root.ownerDocument ?? (root as Document)).contentType === 'text/html';
  if (leaves && root === blocks[0] && root.firstChild) {
    const run = leafRun(root as Element, onShadowRoot);
    if (run !== undefined) {
      if (run) yield run;
      return;
    }
  }
  // Each DOM property is read once per node: on a 10 MB page every read is ~200,000 calls into the DOM.
  let node: Node | null = root.firstChild;
  while (node) {
    let child: Node | null = null;
    // A pause point even where no run ends (thousands of empty elements), so a slice can end on time.
    if (++visited % NODES_PER_TICK === 0) yield null;
    const type = node.nodeType;
    if (type === 3) {
      const data = (node as Text).data;
      if (data.length > 0) {
        if (nodes.length === 0) runBlock = blocks[blocks.length - 1] ?? null;
        nodes.push(node as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
      }
    } else if (type === 1) {
      const element = node as Element;
      const shadow = element.shadowRoot;
      if (shadow && onShadowRoot) {
        onShadowRoot(shadow);
        // Adopting a root (observing it, queueing its scan) costs more than visiting a node, most in
        // Firefox: 2,048 hosts between two looks at the clock made a 150–220 ms slice there.
        yield null;
      }
      const tag = element.localName;
      const inline = INLINE.has(tag);
      if (!inline) {
        const run = flush();
        if (run) yield run;
      }
      if (!skip?.has(element) && !isSkippedAs(element, tag)) {
        child = element.firstChild;
        if (child && !inline) {
          const run = leaves ? leafRun(element, onShadowRoot) : undefined;
          if (run === undefined) blocks.push(element);
          else {
            if (run) yield run;
            child = null;
          }
        }
      }
    }
    if (child) {
      node = child;
      continue;
    }
    // Climb until a next sibling exists, closing the blocks left behind: a parent is a block exactly when
    // it is the innermost block entered (an inline parent was never pushed).
    let next: Node | null = node.nextSibling;
    while (!next) {
      node = (node as Node).parentNode;
      if (!node || node === root) break;
      if (node === blocks[blocks.length - 1]) {
        const run = flush();
        if (run) yield run;
        blocks.pop();
      }
      next = node.nextSibling;
    }
    node = next;
  }
  const run = flush();
  if (run) yield run;
}

/**
 * The run a range starts in (a selection's context), found as the scanner finds runs: in the block of the
 * range's common ancestor (blockOf), the first run with a text node the range touches. Null when it
 * touches no run's text (a selection in a form field, or in skipped text alone).
 */
export function runAround(range: Range): TextRun | null {
  const block = blockOf(range.commonAncestorContainer);
  if (!block) return null;
  for (const run of iterateRuns(block)) {
    if (run?.nodes.some((node) => range.intersectsNode(node))) return run;
  }
  return null;
}

/** Where offset `index` of a run's text lies: the node and the offset inside it. */
export function locate(run: TextRun, index: number, preferEnd: boolean): [Text, number] {
  const { starts, nodes } = run;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = starts[mid] as number;
    if (start < index || (start === index && !preferEnd)) low = mid;
    else high = mid - 1;
  }
  return [nodes[low] as Text, index - (starts[low] as number)];
}
