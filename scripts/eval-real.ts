// `npm run eval:real`: loads every page of the real-page corpus (tests/real-web/) in one Chromium with the
// built extension and scores its marks against the hand-read labels: precision, recall and wrong-sense marks
// per page and in total, at density "every occurrence"; then what the default density shows on each page.
//
// --check   exit 1 unless precision ≥ 0.98, recall ≥ 0.97, no mark by default on trap pages, no foreign
//           request and no page error (the threshold `npm test` runs)
// --markdown  print the per-page table as markdown (for README); with --totals, only the group totals
// Uses dist/chrome as it is (builds it when missing).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../tests/e2e/harness/paths';
import { type CorpusPage, type Label, locate, readLabels, readManifest } from '../tests/real-web/corpus';
import { openCorpusBrowser, type PageRun, termOf } from '../tests/real-web/run-pages';

const THRESHOLDS = { precision: 0.98, recall: 0.97, trapMarksByDefault: 0 };

const args = new Set(process.argv.slice(2));
const root = join(import.meta.dirname, '..');

interface PageScore {
  readonly page: CorpusPage;
  readonly marks: number;
  readonly right: number;
  /** Marks on a mention labelled as another sense (or not prose). */
  readonly wrongSense: number;
  /** Marks on a labelled mention of another glossary term (GPT-3 for a GPT-3.5, RL for RLHF). */
  readonly wrongTerm: number;
  /** Marks no label covers: a label is missing (or the engine marks something new); counted as wrong. */
  readonly unlabelled: number;
  /** Marks on `either` labels: left out of precision and recall. */
  readonly optional: number;
  readonly expected: number;
  readonly missed: number;
  readonly shownByDefault: number;
  /** Of those, the wrong ones (wrong sense, wrong term, unlabelled): what a reader meets on the page. */
  readonly wrongByDefault: number;
  readonly details: string[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const wrong = (s: PageScore) => s.wrongSense + s.wrongTerm + s.unlabelled;
const CONTEXT = 30;
const around = (text: string, start: number, end: number) =>
  `${text.slice(Math.max(0, start - CONTEXT), start)}[${text.slice(start, end)}]${text.slice(end, end + CONTEXT)}`.replace(
    /\s+/g,
    ' ',
  );

function score(
  run: PageRun,
  labels: readonly Label[],
  byDefault: { shown: number; wrong: number } = { shown: 0, wrong: 0 },
): PageScore {
  const details: string[] = [...run.problems];
  const spans = labels.map((label) => {
    const start = locate(run.text, label.text, label.occurrence);
    if (start < 0) details.push(`label not found: "${label.text}" #${label.occurrence} (${label.context})`);
    return { label, start, end: start + label.text.length, hit: false };
  });
  let right = 0;
  let wrongSense = 0;
  let wrongTerm = 0;
  let unlabelled = 0;
  let optional = 0;
  for (const mark of run.marks) {
    const span = spans.find((s) => s.start >= 0 && s.start < mark.end && mark.start < s.end);
    const where = around(run.text, mark.start, mark.end);
    if (!span) {
      unlabelled++;
      details.push(`unlabelled mark (${termOf(mark.text)}): ${where}`);
    } else if (span.label.expected === 'either') {
      optional++;
    } else if (span.label.expected === 'no-mark') {
      wrongSense++;
      details.push(`wrong sense: ${where}${span.label.note ? ` — ${span.label.note}` : ''}`);
    } else if (termOf(mark.text) !== span.label.term) {
      wrongTerm++;
      details.push(`wrong term (${termOf(mark.text)} for ${span.label.term}): ${where}`);
    } else if (span.hit) {
      // A second mark on one mention (a term split in two): the mention is right once.
      unlabelled++;
      details.push(`second mark on one mention: ${where}`);
    } else {
      span.hit = true;
      right++;
    }
  }
  const expected = spans.filter((s) => s.label.expected === 'mark');
  const missed = expected.filter((s) => !s.hit);
  for (const s of missed) details.push(`missed (${s.label.term}): ${s.label.context}`);
  return {
    page: run.page,
    marks: run.marks.length - optional,
    right,
    wrongSense,
    wrongTerm,
    unlabelled,
    optional,
    expected: expected.length,
    missed: missed.length,
    shownByDefault: byDefault.shown,
    wrongByDefault: byDefault.wrong,
    details,
  };
}

if (!existsSync(join(DIST.chrome, 'manifest.json'))) {
  console.log(`${DIST.chrome} is missing: building it`);
  const build = spawnSync(process.execPath, [join(root, 'node_modules/.bin/tsx'), 'scripts/build.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(1);
}

const { pages } = readManifest();
const labelsOf = new Map(pages.map((page) => [page.id, readLabels(page.id)]));
const unreviewed = pages.filter((page) => !labelsOf.get(page.id)?.reviewed).map((page) => page.id);

const started = performance.now();
const browser = await openCorpusBrowser();
const runs: PageRun[] = [];
const byDefault = new Map<string, { shown: number; wrong: number }>();
try {
  for await (const run of browser.run(pages, 'all')) runs.push(run);
  for await (const run of browser.run(pages, 'first-per-block')) {
    const scored = score(run, labelsOf.get(run.page.id)?.labels ?? []);
    byDefault.set(run.page.id, { shown: run.marks.length, wrong: wrong(scored) });
    runs.find((r) => r.page.id === run.page.id)?.problems.push(...run.problems);
  }
} finally {
  await browser.close();
}
const seconds = (performance.now() - started) / 1000;

const scores = runs.map((run) =>
  score(run, labelsOf.get(run.page.id)?.labels ?? [], byDefault.get(run.page.id)),
);
const sum = (pick: (s: PageScore) => number, of = scores) => of.reduce((n, s) => n + pick(s), 0);
const fmt = (x: number) => x.toFixed(3);
/** A ratio for the table; "—" where there is nothing to divide by (no scored marks on a trap page). */
const share = (a: number, b: number) => (b === 0 ? '—' : fmt(a / b));

const header = [
  'page',
  'lang',
  'kind',
  'marks',
  'right',
  'wrong sense',
  'wrong term',
  'unlabelled',
  'optional',
  'expected',
  'missed',
  'precision',
  'recall',
  'shown by default',
  'wrong shown by default',
];
const row = (s: PageScore) => [
  s.page.id,
  s.page.lang,
  s.page.kind,
  s.marks,
  s.right,
  s.wrongSense,
  s.wrongTerm,
  s.unlabelled,
  s.optional,
  s.expected,
  s.missed,
  share(s.right, s.marks),
  share(s.right, s.expected),
  s.shownByDefault,
  s.wrongByDefault,
];
const groups = (['ai', 'other', 'trap'] as const).map((kind) => scores.filter((s) => s.page.kind === kind));
const totalRow = (label: string, of: PageScore[]) => [
  label,
  '',
  '',
  sum((s) => s.marks, of),
  sum((s) => s.right, of),
  sum((s) => s.wrongSense, of),
  sum((s) => s.wrongTerm, of),
  sum((s) => s.unlabelled, of),
  sum((s) => s.optional, of),
  sum((s) => s.expected, of),
  sum((s) => s.missed, of),
  share(
    sum((s) => s.right, of),
    sum((s) => s.marks, of),
  ),
  share(
    sum((s) => s.right, of),
    sum((s) => s.expected, of),
  ),
  sum((s) => s.shownByDefault, of),
  sum((s) => s.wrongByDefault, of),
];
const aiByLang = ['en', 'zh-Hans', 'zh-Hant'].map((lang) =>
  (groups[0] ?? []).filter((s) => s.page.lang === lang),
);
const totals = [
  ...aiByLang
    .filter((g) => g.length > 0)
    .map((g) => totalRow(`ai pages, ${g[0]?.page.lang} (${g.length})`, g)),
  ...groups.filter((g) => g.length > 0).map((g) => totalRow(`all ${g[0]?.page.kind} pages (${g.length})`, g)),
  totalRow(`corpus (${scores.length} pages)`, scores),
];

if (args.has('--markdown')) {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  console.log(line(header));
  console.log(line(header.map(() => '---')));
  if (!args.has('--totals')) for (const s of scores) console.log(line(row(s)));
  for (const t of totals) console.log(line(t.map((c, i) => (i === 0 ? `**${c}**` : c))));
} else {
  for (const s of scores) {
    if (s.details.length === 0) continue;
    console.log(`\n${s.page.id}:`);
    for (const d of s.details.slice(0, 40)) console.log(`  ${d}`);
    if (s.details.length > 40) console.log(`  … ${s.details.length - 40} more`);
  }
  const widths = header.map((h, i) =>
    Math.max(h.length, ...[...scores.map(row), ...totals].map((r) => String(r[i]).length)),
  );
  const line = (cells: (string | number)[]) =>
    cells
      .map((c, i) => (i < 3 ? String(c).padEnd(widths[i] ?? 0) : String(c).padStart(widths[i] ?? 0)))
      .join('  ');
  console.log(`\n${line(header)}`);
  for (const s of scores) console.log(line(row(s)));
  for (const t of totals) console.log(line(t));
}

const precision = ratio(
  sum((s) => s.right),
  sum((s) => s.marks),
);
const recall = ratio(
  sum((s) => s.right),
  sum((s) => s.expected),
);
const trapShown = sum((s) => s.wrongByDefault, groups[2]);
const problems = scores.flatMap((s) =>
  s.details.filter((d) => /^(request to|page error|label not found)/.test(d)),
);
console.log(
  `\n${scores.length} pages in ${seconds.toFixed(1)} s: precision ${fmt(precision)}, recall ${fmt(recall)}, ` +
    `${sum((s) => s.wrongSense)} wrong-sense marks, ${sum(wrong)} wrong marks in all; ` +
    `trap pages show ${trapShown} wrong marks by default`,
);
if (unreviewed.length > 0) console.log(`labels not yet reviewed: ${unreviewed.join(', ')}`);

if (args.has('--check')) {
  const failures = [
    ...(precision < THRESHOLDS.precision ? [`precision ${fmt(precision)} < ${THRESHOLDS.precision}`] : []),
    ...(recall < THRESHOLDS.recall ? [`recall ${fmt(recall)} < ${THRESHOLDS.recall}`] : []),
    ...(trapShown > THRESHOLDS.trapMarksByDefault
      ? [`trap pages show ${trapShown} wrong marks by default`]
      : []),
    ...(unreviewed.length > 0 ? [`unreviewed labels: ${unreviewed.join(', ')}`] : []),
    ...problems,
  ];
  if (failures.length > 0) {
    console.error(`\nreal-page corpus check failed:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log('real-page corpus check passed');
}
