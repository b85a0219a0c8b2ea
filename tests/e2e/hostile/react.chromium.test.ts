// A React 19 app rendered on the server and hydrated in the page after our marks are in place: no
// hydration warning or recoverable error, and the app keeps working as its marked text re-renders.
import { join } from 'node:path';
import { build } from 'esbuild';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, test } from 'vitest';
import { waitForContentScript } from '../harness/content-script';
import { useChromium, useFixtureServer } from '../harness/suite';
import { App } from './react-app';
import { html, marked, watchAllWorlds, watchNetwork } from './support';

const server = useFixtureServer();
const chromium = useChromium();
const foreignRequests: string[] = [];

/** The client: waits until the content script has marked the page, then hydrates (the hostile order). */
const CLIENT = `
  import { createElement } from 'react';
  import { hydrateRoot } from 'react-dom/client';
  import { App } from './react-app';
  window.__recoverable = [];
  const hydrate = () => hydrateRoot(document.getElementById('root'), createElement(App), {
    onRecoverableError: (error) => window.__recoverable.push(String(error)),
  });
  const marked = () => performance.getEntriesByType('mark').some((m) => m.name === 'aigc-lens:content-ready') &&
    [...CSS.highlights.keys()].some((k) => k.startsWith('aigc-lens'));
  const wait = () => (marked() ? hydrate() : setTimeout(wait, 20));
  wait();
`;

beforeAll(async () => {
  // React's development build: it is the one that reports hydration mismatches in the console.
  const bundle = await build({
    stdin: { contents: CLIENT, resolveDir: import.meta.dirname, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
    absWorkingDir: join(import.meta.dirname, '../../..'),
  });
  server.route('/client.js', bundle.outputFiles[0]?.text ?? '', { 'content-type': 'text/javascript' });
  server.route(
    '/react.html',
    html(`<div id="root">${renderToString(createElement(App))}</div><script src="/client.js"></script>`),
  );
  watchNetwork(chromium.context, foreignRequests);
});

describe('2. a server-rendered React app', () => {
  test('hydrates under our marks without a warning, and the marks follow its re-renders', async () => {
    const errors: string[] = [];
    const page = await chromium.context.newPage();
    await watchAllWorlds(page, errors);
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url('/react.html'));
    await waitForContentScript(page);
    await expect.poll(() => page.evaluate('window.__hydrated === true')).toBe(true);
    expect(await page.evaluate('window.__recoverable')).toEqual([]);
    await expect
      .poll(() => marked(page))
      .toEqual(['ChatGPT', 'H100', 'NVLink', 'RLHF', 'reward model'].sort());

    await page.click('#next');
    expect(await page.textContent('#text')).toContain('Stable Diffusion');
    await expect
      .poll(() => marked(page))
      .toEqual(['H100', 'LLM', 'NVLink', 'Stable Diffusion', 'reward model'].sort());
    await page.click('#reverse');
    await page.click('#next');
    expect(await page.textContent('#text')).toBe(
      'Back to ChatGPT, without the tuning. The reward model stays. Count 2',
    );
    expect(
      await page.evaluate(() => [...document.querySelectorAll('#list li')].map((li) => li.textContent)),
    ).toEqual(['more plain words', 'NVLink bridges', 'plain words', 'H100 cards']);
    await expect.poll(() => marked(page)).toEqual(['ChatGPT', 'H100', 'NVLink', 'reward model'].sort());
    expect(await page.evaluate('window.__recoverable')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('no request left 127.0.0.1 or the extension during this file', () => {
    expect(foreignRequests).toEqual([]);
  });
});
