// iterateRuns against HTML fixtures that carry their expectations (fixtures/block-runs.html), and locate.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { blockOf, iterateRuns, locate, type TextRun } from '../../../src/content/block-runs';

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
