// iterateRuns against HTML fixtures that carry their expectations (fixtures/block-runs.html), locate, and
// runAround (a selection's run, by the scanner's definition of a block).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  blockOf,
  isInline,
  isSkipped,
  iterateRuns,
  locate,
  runAround,
  type TextRun,
} from '../../../src/content/block-runs';
import { seededRandom } from '../../support/seeded-random';

const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures/block-runs.html'), 'utf8');

function runsOf(root: Node): TextRun[] {
  return [...iterateRuns(root)].filter((run): run is TextRun => run !== null);
}

function cases(): { name: string; root: Element; expected: [string, string][] }[] {
  const doc = new DOMParser().parseFromString(FIXTURE, 'text/html');
  document.body.replaceChildren(...[...doc.body.childNodes].map((node) => document.importNode(node, true)));
  return [...document.querySelectorAll('test-case')].map((root) => ({
    name: root.getAttribute('data-name') ?? '',
    root,
    expected: JSON.parse(root.getAttribute('data-runs') ?? '[]') as [string, string][],
  }));
}

describe('iterateRuns on the fixture cases', () => {
  const all = cases();
  test('the fixture has its cases', () => {
    expect(all.length).toBeGreaterThanOrEqual(7);
  });
  test.each(all.map((c) => [c.name, c] as const))('%s', (_, { root, expected }) => {
    const runs = runsOf(root);
    expect(runs.map((run) => [run.block.tagName, run.text])).toEqual(expected);
    for (const run of runs) {
      // The run's text is its nodes' text, each starting where `starts` says.
      expect(run.nodes.map((node) => node.data).join('')).toBe(run.text);
      run.nodes.forEach((node, i) => {
        expect(run.text.startsWith(node.data, run.starts[i])).toBe(true);
      });
      // Every node's block, by the scanner's definition, is the run's block.
      for (const node of run.nodes) expect(blockOf(node)).toBe(run.block);
    }
  });
});

/**
 * The runs by their definition, recursively: a block's text through its inline elements, ended by a block
 * inside it (whose runs come first), nothing read under a skipped element.
 */
function referenceRuns(root: Element): [Element, string][] {
  const out: [Element, string][] = [];
  const visit = (block: Element): void => {
    let run = '';
    const end = (): void => {
      if (/\S/.test(run)) out.push([block, run]);
      run = '';
    };
    const read = (parent: Element): void => {
      for (const child of parent.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) run += (child as Text).data;
        else if (child.nodeType === Node.ELEMENT_NODE) {
          const element = child as Element;
          if (isInline(element)) {
            if (!isSkipped(element)) read(element);
          } else {
            end();
            if (!isSkipped(element)) visit(element);
          }
        }
      }
    };
    read(block);
    end();
  };
  visit(root);
  return out;
}

/** A random tree of blocks, inline elements, skipped ones, ruby, comments and empty text nodes. */
function randomTree(random: () => number, depth = 0): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const texts = ['ChatGPT', ' ', '', 'RLHF and LLM ', '大语言模型', 'plain words ', '\n'];
  const parts: string[] = [];
  for (let i = 0, n = 1 + Math.floor(random() * 4); i < n; i++) {
    const kind = depth > 3 ? 0 : Math.floor(random() * 12);
    const inner = (): string => randomTree(random, depth + 1);
    if (kind <= 3) parts.push(pick(texts));
    else if (kind === 4) parts.push(`<p>${inner()}</p>`);
    else if (kind === 5) parts.push(`<div>${inner()}</div>`);
    else if (kind === 6) {
      const tag = pick(['b', 'a', 'em', 'span']);
      parts.push(`<${tag}>${inner()}</${tag}>`);
    } else if (kind === 7) parts.push(`<code>${inner()}</code>`);
    else if (kind === 8) parts.push(`<span hidden>${inner()}</span>`);
    else if (kind === 9) parts.push(`<ruby>检<rt>jiǎn</rt>索</ruby>`);
    else if (kind === 10) parts.push('<!-- LLM -->');
    else parts.push(`<b contenteditable>${inner()}</b>`);
  }
  return parts.join('');
}

describe('runs read whole from a leaf block, or walked', () => {
  test('give the runs of the definition on random trees, nodes and offsets included', () => {
    const random = seededRandom(20261203);
    let leafRuns = 0;
    let walkedRuns = 0;
    for (let i = 0; i < 300; i++) {
      document.body.innerHTML = `<section>${randomTree(random)}</section>`;
      const root = document.body.firstElementChild as Element;
      const runs = runsOf(root);
      expect(
        runs.map((run) => [run.block, run.text]),
        root.innerHTML,
      ).toEqual(referenceRuns(root));
      for (const run of runs) {
        if (run.constructor !== Object) leafRuns++;
        else walkedRuns++;
        expect(run.nodes.map((node) => node.data).join('')).toBe(run.text);
        run.nodes.forEach((node, i) => {
          expect(node.data.length).toBeGreaterThan(0);
          expect(run.text.startsWith(node.data, run.starts[i])).toBe(true);
          expect(blockOf(node)).toBe(run.block);
        });
      }
    }
    // Both ways were taken, many times.
    expect(leafRuns).toBeGreaterThan(50);
    expect(walkedRuns).toBeGreaterThan(100);
  });

  test('a shadow root on a span inside a leaf block is met, and a block of many spans is walked', () => {
    document.body.innerHTML = '<p id="leaf">Ask <span id="host"></span> now</p>';
    const host = document.getElementById('host') as Element;
    const shadow = host.attachShadow({ mode: 'open' });
    const met: ShadowRoot[] = [];
    const runs = [...iterateRuns(document.body, (root) => met.push(root))].filter((run) => run !== null);
    expect(met).toEqual([shadow]);
    expect(runs.map((run) => run?.text)).toEqual(['Ask  now']);
    document.body.innerHTML = `<p>${'<span>w </span>'.repeat(600)}</p>`;
    const [wide] = runsOf(document.body);
    expect(wide?.nodes.length).toBe(600);
    expect(wide?.constructor).toBe(Object);
  });
});

describe('locate', () => {
  test('an offset maps to its node, and a node boundary to the end of the earlier node when asked', () => {
    document.body.innerHTML = '<p>Chat<b>GPT</b> now</p>';
    const [run] = runsOf(document.body);
    if (!run) throw new Error('no run');
    expect(run.text).toBe('ChatGPT now');
    const [gpt, atStart] = locate(run, 4, false);
    expect([gpt.data, atStart]).toEqual(['GPT', 0]);
    const [chat, atEnd] = locate(run, 4, true);
    expect([chat.data, atEnd]).toEqual(['Chat', 4]);
    expect(locate(run, 9, false)[1]).toBe(2);
  });
});

describe('runAround', () => {
  /** A range from `start` in the first text node holding `from` to `end` in the one holding `to`. */
  function rangeOver(from: string, start: number, to: string, end: number): Range {
    const textOf = (data: string) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if ((node as Text).data.includes(data)) return node;
      }
      throw new Error(`no text ${data}`);
    };
    const range = document.createRange();
    range.setStart(textOf(from), start);
    range.setEnd(textOf(to), end);
    return range;
  }

  test('a selection inside inline elements reads the run of its block, as a hover would', () => {
    document.body.innerHTML = '<div><p>Ask <em>Chat<b>GPT</b></em> about RLHF.</p><p>Other.</p></div>';
    expect(runAround(rangeOver('Chat', 0, 'GPT', 3))?.text).toBe('Ask ChatGPT about RLHF.');
  });

  test('the block is the tag set’s, not the computed display: a span shown as a block stays inline', () => {
    document.body.innerHTML = '<p>Before <span style="display: block">ChatGPT</span> after.</p>';
    const run = runAround(rangeOver('ChatGPT', 0, 'ChatGPT', 7));
    expect(run?.text).toBe('Before ChatGPT after.');
    expect(run?.block.localName).toBe('p');
  });

  test('runs split at <br> and nested blocks: the run the selection starts in', () => {
    document.body.innerHTML = '<div>First line<br>LLM here<p>Nested RLHF</p>tail</div>';
    expect(runAround(rangeOver('LLM', 0, 'LLM', 3))?.text).toBe('LLM here');
    expect(runAround(rangeOver('LLM', 0, 'Nested', 6))?.text).toBe('LLM here');
    expect(runAround(rangeOver('Nested', 7, 'Nested', 11))?.text).toBe('Nested RLHF');
  });

  test('skipped text ends the run and is not read, and a range on no text has no run', () => {
    document.body.innerHTML = '<p>Use <code>gpt()</code> with ChatGPT.</p><p id="empty"></p>';
    expect(runAround(rangeOver('ChatGPT', 0, 'ChatGPT', 7))?.text).toBe(' with ChatGPT.');
    const empty = document.createRange();
    empty.selectNodeContents(document.getElementById('empty') as Element);
    expect(runAround(empty)).toBeNull();
  });
});
