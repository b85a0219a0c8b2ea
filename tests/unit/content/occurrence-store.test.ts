// OccurrenceStore (happy-dom): document order across blocks and shadow trees, marked vs. counted, dropping
// a block, and what an occurrence gives a card (its run's text, the terms near it). Hit-testing needs real
// caret APIs and layout, so it is left to the e2e card tests.
import { beforeEach, describe, expect, test } from 'vitest';
import { isIntact, makeOccurrence, OccurrenceStore, type RunContext } from '../../../src/content/occurrences';

/** A StaticRange over [start, end) of one text node (happy-dom has no StaticRange constructor). */
function rangeIn(node: Text, start: number, end: number): StaticRange {
  return {
    startContainer: node,
    startOffset: start,
    endContainer: node,
    endOffset: end,
    collapsed: start === end,
  };
}

/** Stand-ins for the matcher's term indices. */
const TERM_INDEX: Readonly<Record<string, number>> = { chatgpt: 0, rlhf: 1, llm: 2 };

/** An occurrence of `termId` at the first `alias` in element `id`'s text. */
function occurrence(id: string, alias: string, termId: string, run: RunContext, marked = true) {
  const block = document.getElementById(id) as Element;
  const text = block.firstChild as Text;
  const at = text.data.indexOf(alias);
  return makeOccurrence(
    rangeIn(text, at, at + alias.length),
    TERM_INDEX[termId] ?? -1,
    termId,
    block,
    run,
    marked,
  );
}

let store: OccurrenceStore;
beforeEach(() => {
  document.body.innerHTML =
    '<main><p id="one">ChatGPT uses RLHF.</p><div id="host"></div><p id="two">An LLM and ChatGPT.</p></main>';
  store = new OccurrenceStore();
});

describe('OccurrenceStore', () => {
  test('an occurrence makes its StaticRange only when asked, and then always the same one', () => {
    const scope = globalThis as { StaticRange?: unknown };
    const saved = scope.StaticRange;
    let made = 0;
    scope.StaticRange = class {
      constructor(init: StaticRangeInit) {
        made++;
        Object.assign(this, init);
      }
    };
    try {
      const one = { nodes: [document.getElementById('one')?.firstChild as Text], termIds: ['rlhf'] };
      const rlhf = occurrence('one', 'RLHF', 'rlhf', one);
      store.add(rlhf);
      expect(isIntact(rlhf)).toBe(true);
      expect(rlhf.runText()).toBe('ChatGPT uses RLHF.');
      expect([rlhf.hasStaticRange, made]).toEqual([false, 0]);
      const range = rlhf.staticRange;
      expect(range).toMatchObject({ startContainer: one.nodes[0], startOffset: 13, endOffset: 17 });
      expect(rlhf.staticRange).toBe(range);
      expect([rlhf.hasStaticRange, made]).toEqual([true, 1]);
    } finally {
      scope.StaticRange = saved;
    }
  });

  test('the first marked occurrence cues the store’s listener, once; an unmarked one does not', () => {
    let cues = 0;
    const cued = new OccurrenceStore(() => cues++);
    const one = { nodes: [document.getElementById('one')?.firstChild as Text], termIds: ['chatgpt', 'rlhf'] };
    cued.add(occurrence('one', 'RLHF', 'rlhf', one, false));
    expect(cues).toBe(0);
    cued.add(occurrence('one', 'ChatGPT', 'chatgpt', one));
    cued.add(occurrence('one', 'RLHF', 'rlhf', one));
    expect(cues).toBe(1);
  });

  test('list() is in document order whatever the order of adding, and holds only marked ones', () => {
    const one = { nodes: [document.getElementById('one')?.firstChild as Text], termIds: ['chatgpt', 'rlhf'] };
    const two = { nodes: [document.getElementById('two')?.firstChild as Text], termIds: ['llm', 'chatgpt'] };
    const llm = occurrence('two', 'LLM', 'llm', two);
    const again = occurrence('two', 'ChatGPT', 'chatgpt', two, false);
    const chatgpt = occurrence('one', 'ChatGPT', 'chatgpt', one);
    const rlhf = occurrence('one', 'RLHF', 'rlhf', one);
    for (const o of [llm, again, chatgpt, rlhf]) store.add(o);
    expect(store.list()).toEqual([chatgpt, rlhf, llm]);
    expect([...store.all()]).toHaveLength(4);
    expect(store.markedTermCount()).toBe(3);
  });

  test('a block inside a shadow tree takes its host’s place in the order', () => {
    const host = document.getElementById('host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    inner.id = 'inner';
    inner.textContent = 'Stable Diffusion';
    shadow.append(inner);
    const text = inner.firstChild as Text;
    const shadowed = makeOccurrence(
      rangeIn(text, 0, 16),
      0,
      'stable-diffusion',
      inner,
      { nodes: [text], termIds: [] },
      true,
    );
    const two = occurrence('two', 'LLM', 'llm', { nodes: [], termIds: [] });
    const one = occurrence('one', 'RLHF', 'rlhf', { nodes: [], termIds: [] });
    for (const o of [two, shadowed, one]) store.add(o);
    expect(store.list().map((o) => o.termId)).toEqual(['rlhf', 'stable-diffusion', 'llm']);
  });

  test('dropBlock removes that block’s occurrences and returns them; clear() empties the store', () => {
    const run = { nodes: [], termIds: [] };
    const a = occurrence('one', 'ChatGPT', 'chatgpt', run);
    const b = occurrence('two', 'LLM', 'llm', run);
    store.add(a);
    store.add(b);
    expect(store.dropBlock(document.getElementById('one') as Element)).toEqual([a]);
    expect(store.list()).toEqual([b]);
    expect([...store.blocks()]).toEqual([document.getElementById('two')]);
    store.clear();
    expect(store.list()).toEqual([]);
    expect(store.markedTermCount()).toBe(0);
  });

  test('an occurrence gives the card its run’s text, the other terms near it, and a live range', () => {
    const p = document.getElementById('one') as HTMLElement;
    p.innerHTML = 'Chat<b>GPT</b> uses RLHF.';
    const nodes = [p.firstChild as Text, p.querySelector('b')?.firstChild as Text, p.lastChild as Text];
    const run = { nodes, termIds: ['chatgpt', 'rlhf'] };
    const rlhfText = nodes[2] as Text;
    const rlhf = makeOccurrence(rangeIn(rlhfText, 6, 10), 0, 'rlhf', p, run, true);
    expect(rlhf.runText()).toBe('ChatGPT uses RLHF.');
    expect(rlhf.nearbyTermIds()).toEqual(['chatgpt']);
    expect(rlhf.liveRange().toString()).toBe('RLHF');
    // Two calls, two ranges: a method, not a stored field.
    expect(rlhf.liveRange()).not.toBe(rlhf.liveRange());
    expect(isIntact(rlhf)).toBe(true);
    rlhfText.data = ' x';
    expect(isIntact(rlhf)).toBe(false);
  });
});
