// One line per test file for what every browser suite needs: the fixture server and a browser with the
// built extension, started before the file's tests and closed after them, even when a test fails.
import { afterAll, beforeAll } from 'vitest';
import { type ChromiumSession, type LaunchOptions, launchChromium } from './chromium';
import { type FirefoxPrefs, type FirefoxSession, launchFirefox } from './firefox';
import { assertBuilt, DIST } from './paths';
import { type FixtureServer, startFixtureServer } from './server';

/**
 * A stand-in for a resource that exists only between beforeAll and afterAll: reading it earlier (at
 * module load) is a clear error rather than a silent undefined.
 */
function late<T extends object>(name: string, get: () => T | undefined): T {
  return new Proxy({} as T, {
    has(_, key) {
      const target = get();
      if (!target) throw new Error(`${name} is not started yet: use it inside a test or a hook`);
      return key in target;
    },
    get(_, key) {
      const target = get();
      if (!target) throw new Error(`${name} is not started yet: use it inside a test or a hook`);
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function useResource<T extends object>(
  name: string,
  start: () => Promise<T>,
  stop: (value: T) => Promise<void>,
): T {
  let value: T | undefined;
  beforeAll(async () => {
    value = await start();
  });
  afterAll(async () => {
    if (value) await stop(value);
    value = undefined;
  });
  return late(name, () => value);
}

export function useFixtureServer(): FixtureServer {
  return useResource('the fixture server', startFixtureServer, (server) => server.close());
}

export function useChromium(options: LaunchOptions = {}): ChromiumSession {
  return useResource(
    'Chromium',
    () => {
      assertBuilt(options.dist ?? DIST.chrome);
      return launchChromium(options);
    },
    (session) => session.close(),
  );
}

export function useFirefox(prefs: FirefoxPrefs = {}): FirefoxSession {
  return useResource(
    'Firefox',
    () => {
      assertBuilt(DIST.firefox);
      return launchFirefox(DIST.firefox, prefs);
    },
    (session) => session.close(),
  );
}
