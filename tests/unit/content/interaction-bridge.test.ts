// The hover bridge (happy-dom): it adds no pointer listener until it is armed (the frame's first marked
// occurrence), since in Chromium adding one repaints the whole page's hit-test data (interaction-bridge.ts).
import { afterEach, describe, expect, test, vi } from 'vitest';
import { installInteractionBridge } from '../../../src/content/interaction-bridge';
import type { InteractionContext } from '../../../src/content/interactions';

function pointerTypesAdded(spy: { mock: { calls: readonly (readonly unknown[])[] } }): string[] {
  return spy.mock.calls.map((call) => String(call[0])).filter((type) => type.startsWith('pointer'));
}

const context = {
  index: { atPoint: () => null },
  extensionAlive: () => true,
} as unknown as InteractionContext;

afterEach(() => vi.restoreAllMocks());

describe('installInteractionBridge', () => {
  test('listens to the pointer only once armed, and only once however often it is armed', () => {
    const added = vi.spyOn(window, 'addEventListener');
    const bridge = installInteractionBridge(context);
    expect(pointerTypesAdded(added)).toEqual([]);
    bridge.arm();
    bridge.arm();
    expect(pointerTypesAdded(added)).toEqual(['pointermove', 'pointerdown', 'pointerup']);
    bridge.dispose();
  });

  test('a disposed bridge does not start listening when armed', () => {
    const added = vi.spyOn(window, 'addEventListener');
    const bridge = installInteractionBridge(context);
    bridge.dispose();
    bridge.arm();
    expect(pointerTypesAdded(added)).toEqual([]);
  });
});
