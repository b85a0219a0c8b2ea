// Builds the extension for both browsers: dist/chrome and dist/firefox, from one source manifest.
import { execFileSync } from 'node:child_process';

const vite = new URL('../node_modules/vite/bin/vite.js', import.meta.url).pathname;
const targets = (process.argv[2] ?? 'chrome,firefox').split(',');
for (const target of targets) {
  console.log(`build: ${target}`);
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, TARGET: target },
  });
}
