// `npm start`: builds, serves the demo page on 127.0.0.1 and opens it in a visible Chromium with the extension.
// For a developer with a display; pass `firefox` to use web-ext run with Firefox instead.
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { findBrowser } from '../tests/e2e/harness/browsers';
import { DIST, ROOT } from '../tests/e2e/harness/paths';
import { startFixtureServer } from '../tests/e2e/harness/server';

const which = process.argv[2] === 'firefox' ? 'firefox' : 'chrome';
execFileSync(process.execPath, [join(ROOT, 'node_modules/.bin/tsx'), 'scripts/build.ts', which], {
  stdio: 'inherit',
});
const server = await startFixtureServer();
const demo = server.url('/plain.html');
console.log(`start: demo page at ${demo}`);
const child =
  which === 'firefox'
    ? spawn(
        join(ROOT, 'node_modules/.bin/web-ext'),
        ['run', '-s', DIST.firefox, '--firefox', findBrowser('firefox'), '--start-url', demo],
        { stdio: 'inherit' },
      )
    : spawn(
        findBrowser('chromium'),
        [
          `--disable-extensions-except=${DIST.chrome}`,
          `--load-extension=${DIST.chrome}`,
          '--no-first-run',
          demo,
        ],
        { stdio: 'inherit' },
      );
child.on('exit', () => void server.close());
