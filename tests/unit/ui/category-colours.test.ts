// The colour table is the one source of the marks' stylesheet: every style and category gets its rule,
// under the name the marker registers, and the generated file is what `npm run gen` wrote.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CATEGORIES } from '../../../src/core/settings';
import { CATEGORY_COLOURS, contentCss, markDeclarations } from '../../../src/ui/category-colours';

describe('content.css from the colour table', () => {
  const css = contentCss();
  test('one rule per style and category, and the flash', () => {
    expect(Object.keys(CATEGORY_COLOURS).sort()).toEqual([...CATEGORIES].sort());
    for (const style of ['dotted', 'solid', 'tint'] as const) {
      for (const category of CATEGORIES) {
        const [name, value] = Object.entries(markDeclarations(style, category))[0] as [string, string];
        expect(css).toContain(`  ::highlight(aigc-lens-${style}-${category}) {\n    ${name}: ${value};\n  }`);
      }
    }
    expect(css.match(/::highlight\(/g)).toHaveLength(3 * CATEGORIES.length + 1);
    expect(css).toContain('::highlight(aigc-lens-flash)');
  });
  test('marks are for the screen only: every rule sits inside @media not print', () => {
    const media = css.indexOf('@media not print {');
    expect(media).toBeGreaterThan(-1);
    expect(css.indexOf('::highlight(')).toBeGreaterThan(media);
    expect(css.trimEnd().endsWith('}\n}') || css.trimEnd().endsWith('  }\n}')).toBe(true);
  });
  test('the file the manifest ships is the generated one', () => {
    expect(readFileSync('src/content/content.css', 'utf8')).toBe(css);
  });
});
