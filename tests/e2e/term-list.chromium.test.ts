// The screen-reader route in Chromium, read as assistive technology reads it (CDP Accessibility): the list
// of the terms in view, the occurrence it selects and the card it opens with focus, the live region that
// names each term a step reaches; and axe on the list's markup.
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { categories } from '../../src/ui/strings/categories';
import { entryText } from '../../src/ui/term-line';
import { runAxe } from './harness/axe';
import { cdpOf, closedRoots } from './harness/card';
import { sendToActiveTab } from './harness/chromium';
import { waitForMarks } from './harness/content-script';
import { useChromium, useFixtureServer } from './harness/suite';

/** Category names as the English UI writes them. */
const en = categories.en;
const server = useFixtureServer();
const chromium = useChromium();

interface AxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
  childIds?: string[];
  parentId?: string;
}

async function openFixture(path: string): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await chromium.open(server.url(path));
  await waitForMarks(page);
  // The first install opens the welcome tab: this one must be the active tab the messages go to.
  await page.bringToFront();
  const cdp = await cdpOf(page);
  await cdp.send('Accessibility.enable');
  return { page, cdp };
}

/** What the term-list command and the popup's button send: the same message, through the background. */
const sendToActive = (message: unknown) => sendToActiveTab(chromium, message);

async function axTree(cdp: CDPSession): Promise<AxNode[]> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  return nodes.filter((node) => !node.ignored);
}

const prop = (node: AxNode, name: string) => node.properties?.find((p) => p.name === name)?.value.value;

/** The list dialog and its buttons' accessible names, or null while it is not there. */
async function readList(
  cdp: CDPSession,
): Promise<{ name: string; buttons: string[]; focused: string } | null> {
  const nodes = await axTree(cdp);
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const dialog = nodes.find(
    (node) => node.role?.value === 'dialog' && node.name?.value.includes('terms in view'),
  );
  if (!dialog) return null;
  const buttons: string[] = [];
  let focused = '';
  const walk = (id: string) => {
    const node = byId.get(id);
    if (!node) return;
    if (node.role?.value === 'button' && !node.name?.value.startsWith('Close')) {
      buttons.push(node.name?.value ?? '');
      if (prop(node, 'focused') === true) focused = node.name?.value ?? '';
    }
    for (const child of node.childIds ?? []) walk(child);
  };
  walk(dialog.nodeId);
  return { name: dialog.name?.value ?? '', buttons, focused };
}

describe('the accessible list of terms', () => {
  test('lists the terms in view (term, category, first line of the gloss) with focus on the first; terms below the fold are left out', async () => {
    const { page, cdp } = await openFixture('/card-basic.html');
    expect(await sendToActive({ type: 'term-list' })).toEqual({ ok: true });
    await expect.poll(async () => (await readList(cdp))?.buttons.length ?? 0).toBeGreaterThan(2);
    const list = await readList(cdp);
    if (!list) throw new Error('no list');
    const { name, buttons, focused } = list;
    expect(name).toBe('AIGC Lens: terms in view');
    // The glossary's own words: the first sentence of its English gloss.
    const microsoft = entryText('microsoft', 'en');
    expect(microsoft.gloss).toMatch(/^The US software company/);
    expect(buttons[0]).toBe(`Microsoft, ${en.organization}: ${microsoft.gloss}`);
    expect(buttons[1]).toMatch(new RegExp(`^ChatGPT, ${en.model}: `));
    expect(
      buttons.some((button) =>
        button.startsWith(`Reinforcement learning from human feedback (RLHF), ${en.technique}: `),
      ),
    ).toBe(true);
    // NVLink is 1600 px below the fold.
    expect(buttons.some((button) => button.startsWith('NVLink'))).toBe(false);
    expect(focused).toBe(buttons[0]);
    // The page sees one element and no change in focus target beyond it.
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('aigc-lens-list');
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await readList(cdp))?.focused).toBe(buttons[1]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('aigc-lens-list').length)).toBe(0);
    expect(chromium.errors).toEqual([]);
    await page.close();
  });

  test('choosing a term selects that occurrence in the page and opens its card with focus inside', async () => {
    const { page, cdp } = await openFixture('/card-basic.html');
    await sendToActive({ type: 'term-list' });
    await expect.poll(async () => (await readList(cdp))?.buttons.length ?? 0).toBeGreaterThan(2);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('ChatGPT');
    expect(await page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.id)).toBe('search');
    await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('aigc-lens-card');
    const nodes = await axTree(cdp);
    const dialog = nodes.find(
      (node) => node.role?.value === 'dialog' && node.name?.value === 'AIGC Lens: ChatGPT',
    );
    expect(dialog).toBeDefined();
    expect(await page.evaluate(() => document.querySelectorAll('aigc-lens-list').length)).toBe(0);
    await page.close();
  });

  test('a step announces the term through a polite live region', async () => {
    const { page, cdp } = await openFixture('/card-basic.html');
    await sendToActive({ type: 'step-term', direction: 1 });
    const liveText = async () => {
      const nodes = await axTree(cdp);
      const byId = new Map(nodes.map((node) => [node.nodeId, node]));
      const status = nodes.find((node) => node.role?.value === 'status' && prop(node, 'live') === 'polite');
      // A status has no name from its content: what is read out is its text.
      const text = (id: string): string => {
        const node = byId.get(id);
        if (!node) return '';
        if (node.role?.value === 'StaticText') return node.name?.value ?? '';
        return (node.childIds ?? []).map(text).join('');
      };
      return status ? text(status.nodeId) : null;
    };
    await expect.poll(liveText).toBe(`Microsoft, ${en.organization}`);
    await sendToActive({ type: 'step-term', direction: 1 });
    await expect.poll(liveText).toBe(`ChatGPT, ${en.model}`);
    // One live region for the page, however many steps.
    expect(await page.evaluate(() => document.querySelectorAll('aigc-lens-live').length)).toBe(1);
    await page.close();
  });

  test('the list’s markup has no axe violations (its closed shadow root copied into a plain page)', async () => {
    const { page, cdp } = await openFixture('/card-basic.html');
    await sendToActive({ type: 'term-list' });
    await expect.poll(async () => (await readList(cdp))?.buttons.length ?? 0).toBeGreaterThan(2);
    const shadow = (await closedRoots(page, 'aigc-lens-list')).at(-1);
    if (!shadow?.children) throw new Error('no list shadow root');
    const parts: string[] = [];
    for (const child of shadow.children) {
      parts.push(
        ((await cdp.send('DOM.getOuterHTML', { nodeId: child.nodeId })) as { outerHTML: string }).outerHTML,
      );
    }
    const copy = await chromium.context.newPage();
    await copy.setContent(
      `<!doctype html><html lang="en"><head><title>List</title></head><body><main>${parts.join('')}</main></body></html>`,
    );
    expect(await runAxe(copy)).toEqual([]);
    await copy.close();
    await page.close();
  });
});
