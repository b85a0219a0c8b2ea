// Waiting for the content script in a page or frame, Playwright's or Puppeteer's: its ready mark, its
// first marks, a scan pass. Each polls with plain evaluations: waitForFunction would eval a string in the
// page (which a strict CSP blocks) or build Playwright's helper with the page's own, possibly hostile,
// MutationObserver.
import { expect } from 'vitest';
import { MARKED_TEXTS } from './page-checks';

/** A Playwright or Puppeteer page or frame. */
interface Target {
  evaluate(script: string): Promise<unknown>;
}

const READY = `performance.getEntriesByType('mark').some((mark) => mark.name === 'aigc-lens:content-ready')`;

/** Long enough for a cold start on a loaded two-core machine (Firefox installs the add-on first). */
const READY_TIMEOUT = 15_000;

/** Resolves once the content script has announced itself (the `aigc-lens:content-ready` mark). */
export async function waitForContentScript(target: Target, timeout = READY_TIMEOUT): Promise<void> {
  await expect.poll(() => target.evaluate(READY), { timeout }).toBe(true);
}

/** The texts our highlights mark in the document, sorted (see MARKED_TEXTS). */
export async function markedTexts(target: Target): Promise<string[]> {
  return (await target.evaluate(MARKED_TEXTS)) as string[];
}

/** Resolves once the content script is running and has marked something; returns what it marked. */
export async function waitForMarks(target: Target, timeout = READY_TIMEOUT): Promise<string[]> {
  await waitForContentScript(target, timeout);
  let texts: string[] = [];
  await expect
    .poll(
      async () => {
        texts = await markedTexts(target);
        return texts.length;
      },
      { timeout },
    )
    .toBeGreaterThan(0);
  return texts;
}

/** Resolves once a scan pass of this kind (`document`, `mutation`, …) has been measured. */
export async function waitForScan(target: Target, pass: string, timeout = READY_TIMEOUT): Promise<void> {
  const script = `performance.getEntriesByName('aigc-lens:scan').some((m) => m.detail?.pass === ${JSON.stringify(pass)})`;
  await expect.poll(() => target.evaluate(script), { timeout }).toBe(true);
}
