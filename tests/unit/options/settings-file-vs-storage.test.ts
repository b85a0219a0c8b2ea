// A file and storage accept exactly the same settings: for many generated settings objects, valid and
// broken in every way the schema knows, the importer takes a file holding the object exactly when a
// storage read finds no issue in it, and then both yield the same settings.
import { describe, expect, test } from 'vitest';
import { CATEGORIES, checkSettings, DEFAULT_SETTINGS } from '../../../src/core/settings';
import { parseSettings } from '../../../src/core/settings-problems';
import { parseSettingsFile, SETTINGS_FILE_FORMAT } from '../../../src/options/settings-file';

/** A small seeded generator (mulberry32), so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD_VALUES: unknown[] = [
  null,
  0,
  -1,
  1.5,
  350.5,
  2001,
  350,
  '',
  'auto',
  'fr',
  true,
  false,
  [],
  {},
  'x'.repeat(300),
];
const HOSTS = [
  'a.com',
  'A.com',
  'news.example.org',
  'a.com.',
  'not a host',
  'localhost',
  '10.0.0.1',
  'x'.repeat(254),
];

function generate(next: () => number): Record<string, unknown> {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
    const roll = next();
    if (roll < 0.25) continue; // absent: the default
    if (roll < 0.88)
      out[key] = value; // valid
    else if (key === 'categories') {
      const categories: Record<string, unknown> = {};
      for (const category of CATEGORIES)
        if (next() < 0.5) categories[category] = next() < 0.8 ? next() < 0.5 : pick(ODD_VALUES);
      if (next() < 0.2) categories.robots = true;
      out[key] = next() < 0.1 ? pick(ODD_VALUES) : categories;
    } else if (key === 'disabledSites') {
      const sites = Array.from({ length: Math.floor(next() * 4) }, () => {
        const site: Record<string, unknown> = { host: pick(HOSTS), includeSubdomains: next() < 0.5 };
        if (next() < 0.15) site.includeSubdomains = pick(ODD_VALUES);
        if (next() < 0.1) delete site.includeSubdomains;
        if (next() < 0.1) site.note = 'x';
        return next() < 0.1 ? pick(ODD_VALUES) : site;
      });
      out[key] = next() < 0.1 ? pick(ODD_VALUES) : sites;
    } else if (key === 'hoverDelayMs')
      out[key] = pick([0, 2000, 350, 351, -1, 350.5, 2001, Number.NaN, '350']);
    else out[key] = pick(ODD_VALUES);
  }
  if (next() < 0.1) out[pick(['sparkles', 'toString', 'colour'])] = 1;
  return out;
}

const fileOf = (settings: unknown) =>
  JSON.stringify({
    format: SETTINGS_FILE_FORMAT,
    version: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    settings,
  });

describe('a file and storage accept exactly the same settings', () => {
  test('2,000 generated objects', () => {
    let accepted = 0;
    for (let seed = 1; seed <= 2000; seed++) {
      const raw = generate(random(seed));
      // JSON round trip first: a file can only hold what JSON holds (NaN becomes null), and so can storage.
      const stored = JSON.parse(JSON.stringify(raw)) as unknown;
      const storage = checkSettings(stored);
      const file = parseSettingsFile(fileOf(stored));
      expect(file.ok, `seed ${seed}: ${JSON.stringify(stored)}`).toBe(storage.issues.length === 0);
      if (file.ok) {
        accepted++;
        expect(file.settings).toEqual(storage.settings);
        expect(parseSettings(stored).problems).toEqual([]);
      }
    }
    // Both outcomes were exercised often enough to mean something.
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(1900);
  });
});
