// Telling a mouse from a finger on mouse events (happy-dom builds the events; the browsers' own hints,
// Chromium's sourceCapabilities and Firefox's mozInputSource, are set on them as the browsers set them).
import { describe, expect, test } from 'vitest';
import { fromTouch, isTapClick } from '../../../src/content/input-source';

function mouseEvent(type: string, hints: Record<string, unknown> = {}): MouseEvent {
  const event = new MouseEvent(type);
  for (const [name, value] of Object.entries(hints)) Object.defineProperty(event, name, { value });
  return event;
}

describe('fromTouch', () => {
  test("is true for a touch's compatibility events in Chromium and in Firefox", () => {
    expect(fromTouch(mouseEvent('mousemove', { sourceCapabilities: { firesTouchEvents: true } }))).toBe(true);
    expect(fromTouch(mouseEvent('mousedown', { mozInputSource: 5 }))).toBe(true);
  });

  test('is false for a mouse, a pen, and an event that says nothing of its device', () => {
    expect(fromTouch(mouseEvent('mousemove', { sourceCapabilities: { firesTouchEvents: false } }))).toBe(
      false,
    );
    expect(fromTouch(mouseEvent('mousemove', { mozInputSource: 1 }))).toBe(false);
    expect(fromTouch(mouseEvent('mousemove', { mozInputSource: 2 }))).toBe(false);
    expect(fromTouch(mouseEvent('mousemove', { sourceCapabilities: null }))).toBe(false);
    expect(fromTouch(mouseEvent('mousemove'))).toBe(false);
  });
});

describe('isTapClick', () => {
  test('is true for the click of a finger or a pen', () => {
    expect(isTapClick(new PointerEvent('click', { pointerType: 'touch' }))).toBe(true);
    expect(isTapClick(new PointerEvent('click', { pointerType: 'pen' }))).toBe(true);
  });

  test("is false for a mouse's click, a keyboard's (no pointer type) and a plain MouseEvent", () => {
    expect(isTapClick(new PointerEvent('click', { pointerType: 'mouse' }))).toBe(false);
    expect(isTapClick(new PointerEvent('click', { pointerType: '' }))).toBe(false);
    expect(isTapClick(mouseEvent('click'))).toBe(false);
  });
});
