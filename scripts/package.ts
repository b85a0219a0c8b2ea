// `npm run package`: store-ready zips of both builds in web-ext-artifacts/.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../tests/e2e/harness/paths';

for (const target of ['chrome', 'firefox']) {
  execFileSync(
    join(ROOT, 'node_modules/.bin/web-ext'),
    [
      'build',
      '-s',
      `dist/${target}`,
      '-a',
      'web-ext-artifacts',
      '-n',
      `aigc-lens-${target}-{version}.zip`,
      '-o',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
}
