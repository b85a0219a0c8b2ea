// When the reader's term popover opens and closes (use-term-popover.ts, on core/hover-intent.ts): a dwell
// of the user's delay opens it, leaving term and popover closes it after the grace period, a fly-over
// opens nothing; focus opens it, click / Enter / a tap pin it; Escape and a tap outside close it.
import { render } from 'preact';
import { useRef } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { CLOSE_DELAY_MS } from '../../../src/core/hover-intent';
import { useTermPopover } from '../../../src/reading/use-term-popover';

const DELAY = 350;
/** What the reader gives a term's first occurrence in a paragraph (ui/MarkedText.tsx). */
const TAB_STOP = { tabIndex: 0, role: 'button', 'aria-haspopup': 'dialog' } as const;

function Harness({ contentKey = 'en' }: { contentKey?: string }) {
  const root = useRef<HTMLDivElement>(null);
  const popover = useTermPopover(root, DELAY, contentKey);
  return (
    <div>
      <div ref={root}>
        <span class="term" data-term="rlhf" id="rlhf" {...TAB_STOP}>
          RLHF
        </span>{' '}
        <span class="term" data-term="llm" id="llm">
          LLM
        </span>{' '}
        <span id="plain">plain words</span>
      </div>
      <button type="button" id="outside">
        elsewhere
      </button>
      {popover.target ? (
        <div
          class="term-popover"
          data-term={popover.target.termId}
          data-pinned={String(popover.target.pinned)}
        >
          <button type="button" id="inside" onClick={() => popover.close(true)}>
            close
          </button>
        </div>
      ) : null}
    </div>
  );
}

let host: HTMLElement;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  act(() => render(null, host));
  host.remove();
  vi.useRealTimers();
});

const $ = (selector: string) => document.querySelector<HTMLElement>(selector);
const open = () => {
  const el = $('.term-popover');
  return el ? { term: el.dataset.term, pinned: el.dataset.pinned === 'true' } : null;
};

/** A mouse at rest over `selector` (a second event a frame later, too slow to be a fly-over). */
function pointAt(selector: string, x = 10, type = 'mouse') {
  const el = $(selector) as HTMLElement;
  act(() => {
    el.dispatchEvent(
      new PointerEvent('pointermove', { bubbles: true, pointerType: type, clientX: x, clientY: 10 }),
    );
  });
}

const wait = (ms: number) => act(() => void vi.advanceTimersByTime(ms));

function mount(node = <Harness />) {
  act(() => render(node, host));
}

describe('the reader term popover', () => {
  test('opens after the dwell delay, not before', () => {
    mount();
    pointAt('#rlhf');
    wait(DELAY - 50);
    expect(open()).toBeNull();
    pointAt('#rlhf', 11);
    wait(60);
    expect(open()).toEqual({ term: 'rlhf', pinned: false });
  });

  test('a pointer flying over a term opens nothing, however long it takes', () => {
    mount();
    // 40 px every 20 ms is travelling, not reading: each move starts the dwell over.
    for (let i = 0; i < 2 * (DELAY / 20); i++) {
      pointAt('#rlhf', i * 40);
      wait(20);
      expect(open()).toBeNull();
    }
  });

  test('leaving term and popover closes it after the grace period; resting on the popover keeps it', () => {
    mount();
    pointAt('#rlhf');
    wait(DELAY);
    expect(open()?.term).toBe('rlhf');
    pointAt('#plain', 40);
    wait(CLOSE_DELAY_MS / 2);
    pointAt('.term-popover', 40);
    wait(CLOSE_DELAY_MS * 3);
    expect(open()?.term).toBe('rlhf');
    pointAt('#plain', 40);
    wait(CLOSE_DELAY_MS - 20);
    expect(open()).not.toBeNull();
    wait(40);
    expect(open()).toBeNull();
  });

  test('dwelling on another term moves it there', () => {
    mount();
    pointAt('#rlhf');
    wait(DELAY);
    pointAt('#llm', 40);
    wait(DELAY);
    expect(open()?.term).toBe('llm');
  });

  test('a click pins it: leaving does not close it, and a hover does not replace it', () => {
    mount();
    act(() => ($('#rlhf') as HTMLElement).click());
    expect(open()).toEqual({ term: 'rlhf', pinned: true });
    pointAt('#llm', 40);
    wait(DELAY * 3);
    expect(open()).toEqual({ term: 'rlhf', pinned: true });
  });

  test('focus opens it at once; Enter pins it; Escape closes it and gives focus back to the term', () => {
    mount();
    act(() => ($('#rlhf') as HTMLElement).focus());
    expect(open()).toEqual({ term: 'rlhf', pinned: false });
    // The mouse elsewhere does not close a popover the keyboard opened.
    pointAt('#plain', 40);
    wait(CLOSE_DELAY_MS * 2);
    expect(open()?.term).toBe('rlhf');
    act(() => {
      $('#rlhf')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(open()).toEqual({ term: 'rlhf', pinned: true });
    act(() => {
      $('#rlhf')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(open()).toBeNull();
    expect(document.activeElement?.id).toBe('rlhf');
  });

  test('focus leaving for the page closes an unpinned one, for the popover keeps it', () => {
    mount();
    act(() => ($('#rlhf') as HTMLElement).focus());
    act(() => ($('#inside') as HTMLElement).focus());
    expect(open()?.term).toBe('rlhf');
    act(() => ($('#rlhf') as HTMLElement).focus());
    act(() => ($('#outside') as HTMLElement).focus());
    expect(open()).toBeNull();
  });

  test('closed by hand, it does not reopen under a resting pointer until the pointer leaves the term', () => {
    mount();
    pointAt('#rlhf');
    wait(DELAY);
    act(() => ($('#inside') as HTMLElement).click());
    expect(open()).toBeNull();
    pointAt('#rlhf', 11);
    wait(DELAY * 2);
    expect(open()).toBeNull();
    pointAt('#plain', 40);
    pointAt('#rlhf', 11);
    wait(DELAY);
    expect(open()?.term).toBe('rlhf');
  });

  test('touch never hovers: a tap pins it, and a tap outside it closes it', () => {
    mount();
    pointAt('#rlhf', 10, 'touch');
    wait(DELAY * 2);
    expect(open()).toBeNull();
    act(() => ($('#rlhf') as HTMLElement).click());
    expect(open()).toEqual({ term: 'rlhf', pinned: true });
    act(() => {
      $('#plain')?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }));
    });
    expect(open()).toBeNull();
  });

  test('a language switch closes it (its anchor is rendered anew)', () => {
    mount();
    act(() => ($('#rlhf') as HTMLElement).click());
    expect(open()).not.toBeNull();
    mount(<Harness contentKey="zh-Hans" />);
    expect(open()).toBeNull();
  });
});
