// Where the builds under test live.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../../..');
/** DIST_DIR (absolute) points the tests at a build made elsewhere than dist/, as `DIST_DIR=… npm run build` makes. */
const distRoot = process.env.DIST_DIR ?? join(ROOT, 'dist');
export const DIST = { chrome: join(distRoot, 'chrome'), firefox: join(distRoot, 'firefox') } as const;

export function assertBuilt(dist: string): void {
  if (!existsSync(join(dist, 'manifest.json'))) {
    throw new Error(`${dist}/manifest.json is missing: run "npm run build" first.`);
  }
}
