// The hover-intent reducer: dwell opens, fly-over does not, the grace period lets the pointer reach the card.
import { describe, expect, test } from 'vitest';
import {
  CLOSE_DELAY_MS,
  type HoverAction,
  type HoverInput,
  type HoverState,
  hoverReducer,
  initialHoverState,
} from '../../../src/core/hover-intent';

const timing = { dwellMs: 350 };

/** Runs inputs through the reducer, firing ticks whenever it asks for one before the next input. */
function run(inputs: (HoverInput<string> | readonly [number, HoverInput<string>])[], until?: number) {
  let state: HoverState<string> = initialHoverState();
  let wake: number | null = null;
  const actions: { time: number; action: HoverAction<string> }[] = [];
  const apply = (input: HoverInput<string>, time: number) => {
    const result = hoverReducer(state, input, timing);
    state = result.state;
    wake = result.wakeAt;
    if (result.action) actions.push({ time, action: result.action });
  };
  const drain = (before: number) => {
    while (wake !== null && wake <= before) apply({ type: 'tick', time: wake }, wake);
  };
  for (const entry of inputs) {
    // Inputs that carry no time of their own (pin, closed) come as [time, input].
    const [time, input] = Array.isArray(entry) ? entry : [(entry as { time: number }).time, entry];
    drain(time);
    apply(input, time);
  }
  drain(until ?? Number.POSITIVE_INFINITY);
  return { actions, state };
}

const at = (time: number, target: string | null, x = 100, y = 100, onCard = false): HoverInput<string> => ({
  type: 'pointer',
  time,
  x,
  y,
  target,
  onCard,
});

describe('hover intent', () => {
  test('resting on a term opens its card after the dwell time', () => {
    const { actions } = run([at(0, 'a'), at(16, 'a', 101), at(100, 'a', 101)], 1000);
    expect(actions[0]).toEqual({ time: 350, action: { type: 'open', target: 'a' } });
  });

  test('a fast fly-over across a term opens nothing', () => {
    // 20 px per frame (1.25 px/ms) across the term, then off it.
    const inputs = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) =>
      at(i * 16, i >= 2 && i <= 5 ? 'a' : null, 100 + i * 20),
    );
    const { actions } = run(inputs, 2000);
    expect(actions).toEqual([]);
  });

  test('fast movement within one term restarts the dwell; it opens only after the pointer slows', () => {
    const inputs = [at(0, 'a', 100), at(200, 'a', 400), at(216, 'a', 420), at(300, 'a', 421)];
    const { actions } = run(inputs, 2000);
    // 300 px in 200 ms is travelling; 20 px in 16 ms too; the dwell counts from 216.
    expect(actions[0]).toEqual({ time: 566, action: { type: 'open', target: 'a' } });
  });

  test('moving to another term restarts the dwell', () => {
    const { actions } = run([at(0, 'a', 100), at(300, 'b', 102)], 2000);
    expect(actions).toEqual([{ time: 650, action: { type: 'open', target: 'b' } }]);
  });

  test('leaving term and card closes the card after the grace period', () => {
    const { actions } = run([at(0, 'a'), at(400, null, 102)], 2000);
    expect(actions).toEqual([
      { time: 350, action: { type: 'open', target: 'a' } },
      { time: 400 + CLOSE_DELAY_MS, action: { type: 'close' } },
    ]);
  });

  test('travelling into the card within the grace period keeps it open', () => {
    const { actions, state } = run([at(0, 'a'), at(400, null, 110), at(500, null, 120, 120, true)], 5000);
    expect(actions).toEqual([{ time: 350, action: { type: 'open', target: 'a' } }]);
    expect(state.open).toBe('a');
  });

  test('leaving the card closes it too', () => {
    const { actions } = run([at(0, 'a'), at(500, null, 120, 120, true), at(900, null, 400, 400)], 5000);
    expect(actions.at(-1)).toEqual({ time: 900 + CLOSE_DELAY_MS, action: { type: 'close' } });
  });

  test('leaving the window counts as leaving', () => {
    const { actions } = run([at(0, 'a'), { type: 'leave', time: 400 }], 5000);
    expect(actions.at(-1)).toEqual({ time: 400 + CLOSE_DELAY_MS, action: { type: 'close' } });
  });

  test('a card opened by tap or keyboard stays when the pointer wanders', () => {
    const { actions, state } = run([
      { type: 'opened', target: 'a', time: 0 },
      at(10, null),
      at(500, null, 300),
    ]);
    expect(actions).toEqual([]);
    expect(state.open).toBe('a');
  });

  test('a pinned card stays, and hovering another term does not replace it', () => {
    const { actions, state } = run(
      [at(0, 'a'), [360, { type: 'pin', pinned: true }], at(400, 'b', 500)],
      5000,
    );
    expect(actions).toEqual([{ time: 350, action: { type: 'open', target: 'a' } }]);
    expect(state.open).toBe('a');
  });

  test('after a card is closed by hand, resting on its term does not reopen it until the pointer leaves', () => {
    const { actions } = run(
      [at(0, 'a'), [380, { type: 'closed' }], at(400, 'a', 101), at(900, null, 200), at(1000, 'a', 201)],
      5000,
    );
    expect(actions).toEqual([
      { time: 350, action: { type: 'open', target: 'a' } },
      { time: 1350, action: { type: 'open', target: 'a' } },
    ]);
  });

  test('a zero dwell time opens at once', () => {
    const result = hoverReducer(initialHoverState<string>(), at(5, 'a'), { dwellMs: 0 });
    expect(result.action).toEqual({ type: 'open', target: 'a' });
  });
});
