// Finds the real browsers the end-to-end tests drive; a missing browser is an error that says how to install it.
import { existsSync } from 'node:fs';

export type BrowserName = 'chromium' | 'firefox';

const candidates: Record<BrowserName, { env: string; paths: string[]; apt: string }> = {
  chromium: {
    env: 'CHROME_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    apt: 'chromium',
  },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], apt: 'firefox-esr' },
};

export function findBrowser(name: BrowserName, env: NodeJS.ProcessEnv = process.env): string {
  const { env: variable, paths, apt } = candidates[name];
  const fromEnv = env[variable];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${variable}=${fromEnv} does not exist. Unset it or point it at a ${name} binary.`);
  }
  const found = paths.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    `No ${name} found (looked at $${variable}, ${paths.join(', ')}). ` +
      `Install it with: sudo apt-get install -y ${apt} fonts-noto-cjk — or set ${variable}.`,
  );
}
