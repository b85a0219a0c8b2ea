// ChangeObserver (happy-dom's MutationObserver): which roots a batch of DOM changes asks to rescan.
import { afterEach, describe, expect, test } from 'vitest';
import { ChangeObserver } from '../../../src/content/observer';

/** Collects the observer's batches; `next()` waits for the next one. */
function watch(root: Node) {
  const batches: Set<Node>[] = [];
  let wake: (() => void) | null = null;
  const observer = new ChangeObserver((roots) => {
    batches.push(roots);
    wake?.();
  });
  observer.observe(root);
  const next = () =>
    new Promise<Set<Node>>((resolve, reject) => {
      const timeout = setTimeout(() => reject(new Error('no batch within 2 s')), 2000);
      wake = () => {
        clearTimeout(timeout);
        wake = null;
        resolve(batches.shift() as Set<Node>);
      };
    });
  return { observer, next, batches };
}

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  document.body.replaceChildren();
});

describe('ChangeObserver', () => {
  test('a new block is a root of its own; new inline content rescans its parent', async () => {
    document.body.innerHTML = '<main><p id="a">ChatGPT</p></main>';
    const { observer, next } = watch(document.body);
    stop = () => observer.disconnect();
    const main = document.querySelector('main') as HTMLElement;
    const p = document.createElement('p');
    p.textContent = 'RLHF';
    main.append(p);
    const b = document.createElement('b');
    b.textContent = 'LLM';
    (document.getElementById('a') as HTMLElement).append(b);
    const roots = await next();
    expect(roots.has(p)).toBe(true);
    expect(roots.has(document.getElementById('a') as HTMLElement)).toBe(true);
    expect(roots.has(main)).toBe(false);
  });

  test('edited text is rescanned as its text node', async () => {
    document.body.innerHTML = '<p>ChatGPT</p>';
    const { observer, next } = watch(document.body);
    stop = () => observer.disconnect();
    const text = document.querySelector('p')?.firstChild as Text;
    text.data = 'RLHF';
    expect([...(await next())]).toEqual([text]);
  });

  test('removing inline content rescans the block it left; a removal alone still makes a batch', async () => {
    document.body.innerHTML = '<div><p id="a">Chat<b>GPT</b></p><p id="b">gone</p></div>';
    const { observer, next } = watch(document.body);
    stop = () => observer.disconnect();
    document.querySelector('b')?.remove();
    expect([...(await next())]).toEqual([document.getElementById('a')]);
    document.getElementById('b')?.remove();
    // A removed block leaves nothing to rescan, but the batch still comes (the scanner prunes on it).
    expect((await next()).size).toBe(0);
  });

  test('changes in one burst arrive as one batch; none after disconnect', async () => {
    document.body.innerHTML = '<main></main>';
    const { observer, next, batches } = watch(document.body);
    const main = document.querySelector('main') as HTMLElement;
    for (let i = 0; i < 20; i++)
      main.append(Object.assign(document.createElement('p'), { textContent: `p${i}` }));
    expect((await next()).size).toBe(20);
    observer.disconnect();
    main.append(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(batches).toHaveLength(0);
  });
});
