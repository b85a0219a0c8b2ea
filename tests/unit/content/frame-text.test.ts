// The text the eager content script sends to the background's probe (frame-text.ts): what it reads, and
// that every term the scanner would read there survives into it.
import { afterEach, describe, expect, test } from 'vitest';
import { mayMarkTerm } from '../../../src/background/term-probe';
import { iterateRuns } from '../../../src/content/block-runs';
import { firstLookAt, piecesOf, probeTexts } from '../../../src/content/frame-text';
import { PROBE_OVERLAP, PROBE_PIECE } from '../../../src/core/limits';

afterEach(() => {
  document.body.replaceChildren();
});

const texts = async (root: Node, shadows: ShadowRoot[] = []): Promise<string[]> => {
  const read = await probeTexts(
    [root],
    (shadow) => shadows.push(shadow),
    () => false,
  );
  return read?.texts ?? [];
};

describe('probeTexts', () => {
  test('reads an element whole, inline elements included, and gives nothing for blank text', async () => {
    document.body.innerHTML = '<p>Chat<b>GPT</b> and <i>RLHF</i></p><div>   </div>';
    expect(await texts(document.body)).toEqual(['ChatGPT and RLHF   ']);
    document.body.innerHTML = '<div> \n </div>';
    expect(await texts(document.body)).toEqual([]);
  });

  test('leaves ruby annotations out, as the scanner does, so the base text reads as one word', async () => {
    document.body.innerHTML = '<p><ruby>检<rp>(</rp><rt>jiǎn</rt><rp>)</rp>索</ruby>增强生成</p>';
    expect(await texts(document.body)).toEqual(['检索增强生成']);
    expect(mayMarkTerm((await texts(document.body))[0] as string, 'document')).toBe(true);
  });

  test('reads open shadow roots, nested ones too, and hands each to the caller once', async () => {
    document.body.innerHTML = '<p>plain</p><div id="host"></div>';
    const outer = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    outer.innerHTML = '<p>Stable Diffusion</p><span id="inner"></span>';
    const inner = (outer.getElementById('inner') as HTMLElement).attachShadow({ mode: 'open' });
    inner.innerHTML = '<p>大模型</p>';
    const shadows: ShadowRoot[] = [];
    expect((await texts(document.body, shadows)).sort()).toEqual(
      ['plain', 'Stable Diffusion', '大模型'].sort(),
    );
    expect(shadows).toEqual([outer, inner]);
  });

  test('a changed text node or inline element is read with its block', async () => {
    document.body.innerHTML = '<p id="p">Instruct<b id="b">GPT</b></p>';
    const b = document.getElementById('b') as HTMLElement;
    expect(await texts(b)).toEqual(['InstructGPT']);
    expect(await texts(b.firstChild as Text)).toEqual(['InstructGPT']);
    expect(await texts(document)).toEqual(['InstructGPT']);
  });

  test('every term the scanner reads in a block is in the text sent, whatever the markup around it', async () => {
    // Blocks with no whitespace between them, as frameworks render them: the joined text loses the
    // boundaries (…HomeChatGPT…) and the probe must still find the term.
    document.body.innerHTML =
      '<ul><li>Home</li><li>ChatGPT</li><li>News</li></ul><table><tr><td>x1</td><td>RAG</td><td>5</td></tr></table>' +
      '<p>GPT-3<span>5</span></p><div>Large<br>language models</div>';
    const sent = (await texts(document.body)).join('');
    for (const run of iterateRuns(document.body)) {
      if (!run) continue;
      for (const term of ['ChatGPT', 'RAG', 'GPT-3', 'language models']) {
        if (run.text.includes(term)) expect(sent).toContain(term);
      }
    }
    expect(mayMarkTerm(sent, 'document')).toBe(true);
    expect(mayMarkTerm('HomeChatGPTNews', 'document')).toBe(true);
    expect(mayMarkTerm('x1RAG5', 'changes')).toBe(true);
  });
});

describe('piecesOf', () => {
  test('a short text is one piece; a long one overlapping pieces that cover it', async () => {
    expect(piecesOf('abc')).toEqual(['abc']);
    const long = 'x'.repeat(PROBE_PIECE * 2 + 10);
    const pieces = piecesOf(long);
    expect(pieces.length).toBe(3);
    expect(pieces.every((piece) => piece.length <= PROBE_PIECE)).toBe(true);
    expect(pieces.reduce((sum, piece) => sum + piece.length, 0)).toBe(long.length + 2 * PROBE_OVERLAP);
  });

  test('a term across a cut is whole in one piece', async () => {
    const text = `${'x'.repeat(PROBE_PIECE - 3)}ChatGPT${'y'.repeat(100)}`;
    expect(piecesOf(text).some((piece) => piece.includes('ChatGPT'))).toBe(true);
  });
});

describe('firstLookAt', () => {
  const includesTerm = (text: string) => text.includes('ChatGPT');
  const never = () => false;

  test('a long text is looked at in windows: a term across a cut or at the very end is found', async () => {
    const across = `${'x'.repeat(100_000 - 3)}ChatGPT${'y'.repeat(250_000)}`;
    expect(await firstLookAt(across, includesTerm, never)).toBe(true);
    const atEnd = `${'x'.repeat(350_000)}ChatGPT`;
    expect(await firstLookAt(atEnd, includesTerm, never)).toBe(true);
    expect(await firstLookAt('x'.repeat(350_000), includesTerm, never)).toBe(false);
  });

  test('every window is read, each once', async () => {
    const seen: number[] = [];
    const text = 'x'.repeat(350_000);
    expect(await firstLookAt(text, (part) => (seen.push(part.length), false), never)).toBe(false);
    expect(seen).toEqual(piecesOf(text, 100_000).map((part) => part.length));
  });
});
