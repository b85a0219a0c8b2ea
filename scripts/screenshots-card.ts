// Screenshots of the term card for the README: hovers a term on a fixture page in real Chromium with the built extension.
// Usage: npx tsx scripts/screenshots-card.ts (after a Chrome build; DIST_DIR is honoured).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { assertBuilt, DIST, ROOT } from '../tests/e2e/harness/paths';
import { startFixtureServer } from '../tests/e2e/harness/server';

interface Shot {
  readonly file: string;
  readonly page: string;
  readonly scheme: 'light' | 'dark';
  readonly selector: string;
  readonly term: string;
}

const SHOTS: readonly Shot[] = [
  {
    file: 'card-en-light.png',
    page: '/card-basic.html',
    scheme: 'light',
    selector: '#search',
    term: 'ChatGPT',
  },
  { file: 'card-en-dark.png', page: '/card-basic.html', scheme: 'dark', selector: '#rlhf', term: 'RLHF' },
  { file: 'card-zh-dark.png', page: '/card-zh.html', scheme: 'dark', selector: '#search', term: 'ChatGPT' },
  { file: 'card-zh-light.png', page: '/card-zh.html', scheme: 'light', selector: '#rlhf', term: 'RLHF' },
  {
    file: 'card-zh-hant-light.png',
    page: '/card-zh-hant.html',
    scheme: 'light',
    selector: '#search',
    term: 'ChatGPT',
  },
];

const out = join(ROOT, 'docs/screenshots');
mkdirSync(out, { recursive: true });
assertBuilt(DIST.chrome);
const server = await startFixtureServer();
try {
  for (const shot of SHOTS) {
    const chromium = await launchChromium({ colorScheme: shot.scheme });
    try {
      const page = await chromium.open(server.url(shot.page));
      await page.waitForFunction(
        `performance.getEntriesByType('mark').some((m) => m.name === 'aigc-lens:content-ready')`,
      );
      await page.waitForFunction(`[...CSS.highlights.keys()].some((k) => k.startsWith('aigc-lens'))`);
      if (shot.scheme === 'dark') {
        // The fixture pages are light; a dark page behind a dark card is what a dark-mode reader sees.
        await page.addStyleTag({ content: 'html { background: #121417; color: #d7dde3; }' });
      }
      const point = await page.evaluate(
        ([selector, term]) => {
          const root = document.querySelector(selector as string);
          const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = (node.nodeValue ?? '').indexOf(term as string);
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + (term as string).length);
            const r = range.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          }
          throw new Error(`no ${term}`);
        },
        [shot.selector, shot.term],
      );
      await page.mouse.move(point.x - 20, point.y + 30);
      await page.mouse.move(point.x, point.y, { steps: 4 });
      await page.waitForFunction(`document.querySelector('aigc-lens-card') !== null`);
      await page.waitForTimeout(500);
      // The term and the card below it: from the top of the term's paragraph to the bottom of the card.
      const cdp = await page.context().newCDPSession(page);
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
        root: { nodeId: number };
      };
      const { nodeId } = (await cdp.send('DOM.querySelector', {
        nodeId: root.nodeId,
        selector: 'aigc-lens-card',
      })) as {
        nodeId: number;
      };
      interface Described {
        backendNodeId: number;
        attributes?: string[];
        children?: Described[];
        shadowRoots?: Described[];
      }
      const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as {
        node: Described;
      };
      const find = (n: Described): Described | undefined =>
        n.attributes?.includes('dialog')
          ? n
          : [...(n.shadowRoots ?? []), ...(n.children ?? [])].map(find).find(Boolean);
      const dialog = find(node);
      if (!dialog) throw new Error('no card dialog');
      const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: dialog.backendNodeId })) as {
        model: { border: number[] };
      };
      const xs = model.border.filter((_, i) => i % 2 === 0);
      const ys = model.border.filter((_, i) => i % 2 === 1);
      const card = {
        left: Math.min(...xs),
        top: Math.min(...ys),
        right: Math.max(...xs),
        bottom: Math.max(...ys),
      };
      const clip = {
        // From the page's left margin, so the term's sentence reads from its start.
        x: Math.max(0, Math.min(card.left, 40) - 16),
        y: Math.max(0, Math.min(card.top, point.y) - 40),
        width: 0,
        height: 0,
      };
      // To the fixture's right margin too, so the sentence is not cut mid-word.
      clip.width = Math.min(1100, Math.max(card.right + 24, 820)) - clip.x;
      clip.height = Math.min(800, Math.max(card.bottom, point.y) + 24) - clip.y;
      await page.screenshot({ path: join(out, shot.file), clip });
      console.log(`screenshots: docs/screenshots/${shot.file}`);
    } finally {
      await chromium.close();
    }
  }
} finally {
  await server.close();
}
