// Where to point at a piece of page text, and resting the mouse on it, for the suites that hover and tap
// terms (Playwright and Puppeteer pages alike: both evaluate a script given as a string).

/** Centre of the first line box of the first occurrence of `needle` under `selector` (shadow roots not entered). */
function centreOf(selector: string, needle: string): { x: number; y: number } {
  const root = document.querySelector(selector);
  if (!root) throw new Error(`no ${selector}`);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node.nodeValue ?? '').indexOf(needle);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  throw new Error(`no "${needle}" in ${selector}`);
}

interface EvaluatesScripts {
  evaluate(script: string): Promise<unknown>;
}

/** Viewport pixels of `text` under `selector` in the page. */
export async function pointOf(
  page: EvaluatesScripts,
  selector: string,
  text: string,
): Promise<{ x: number; y: number }> {
  const script = `(${centreOf.toString()})(${JSON.stringify(selector)}, ${JSON.stringify(text)})`;
  return (await page.evaluate(script)) as { x: number; y: number };
}

interface HasMouse extends EvaluatesScripts {
  mouse: { move(x: number, y: number, options?: { steps?: number }): Promise<unknown> };
}

/** Rests the mouse on `text` under `selector`: arrive from `from` (pixels off the text's centre), then stay still. */
export async function dwellOn(
  page: HasMouse,
  selector: string,
  text: string,
  from = { dx: -30, dy: 40 },
): Promise<void> {
  const point = await pointOf(page, selector, text);
  await page.mouse.move(point.x + from.dx, point.y + from.dy);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}
