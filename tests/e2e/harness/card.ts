// Reading the term card, whose shadow root is closed to the page. In Chromium CDP's pierced DOM shows what
// is inside it (readCard, waitForCard); in both browsers the page itself sees only the host elements
// (cardHosts), which is all a Firefox test can read.
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';

/** A node of CDP's DOM.getDocument tree. */
export interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CardView {
  /** aria-label of the role=dialog element. */
  label: string;
  /** All text inside the card (visually hidden text included, style sheets left out). */
  text: string;
  /** Texts of the <mark> elements (the highlighted term). */
  marks: string[];
  /** Text of the language button that is pressed. */
  pressedLang: string;
  /** The card's border box in viewport pixels. */
  box: Box;
  /** Centres of buttons, by their aria-label or else their visible text. */
  buttons: Map<string, { x: number; y: number }>;
}

/**
 * How many card hosts the page has (named `aigc-lens-card`, or with a suffix where the page already
 * defines that name); a plain evaluation, so Playwright and Puppeteer pages alike.
 */
export async function cardHosts(page: { evaluate(script: string): Promise<unknown> }): Promise<number> {
  return (await page.evaluate(
    `[...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('aigc-lens-card')).length`,
  )) as number;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/** The CDP session the readers below use for `page`: one per page, kept apart from any the test opens. */
export function cdpOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

export function attr(node: DomNode, name: string): string | undefined {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
  return undefined;
}

export function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.localName === 'style') return '';
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf).join('');
}

/** Visits `node` and everything below it, shadow roots included; frames' documents are not entered. */
export function walk(node: DomNode, visit: (node: DomNode) => void): void {
  visit(node);
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child, visit);
}

/** The closed shadow roots of the top document's elements whose name starts with `prefix` (card hosts may carry a suffix). */
export async function closedRoots(page: Page, prefix: string): Promise<DomNode[]> {
  const cdp = await cdpOf(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const roots: DomNode[] = [];
  walk(root, (node) => {
    const shadow = node.shadowRoots?.[0];
    if (shadow && node.localName?.startsWith(prefix)) roots.push(shadow);
  });
  return roots;
}

async function boxOf(cdp: CDPSession, nodeId: number): Promise<Box> {
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId })) as { model: { border: number[] } };
  const xs = model.border.filter((_, i) => i % 2 === 0);
  const ys = model.border.filter((_, i) => i % 2 === 1);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

async function view(cdp: CDPSession, shadow: DomNode): Promise<CardView | null> {
  let dialog: DomNode | undefined;
  const marks: string[] = [];
  let pressedLang = '';
  const buttonNodes: [string, number][] = [];
  walk(shadow, (node) => {
    if (attr(node, 'role') === 'dialog') dialog = node;
    if (node.localName === 'mark') marks.push(textOf(node));
    if (node.localName === 'button') {
      const visible = (node.children ?? [])
        .filter((child) => attr(child, 'class') !== 'visually-hidden')
        .map(textOf)
        .join('')
        .trim();
      buttonNodes.push([attr(node, 'aria-label') ?? visible, node.nodeId]);
      if (attr(node, 'aria-pressed') === 'true' && visible.length <= 2) pressedLang = visible;
    }
  });
  if (!dialog) return null;
  const buttons = new Map<string, { x: number; y: number }>();
  for (const [name, nodeId] of buttonNodes) {
    const b = await boxOf(cdp, nodeId);
    buttons.set(name, { x: b.x + b.width / 2, y: b.y + b.height / 2 });
  }
  return {
    label: attr(dialog, 'aria-label') ?? '',
    text: textOf(dialog),
    marks,
    pressedLang,
    box: await boxOf(cdp, dialog.nodeId),
    buttons,
  };
}

/** Every open card in the top document (cards inside frames are left out), in document order. */
export async function readCards(page: Page): Promise<CardView[]> {
  const cdp = await cdpOf(page);
  const cards: CardView[] = [];
  for (const shadow of await closedRoots(page, 'aigc-lens-card')) {
    const card = await view(cdp, shadow);
    if (card) cards.push(card);
  }
  return cards;
}

/** The open card (the newest, should two hosts overlap for a moment), or null when there is none. */
export async function readCard(page: Page): Promise<CardView | null> {
  return (await readCards(page)).at(-1) ?? null;
}

/** Polls until a card is open (with this label, if one is given) and returns it. */
export async function waitForCard(page: Page, label?: string, timeout = 10_000): Promise<CardView> {
  let card: CardView | null = null;
  await expect
    .poll(
      async () => {
        card = await readCard(page);
        return label === undefined ? card !== null : card?.label;
      },
      { timeout },
    )
    .toBe(label ?? true);
  return card as unknown as CardView;
}
