// keyHeld: with a key to hold (settings.cardKey), a pointer opens cards only while that key is down.
import { describe, expect, test } from 'vitest';
import { keyHeld } from '../../../src/content/pointer';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';

const withKey = (cardKey: Settings['cardKey']): Settings => ({ ...DEFAULT_SETTINGS, cardKey });

describe('keyHeld', () => {
  test('no key to hold: every pointer counts', () => {
    expect(keyHeld(withKey('none'), { shiftKey: false, altKey: false })).toBe(true);
  });

  test('Shift or Alt: only that key counts, not the other', () => {
    expect(keyHeld(withKey('shift'), { shiftKey: true, altKey: false })).toBe(true);
    expect(keyHeld(withKey('shift'), { shiftKey: false, altKey: true })).toBe(false);
    expect(keyHeld(withKey('alt'), { shiftKey: false, altKey: true })).toBe(true);
    expect(keyHeld(withKey('alt'), { shiftKey: true, altKey: false })).toBe(false);
  });
});
