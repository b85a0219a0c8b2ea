import { describe, expect, test } from 'vitest';
import { findBrowser } from '../../e2e/harness/browsers';

describe('findBrowser', () => {
  test('an explicit path that does not exist is an error naming the variable', () => {
    expect(() => findBrowser('chromium', { CHROME_PATH: '/nope/chromium' })).toThrow(/CHROME_PATH=\/nope/);
    expect(() => findBrowser('firefox', { FIREFOX_PATH: '/nope/firefox' })).toThrow(/FIREFOX_PATH/);
  });

  test('an explicit path that exists wins', () => {
    expect(findBrowser('chromium', { CHROME_PATH: process.execPath })).toBe(process.execPath);
  });
});
