// `npm test`: every check in order — typecheck, lint, unit, build, web-ext lint, end-to-end, the real-page
// corpus — then one line "N passed, N failed" that counts every test run. Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../tests/e2e/harness/paths';

const root = join(import.meta.dirname, '..');
const artifacts = join(root, 'tests/e2e/.artifacts');
mkdirSync(artifacts, { recursive: true });
const bin = (name: string) => join(root, 'node_modules/.bin', name);

let passed = 0;
let failed = 0;
const failures: string[] = [];

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  console.log(`\n▶ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

/** A step that is one test: it passes or fails as a whole. */
function check(name: string, command: string, args: string[]): boolean {
  const ok = run(command, args) === 0;
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
  return ok;
}

/** A vitest run: counts every test in it, from its JSON report. */
function vitest(name: string, config: string | null, extra: string[] = []): void {
  const report = join(artifacts, `${name}.json`);
  rmSync(report, { force: true });
  const args = ['run', ...(config ? ['-c', config] : []), '--reporter=default', '--reporter=json'];
  const status = run(bin('vitest'), [...args, `--outputFile.json=${report}`, ...extra]);
  if (!existsSync(report)) {
    failed++;
    failures.push(`${name}: vitest wrote no report (exit ${status})`);
    return;
  }
  const summary = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
    testResults: { status: string; name: string; message?: string }[];
  };
  passed += summary.numPassedTests;
  failed += summary.numFailedTests;
  // A file that fails to load has no tests to count; count it as one failure rather than as nothing.
  for (const file of summary.testResults) {
    if (file.status === 'failed' && summary.numFailedTests === 0) {
      failed++;
      failures.push(`${name}: ${file.name} failed to run`);
    }
  }
  if (summary.numFailedTests > 0) failures.push(`${name}: ${summary.numFailedTests} failed`);
  if (summary.numTotalTests === 0) {
    failed++;
    failures.push(`${name}: no tests ran`);
  }
}

function webExtLint(): void {
  console.log(`\n▶ web-ext lint -s ${DIST.firefox}`);
  const result = spawnSync(
    bin('web-ext'),
    ['lint', '-s', DIST.firefox, '-o', 'json', '--no-config-discovery'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  let summary = { errors: -1, warnings: -1, notices: 0 };
  try {
    summary = JSON.parse(result.stdout).summary;
  } catch {
    console.error(result.stdout, result.stderr);
  }
  console.log(
    `web-ext lint: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.notices} notices`,
  );
  if (summary.errors === 0 && summary.warnings === 0) passed++;
  else {
    failed++;
    failures.push('web-ext lint');
    console.error(result.stdout);
  }
}

function browserProcesses(): string[] {
  const result = spawnSync('pgrep', ['-a', '-f', 'chromium|firefox'], { encoding: 'utf8' });
  return result.stdout.split('\n').filter((line) => line && /(aigc-lens-|puppeteer|playwright)/.test(line));
}

const leftoverBefore = browserProcesses().length;

if (run(process.execPath, [bin('tsx'), 'scripts/gen-data.ts']) !== 0) {
  failed++;
  failures.push('gen');
}
check('typecheck', bin('tsc'), ['--noEmit', '-p', '.']);
check('lint and format', bin('biome'), ['check', '.']);
// Unused files, exports and dependencies (knip.json names the entry points).
check('unused code', bin('knip'), []);
vitest('unit', null);
const built = check('build', process.execPath, [bin('tsx'), 'scripts/build.ts']);
if (built) {
  webExtLint();
  vitest('e2e', 'vitest.e2e.config.ts');
  // The real-page corpus as one test: precision, recall and trap-page thresholds (see README).
  check('real-page corpus', process.execPath, [bin('tsx'), 'scripts/eval-real.ts', '--check']);
}
const leftover = browserProcesses();
if (leftover.length > leftoverBefore) {
  failed++;
  failures.push(`browser processes left running:\n${leftover.join('\n')}`);
} else passed++;

if (failures.length) console.error(`\nFailed:\n- ${failures.join('\n- ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
