// The hover bridge (happy-dom): it never adds a pointer listener, since in Chromium adding one repaints the
// whole page's hit-test data (interaction-bridge.ts), and it adds its mouse listeners only once armed (the
// frame's first marked occurrence).
import { afterEach, describe, expect, test, vi } from 'vitest';
import { installInteractionBridge } from '../../../src/content/interaction-bridge';
import type { InteractionContext } from '../../../src/content/interactions';

function typesAdded(spy: { mock: { calls: readonly (readonly unknown[])[] } }): string[] {
  return spy.mock.calls.map((call) => String(call[0]));
}

const context = {
  index: { atPoint: () => null },
  extensionAlive: () => true,
} as unknown as InteractionContext;

afterEach(() => vi.restoreAllMocks());

describe('installInteractionBridge', () => {
  test('listens to the mouse and taps only once armed, once however often it is armed, and never to pointer events', () => {
    const added = vi.spyOn(window, 'addEventListener');
    const bridge = installInteractionBridge(context);
    expect(typesAdded(added)).toEqual([]);
    bridge.arm();
    bridge.arm();
    expect(typesAdded(added)).toEqual(['mousemove', 'click']);
    bridge.dispose();
  });

  test('a disposed bridge does not start listening when armed', () => {
    const added = vi.spyOn(window, 'addEventListener');
    const bridge = installInteractionBridge(context);
    bridge.dispose();
    bridge.arm();
    expect(typesAdded(added)).toEqual([]);
  });
});
