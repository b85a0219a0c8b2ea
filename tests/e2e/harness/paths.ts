// Where the builds under test live.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../../..');
export const DIST = { chrome: join(ROOT, 'dist/chrome'), firefox: join(ROOT, 'dist/firefox') } as const;

export function assertBuilt(dist: string): void {
  if (!existsSync(join(dist, 'manifest.json'))) {
    throw new Error(`${dist}/manifest.json is missing: run "npm run build" first.`);
  }
}
