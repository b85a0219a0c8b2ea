// axe-core in a page under test: the violations as one line each ("id (impact): targets").
import axe from 'axe-core';

interface EvaluatesScripts {
  evaluate(script: string): Promise<unknown>;
}

export async function runAxe(page: EvaluatesScripts): Promise<string[]> {
  // Extension pages forbid inline scripts: evaluate the source instead of adding a script tag.
  await page.evaluate(axe.source);
  const results = (await page.evaluate(
    "window.axe.run(document, { resultTypes: ['violations'] })",
  )) as axe.AxeResults;
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}
